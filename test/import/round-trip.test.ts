import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import { afterAll, describe, expect, it } from "vitest";
import { CFN_SCHEMA } from "../../src/backends/cloudformation/intrinsics.js";
import { compile } from "../../src/compile.js";
import { importTaskDefinition } from "../../src/import/index.js";
import { ROOT } from "../support/specs.js";
import { ALLOWED_DIFFERENCES, compareTaskDefinitions } from "./taskdef-compare.js";
import { fromCloudFormation, fromTerraform, withEcsDefaults, type Json } from "./taskdef-shape.js";

const FOLDER = "test/fixtures/taskdefs";
const FIXTURES = readdirSync(join(ROOT, FOLDER)).filter((f) => f.endsWith(".json")).sort();
/** Fields compared per backend, summed over every fixture; each must match or be an allowed difference. */
const compared = { cloudformation: 0, terraform: 0 };
/** At least this many fields per backend: a comparison that silently skips fields fails here. */
const FIELD_FLOOR = 350;

/** Imports one fixture, writes the spec into .tmp/ and loads it as `berth generate` would (through vitest's "berth" alias). */
async function importAndLoad(fixture: string): Promise<{ input: Json; exported: unknown; file: string; text: string }> {
  const text = readFileSync(join(ROOT, FOLDER, fixture), "utf8");
  const result = importTaskDefinition(text, `${FOLDER}/${fixture}`);
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(result.text).toBeDefined();
  const dir = join(ROOT, ".tmp", "import-round-trip");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${fixture.replace(/\.json$/, "")}.ts`);
  writeFileSync(path, result.text!);
  const module = (await import(/* @vite-ignore */ path)) as { default: unknown };
  const parsed = JSON.parse(text) as Json;
  return { input: parsed.taskDefinition ?? parsed, exported: module.default, file: `specs/${result.name}.ts`, text: result.text! };
}

describe("berth import round trip: task definition → spec → CloudFormation and Terraform → the same task definition", () => {
  it("has at least 12 fixtures", () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(12);
  });

  for (const fixture of FIXTURES) {
    it(`${fixture}: the imported spec validates, generates, and its task definition matches the input`, async () => {
      const { input, exported, file } = await importAndLoad(fixture);
      const result = await compile([{ file, exported }], { targets: ["cloudformation", "terraform"], hcl: false });
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const text = (suffix: string) => result.files.find((f) => f.path.endsWith(suffix))?.contents ?? "";
      const template = yaml.load(text("template.yaml"), { schema: CFN_SCHEMA }) as Json;
      const cfnTask = Object.values(template.Resources as Record<string, Json>).find((r) => r.Type === "AWS::ECS::TaskDefinition");
      const tf = JSON.parse(text("main.tf.json")) as Json;
      const tfTask = Object.values(tf.resource.aws_ecs_task_definition as Record<string, Json>)[0];
      const expected = withEcsDefaults(input);

      const cfn = compareTaskDefinitions(expected, fromCloudFormation(cfnTask.Properties));
      expect(cfn.differences, `CloudFormation differences (allowed: ${ALLOWED_DIFFERENCES.join("; ")})`).toEqual([]);
      const terraform = compareTaskDefinitions(expected, fromTerraform(tfTask));
      expect(terraform.differences, `Terraform differences (allowed: ${ALLOWED_DIFFERENCES.join("; ")})`).toEqual([]);
      compared.cloudformation += cfn.compared;
      compared.terraform += terraform.compared;
    });
  }

  afterAll(() => {
    // Printed so the count is visible in every run, and asserted so it cannot quietly shrink.
    console.log(`berth import round trip: ${FIXTURES.length} task definitions, ${compared.cloudformation} fields compared on CloudFormation, ${compared.terraform} on Terraform`);
    expect(compared.cloudformation).toBeGreaterThan(FIELD_FLOOR);
    expect(compared.terraform).toBeGreaterThan(FIELD_FLOOR);
  });
});
