import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compile, type CompileResult } from "../../src/compile.js";
import { applyPlan, planWrites } from "../../src/output/index.js";
import { cfnLint, terraformReports, type TerraformReport, type ToolRun } from "../support/validators.js";
import { importFixture, TASKDEF_FIXTURES } from "./imported-specs.js";

/**
 * The specs `berth import` writes must generate without edits into output the engines accept:
 * cfn-lint and offline `terraform validate` over every imported fixture.
 */
let result: CompileResult;
let lint: Promise<ToolRun>;
let reports: Promise<Record<string, TerraformReport>>;

beforeAll(async () => {
  const specs = [];
  for (const fixture of TASKDEF_FIXTURES) {
    const { exported, file } = await importFixture(fixture);
    specs.push({ file, exported });
  }
  result = await compile(specs, { targets: ["cloudformation", "terraform"], hcl: false });
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const out = await mkdtemp(join(tmpdir(), "berth-import-validate-"));
  await applyPlan(out, planWrites(result.files, () => undefined));
  lint = cfnLint(result.files.filter((f) => f.path.endsWith("template.yaml")).map((f) => join(out, f.path)));
  const configs: Record<string, Record<string, string>> = {};
  for (const file of result.files.filter((f) => f.path.endsWith("main.tf.json"))) configs[file.path] = { "main.tf.json": file.contents };
  reports = terraformReports(configs);
  lint.catch(() => undefined);
  reports.catch(() => undefined);
});

describe("imported specs under the engines' validators", () => {
  it("cfn-lint finds nothing in any imported stack", async () => {
    const run = await lint;
    expect(run.output).toBe("");
    expect(run.code).toBe(0);
    expect(result.files.filter((f) => f.path.endsWith("template.yaml")).length).toBe(TASKDEF_FIXTURES.length);
  });

  it("terraform validate (offline) accepts every imported stack", async () => {
    const all = await reports;
    expect(Object.keys(all).length).toBe(TASKDEF_FIXTURES.length);
    for (const [path, report] of Object.entries(all)) expect({ path, ...report }).toMatchObject({ path, valid: true, error_count: 0, warning_count: 0 });
  });
});
