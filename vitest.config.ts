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
  },
});
