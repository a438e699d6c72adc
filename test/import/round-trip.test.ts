import yaml from "js-yaml";
import { afterAll, describe, expect, it } from "vitest";
import { CFN_SCHEMA } from "../../src/backends/cloudformation/intrinsics.js";
import { compile } from "../../src/compile.js";
import { importFixture, TASKDEF_FIXTURES } from "./imported-specs.js";
import { ALLOWED_DIFFERENCES, compareTaskDefinitions } from "./taskdef-compare.js";
import { fromCloudFormation, fromTerraform, withEcsDefaults, type Json } from "./taskdef-shape.js";

/** Fields compared per backend, summed over every fixture; each must match or be an allowed difference. */
const compared = { cloudformation: 0, terraform: 0 };
/** At least this many fields per backend: a comparison that silently skips fields fails here. */
const FIELD_FLOOR = 520;

describe("berth import round trip: task definition → spec → CloudFormation and Terraform → the same task definition", () => {
  it("has at least 12 fixtures", () => {
    expect(TASKDEF_FIXTURES.length).toBeGreaterThanOrEqual(12);
  });

  for (const fixture of TASKDEF_FIXTURES) {
    it(`${fixture}: the imported spec validates, generates, and its task definition matches the input`, async () => {
      const { input, result: imported, exported, file } = await importFixture(fixture);
      expect(imported.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
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
    console.log(`berth import round trip: ${TASKDEF_FIXTURES.length} task definitions, ${compared.cloudformation} fields compared on CloudFormation, ${compared.terraform} on Terraform`);
    expect(compared.cloudformation).toBeGreaterThan(FIELD_FLOOR);
    expect(compared.terraform).toBeGreaterThan(FIELD_FLOOR);
  });
});
