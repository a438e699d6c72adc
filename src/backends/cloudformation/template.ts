import type { Stack, StackInput, StackOutput } from "../../ir/index.js";
import { References } from "./attributes.js";
import { Sub } from "./intrinsics.js";
import { cfnResource } from "./resources/index.js";
import { canonical, compareCodePoints, type CfnObject, type CfnValue } from "./values.js";

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
 * Empty optional sections are left out.
 * @throws Error on IR inconsistencies (dangling references, invalid or duplicate ids): bugs, not user errors.
 */
export function buildTemplate(stack: Stack): CfnObject {
  checkIds(stack);
  const refs = new References(stack);
  const resources = byId(stack.resources).map((resource): [string, CfnValue] => {
    const built = cfnResource(resource, refs);
    const body: Record<string, CfnValue> = { Type: built.Type };
    if (built.DependsOn !== undefined) body["DependsOn"] = [...built.DependsOn];
    if (built.DeletionPolicy !== undefined) body["DeletionPolicy"] = built.DeletionPolicy;
    if (built.UpdateReplacePolicy !== undefined) body["UpdateReplacePolicy"] = built.UpdateReplacePolicy;
    body["Properties"] = canonical(built.Properties);
    return [resource.id, body];
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
