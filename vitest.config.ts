import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Specs import "berth"; inside this repository that is the source tree.
    alias: { berth: fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
  },
  test: {
    include: ["test/**/*.test.ts"],
    // The validator suites shell out to cfn-lint and terraform; give them room on 2 cores.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: "forks",
    // vitest's default is one worker per core minus one: a single worker on a 2-core machine. The
    // slow files mostly wait on cfn-lint and terraform processes, so two workers overlap them.
    maxWorkers: 2,
    // Test files share each worker's module cache: cdktf, zod and the provider classes load once
    // per worker instead of once per file (about a minute of the suite). No test mocks modules or
    // leaves global state behind (process.chdir is restored).
    isolate: false,
  },
});
