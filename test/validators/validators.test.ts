import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { TARGETS } from "../../src/backends/backend.js";
import { compile, type CompileResult } from "../../src/compile.js";
import { applyPlan, planWrites } from "../../src/output/index.js";
import { importSpecs, specFilesIn } from "../support/specs.js";
import { cfnLint, terraformReports, type TerraformReport, type ToolRun } from "../support/validators.js";

/**
 * The engines' own validators over everything berth generates from the examples and the valid
 * fixtures. A validator that is missing fails these tests with "VALIDATOR MISSING": it never passes.
 */
const SPEC_FILES = [...specFilesIn("specs"), ...specFilesIn("test/fixtures/valid")];

let out: string;
let result: CompileResult;
let hcl: CompileResult;
let lint: Promise<ToolRun>;
let reports: Promise<Record<string, TerraformReport>>;

beforeAll(async () => {
  const specs = await importSpecs(SPEC_FILES);
  result = await compile(specs, { targets: TARGETS, hcl: false });
  hcl = await compile(specs, { targets: ["terraform"], hcl: true });
  expect(result.diagnostics).toEqual([]);
  out = await mkdtemp(join(tmpdir(), "berth-validate-"));
  await applyPlan(out, planWrites(result.files, () => undefined));
  // Both validators start now and run side by side; the tests below await their reports.
  const templates = result.files.filter((f) => f.path.endsWith("template.yaml")).map((f) => join(out, f.path));
  expect(templates.length).toBe(result.stacks.length);
  lint = cfnLint(templates);
  const configs: Record<string, Record<string, string>> = {};
  for (const stack of result.stacks) {
    for (const [name, files] of [["main.tf.json", result.files], ["main.tf", hcl.files]] as const) {
      // A spec with environments has a stack (and a folder) per environment.
      const folder = result.folders[stack.name];
      const file = files.find((f) => f.path === `${folder}/terraform/${name}`);
      if (file) configs[`${stack.source} ${folder} ${name}`] = { [name]: file.contents };
    }
  }
  reports = terraformReports(configs);
  // Neither promise may reject unobserved while the other is awaited.
  lint.catch(() => undefined);
  reports.catch(() => undefined);
});

// The first test of each block waits for the whole batch of its validator (every stack at once),
// which on a busy 2-core machine can take longer than the suite's per-test 120 s.
const BATCH_TIMEOUT = { timeout: 600_000 };

describe("cfn-lint", BATCH_TIMEOUT, () => {
  it("finds nothing (errors, warnings or informational) in any template", async () => {
    const run = await lint;
    expect(run.output).toBe("");
    expect(run.code).toBe(0);
  });
});

describe("terraform validate (offline)", BATCH_TIMEOUT, () => {
  for (const file of SPEC_FILES) {
    it(`${file}: init + validate succeed with no diagnostics`, async () => {
      const all = await reports;
      // JSON (the default) and HCL (--hcl) are alternative renderings: each is its own module.
      for (const name of ["main.tf.json", "main.tf"]) {
        const keys = Object.keys(all).filter((key) => key.startsWith(`${file} `) && key.endsWith(` ${name}`));
        expect(keys.length, `${file} ${name} was not generated`).toBeGreaterThan(0);
        for (const key of keys) {
          expect(all[key]!.diagnostics, key).toEqual([]);
          expect(all[key], key).toMatchObject({ valid: true, error_count: 0, warning_count: 0 });
        }
      }
    });
  }
});
