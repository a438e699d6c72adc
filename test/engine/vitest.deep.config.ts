import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * The deep suite (`npm run test:deep`): the generated Terraform applied to moto, CloudFormation
 * created in moto, cfn-guard and checkov. Slow (minutes), so it is not part of `npm test`; its files
 * end in `.deep.ts` so the main config's `*.test.ts` never picks them up.
 */
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  resolve: {
    alias: { berth: fileURLToPath(new URL("../../src/index.ts", import.meta.url)) },
  },
  test: {
    include: ["test/engine/**/*.deep.ts", "test/security/**/*.deep.ts", "test/property/**/*.deep.ts"],
    testTimeout: 900_000,
    // All stacks apply in one beforeAll: minutes on an idle 2-core machine, far more on a shared one.
    hookTimeout: 2_400_000,
    pool: "forks",
    // One file at a time: each already runs its tools two at a time on the 2-core machine.
    maxWorkers: 1,
    fileParallelism: false,
  },
});
