import { z } from "zod";

/** A JSON value without `null`: neither engine has a null inside a property value worth writing. */
type OverrideValue = string | number | boolean | OverrideValue[] | { [key: string]: OverrideValue };

const overrideValue: z.ZodType<OverrideValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.array(overrideValue), z.record(z.string(), overrideValue)]),
);

/** Per target: dot-separated path → the JSON value to put there; `null` (only at the top) removes it. */
const pathValues = z.record(z.string().min(1), z.union([z.null(), overrideValue]));

/**
 * The escape hatch for the rare field berth does not model: changes to the emitted output of
 * each backend, applied after emission and NOT validated by berth (cfn-lint and `terraform
 * validate` still see them). Paths are dot-separated; a number indexes a list (`length`
 * appends); a Terraform string holding JSON (`container_definitions`, policies) is entered like
 * a map; `null` removes the key. A target the stack does not have, or a path that runs through
 * a plain value, is an error (B950/B951).
 */
export const overrides = z.strictObject({
  /**
   * Per CloudFormation logical id, changes inside its `Properties`, e.g.
   * `{ TaskDefinition: { "ContainerDefinitions.0.Ulimits": [{ Name: "nofile", SoftLimit: 65536, HardLimit: 65536 }] } }`.
   * @default {}
   */
  cloudformation: z.record(z.string().min(1), pathValues).default({}),
  /**
   * Per Terraform resource address (`<type>.<name>`), changes to its arguments, e.g.
   * `{ "aws_ecs_task_definition.task_definition": { "container_definitions.0.ulimits": [{ name: "nofile", softLimit: 65536, hardLimit: 65536 }] } }`.
   * @default {}
   */
  terraform: z.record(z.string().min(1), pathValues).default({}),
});
