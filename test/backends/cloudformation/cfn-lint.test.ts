import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cfnLint } from "../../support/validators.js";
import { myApiStack, variantStack } from "../fixtures.js";
import { emitText } from "./helpers.js";

/** cfn-lint over the hand-written IR fixtures; a missing cfn-lint fails these tests ("VALIDATOR MISSING"). */
describe("cfn-lint on the emitted fixtures", () => {
  const dir = mkdtempSync(join(tmpdir(), "berth-cfn-lint-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["my-api", myApiStack],
    ["variant", variantStack],
  ] as const)("%s: zero findings (errors, warnings, informational)", async (name, stack) => {
    const file = join(dir, `${name}.yaml`);
    writeFileSync(file, await emitText(stack()));
    const result = await cfnLint([file]);
    expect(result.output).toBe("");
    expect(result.code).toBe(0);
  });
});
