import type { Stack, StackInput, StackOutput } from "../../ir/index.js";
import { applyOverrides, type OverrideFinding } from "../overrides.js";
import { References } from "./attributes.js";
import { Sub } from "./intrinsics.js";
import { cfnResource } from "./resources/index.js";
import { canonical, compareCodePoints, type CfnObject, type CfnResource, type CfnValue } from "./values.js";

/** The only template format version CloudFormation has ever defined. */
const FORMAT_VERSION = "2010-09-09";

/** CloudFormation logical ids: ASCII letters and digits only. */
const LOGICAL_ID = /^[A-Za-z0-9]+$/;

function byId<T extends { readonly id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareCodePoints(a.id, b.id));
}

/** Throws on stacks CloudFormation would reject for their ids; the IR promises they never occur. */
function checkIds(stack: Stack): void {
  // CloudFormation rejects a template without resources.
  if (stack.resources.length === 0) throw new Error(`CloudFormation backend: stack "${stack.name}" has no resources`);
  const seen = new Set<string>();
  // Parameters and resources share one logical-id namespace; outputs have their own.
  for (const id of [...stack.inputs.map((input) => input.id), ...stack.resources.map((resource) => resource.id)]) {
    if (!LOGICAL_ID.test(id)) throw new Error(`CloudFormation backend: "${id}" is not a valid logical id`);
    if (seen.has(id)) throw new Error(`CloudFormation backend: logical id "${id}" is used twice`);
    seen.add(id);
  }
  const outputs = new Set<string>();
  for (const { id } of stack.outputs) {
    if (!LOGICAL_ID.test(id)) throw new Error(`CloudFormation backend: "${id}" is not a valid output id`);
    if (outputs.has(id)) throw new Error(`CloudFormation backend: output id "${id}" is used twice`);
    outputs.add(id);
  }
}

// Parameter and output bodies keep a conventional, reader-friendly order (Type first, Value
// before Export) instead of alphabetical: they are small, fixed shapes, so this is just as stable.
function parameter(input: StackInput): CfnObject {
  if (input.ssmParameter === undefined) return { Type: "String", Default: input.default, Description: input.description };
  // CloudFormation resolves an SSM parameter type at every deploy: the template holds the
  // parameter's name, resources referencing it get its current value.
  const value = input.valueType === "ec2ImageId" ? "AWS::EC2::Image::Id" : "String";
  return { Type: `AWS::SSM::Parameter::Value<${value}>`, Default: input.ssmParameter, Description: input.description };
}

function output(source: StackOutput, refs: References): CfnObject {
  return {
    Description: source.description,
    Value: refs.value(source.value),
    // Prefixed with the stack name so two stacks (e.g. two environments) never clash on exports;
    // a fixed name where other stacks import the value (they cannot know the stack's name).
    Export: { Name: source.exportName ?? new Sub(`\${AWS::StackName}-${source.id}`) },
  };
}

function section(entries: readonly (readonly [string, CfnValue])[]): CfnObject | undefined {
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

/**
 * Builds the template as a plain value in canonical layout: sections in CloudFormation's
 * documented order; parameters, resources and outputs sorted by logical id; inside a resource
 * `Type`, `DependsOn`, `DeletionPolicy`, `UpdateReplacePolicy`, `Properties`, with property keys in code-point order and lists in IR order.
 * Empty optional sections are left out. The spec's CloudFormation overrides are applied last.
 * @throws Error on IR inconsistencies (dangling references, invalid or duplicate ids): bugs, not user errors.
 */
export function buildTemplate(stack: Stack): CfnObject {
  checkIds(stack);
  const refs = new References(stack);
  const built = new Map(byId(stack.resources).map((resource) => [resource.id, cfnResource(resource, refs)] as const));
  const { bodies, findings } = overriddenProperties(built, stack);
  // compile() refuses specs whose overrides do not apply (cloudformationOverrideFindings), so this is a bug.
  if (findings.length > 0) throw new Error(`CloudFormation backend: override of ${findings[0]?.target} does not apply`);
  const resources = [...built].map(([id, resource]): [string, CfnValue] => {
    const body: Record<string, CfnValue> = { Type: resource.Type };
    if (resource.DependsOn !== undefined) body["DependsOn"] = [...resource.DependsOn];
    if (resource.DeletionPolicy !== undefined) body["DeletionPolicy"] = resource.DeletionPolicy;
    if (resource.UpdateReplacePolicy !== undefined) body["UpdateReplacePolicy"] = resource.UpdateReplacePolicy;
    body["Properties"] = canonical(bodies.get(id) as CfnObject);
    return [id, body];
  });
  const template: Record<string, CfnValue | undefined> = {
    AWSTemplateFormatVersion: FORMAT_VERSION,
    Description: stack.description,
    Parameters: section(byId(stack.inputs).map((input) => [input.id, parameter(input)])),
    Resources: section(resources),
    Outputs: section(byId(stack.outputs).map((out) => [out.id, output(out, refs)])),
  };
  // Drop absent sections without re-sorting: the section order above is the canonical one.
  return Object.fromEntries(Object.entries(template).filter((entry): entry is [string, CfnValue] => entry[1] !== undefined));
}

/**
 * Each resource's `Properties` after the spec's CloudFormation overrides (applied last, so
 * they win over anything berth wrote), and what kept an override from applying.
 */
function overriddenProperties(built: ReadonlyMap<string, CfnResource>, stack: Stack): ReturnType<typeof applyOverrides> {
  const properties = new Map([...built].map(([id, resource]) => [id, resource.Properties as Readonly<Record<string, unknown>>] as const));
  return applyOverrides(properties, stack.overrides?.cloudformation ?? []);
}

/**
 * What keeps the stack's CloudFormation overrides from applying: logical ids the template does
 * not have, paths that run through a plain value. Empty when all apply (or there are none).
 */
export function cloudformationOverrideFindings(stack: Stack): OverrideFinding[] {
  if ((stack.overrides?.cloudformation.length ?? 0) === 0) return [];
  const refs = new References(stack);
  const built = new Map(byId(stack.resources).map((resource) => [resource.id, cfnResource(resource, refs)] as const));
  return overriddenProperties(built, stack).findings;
}
