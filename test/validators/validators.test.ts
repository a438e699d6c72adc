import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { TARGETS } from "../../src/backends/backend.js";
import { compile, type CompileResult } from "../../src/compile.js";
import { applyPlan, planWrites } from "../../src/output/index.js";
import { importSpecs, specFilesIn } from "../support/specs.js";
import { cfnLint, terraformValidate } from "../support/validators.js";

/**
 * The engines' own validators over everything berth generates from the examples and the valid
 * fixtures. A validator that is missing fails these tests with "VALIDATOR MISSING": it never passes.
 */
const SPEC_FILES = [...specFilesIn("specs"), ...specFilesIn("test/fixtures/valid")];

let out: string;
let result: CompileResult;

beforeAll(async () => {
  result = await compile(await importSpecs(SPEC_FILES), { targets: TARGETS, hcl: true });
  expect(result.diagnostics).toEqual([]);
  out = await mkdtemp(join(tmpdir(), "berth-validate-"));
  await applyPlan(out, planWrites(result.files, () => undefined));
});

describe("cfn-lint", () => {
  it("finds nothing (errors, warnings or informational) in any template", async () => {
    const templates = result.files.filter((f) => f.path.endsWith("template.yaml")).map((f) => join(out, f.path));
    expect(templates.length).toBe(result.stacks.length);
    const lint = await cfnLint(templates);
    expect(lint.output).toBe("");
    expect(lint.code).toBe(0);
  });
});

describe("terraform validate (offline)", () => {
  for (const file of SPEC_FILES) {
    it(`${file}: init + validate succeed with no diagnostics`, async () => {
      const stack = result.stacks.find((s) => s.source === file)!;
      const folder = join(out, stack.name, "terraform");
      // JSON and HCL are alternative renderings of one configuration: validate each on its own.
      for (const file of ["main.tf.json", "main.tf"]) {
        const run = await terraformValidate([join(folder, file)]);
        expect(run.code, run.output).toBe(0);
        const report = JSON.parse(run.output) as { valid: boolean; error_count: number; warning_count: number; diagnostics: unknown[] };
        expect(report, file).toMatchObject({ valid: true, error_count: 0, warning_count: 0 });
        expect(report.diagnostics, file).toEqual([]);
      }
    });
  }
});
