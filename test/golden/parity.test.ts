import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { TARGETS } from "../../src/backends/backend.js";
import { CFN_SCHEMA } from "../../src/backends/cloudformation/intrinsics.js";
import { compile } from "../../src/compile.js";
import { importSpecs, specFilesIn } from "../support/specs.js";

const snake = (id: string) => id.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();

/**
 * Both backends consume the same IR, so they must create the same set of resources: CloudFormation
 * logical ids are the IR ids; Terraform's primary resource per IR resource is its snake_case id,
 * and any auxiliary resource (policy attachment, SG rule) is named after the IR resource it serves.
 */
describe("backend parity", async () => {
  const specs = await importSpecs([...specFilesIn("specs"), ...specFilesIn("test/fixtures/valid")]);
  const result = await compile(specs, { targets: TARGETS, hcl: false });

  for (const stack of result.stacks) {
    it(`${stack.source}: CloudFormation and Terraform emit the IR's resources and nothing else`, () => {
      const ids = stack.resources.map((r) => r.id).sort();
      const folder = result.folders[stack.name];
      const cfnFile = result.files.find((f) => f.path === `${folder}/cloudformation/template.yaml`)!;
      const cfn = yaml.load(cfnFile.contents, { schema: CFN_SCHEMA }) as { Resources: object; Parameters: object; Outputs: object };
      expect(Object.keys(cfn.Resources).sort()).toEqual(ids);

      const tfFile = result.files.find((f) => f.path === `${folder}/terraform/main.tf.json`)!;
      const tf = JSON.parse(tfFile.contents) as { resource: Record<string, Record<string, unknown>>; variable: object; output: object };
      const names = Object.values(tf.resource).flatMap((byName) => Object.keys(byName));
      for (const id of ids) expect(names, id).toContain(snake(id));
      for (const name of names) expect(ids.some((id) => name === snake(id) || name.startsWith(`${snake(id)}_`)), name).toBe(true);

      // A stack without inputs (a Fargate-only cluster) has neither section.
      expect(Object.keys(cfn.Parameters ?? {}).sort()).toEqual(stack.inputs.map((i) => i.id).sort());
      expect(Object.keys(tf.variable ?? {}).sort()).toEqual(stack.inputs.map((i) => snake(i.id)).sort());
      expect(Object.keys(cfn.Outputs).sort()).toEqual(stack.outputs.map((o) => o.id).sort());
      expect(Object.keys(tf.output).sort()).toEqual(stack.outputs.map((o) => snake(o.id)).sort());
    });
  }
});
