import { DataAwsSsmParameter } from "@cdktf/provider-aws/lib/data-aws-ssm-parameter/index.js";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider/index.js";
import { DISABLE_STACK_TRACE_IN_METADATA, TerraformElement, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { resolveTokens } from "./resolve.js";
import type { Stack, StackInput } from "../../ir/index.js";
import { EmitContext } from "./context.js";
import { registerImport } from "./imports.js";
import { escapeTemplate, primaryName } from "./names.js";
import { emitResource, type Emitters } from "./resources/index.js";

/**
 * The provider requirement written into every configuration. cdktf writes the bare source
 * `"aws"` pinned to its binding's exact version; a fully qualified source works with OpenTofu
 * too, and a range lets users take provider patch releases. 5.100 is the version the
 * `@cdktf/provider-aws` binding was generated from, so nothing older is known to accept it.
 */
export const AWS_PROVIDER = { source: "hashicorp/aws", version: "~> 5.100" } as const;

/** Oldest Terraform accepted: 1.5 brought `import` and `check` blocks and is what we validate against. */
export const REQUIRED_TERRAFORM = ">= 1.5.0";

/** The `terraform` block of every configuration: merged over what cdktf synthesizes. */
const TERRAFORM_BLOCK: JsonObject = { terraform: { required_providers: { aws: { ...AWS_PROVIDER } }, required_version: REQUIRED_TERRAFORM } };

/** A JSON value as Terraform JSON configuration holds it. */
export type Json = string | number | boolean | null | Json[] | JsonObject;

/** A JSON object, e.g. a whole Terraform configuration. */
export type JsonObject = { [key: string]: Json };

/**
 * The root the stack is built under: a bare construct, not a cdktf `App`. App's constructor
 * creates its outdir and a `stacks/` folder inside it (cdktf's Manifest), which left an empty
 * `stacks/` in the user's working directory on every run. berth never calls `synth()` (see
 * toTerraformJson) and builds one stack per root, so nothing App adds (manifest, cross-stack
 * references) is used.
 */
function rootConstruct(): Construct {
  const root = new Construct(undefined as unknown as Construct, "");
  // What App({ stackTraces: false }) sets: no creation stack trace in each element's metadata.
  root.node.setContext(DISABLE_STACK_TRACE_IN_METADATA, true);
  return root;
}

/**
 * Builds the cdktf stack for one IR stack with the emitters of its resource kinds (see
 * loadEmitters). Nothing is written to disk.
 */
export function buildStack(stack: Stack, emitters: Emitters): TerraformStack {
  const scope = new TerraformStack(rootConstruct(), stack.name);
  new AwsProvider(scope, "aws", {
    region: stack.region,
    // Refuses to plan or apply with credentials of any other account.
    allowedAccountIds: [stack.account],
  });

  const ctx = new EmitContext(scope);
  for (const input of stack.inputs) registerInput(input, ctx);
  for (const imported of stack.imports ?? []) registerImport(imported, ctx);
  for (const resource of stack.resources) emitResource(resource, ctx, emitters);
  for (const output of stack.outputs) {
    const name = primaryName(output.id);
    const construct = new TerraformOutput(scope, `output.${name}`, {
      // A literal output (e.g. a DNS name) is a template string like any other: escaped.
      value: typeof output.value === "string" ? escapeTemplate(output.value) : ctx.ref(output.value),
      description: output.description,
    });
    construct.overrideLogicalId(name);
  }
  return scope;
}

/**
 * Declares one stack input. A plain input is a variable; an SSM-backed input is a variable
 * holding the parameter name (default: the IR's parameter) plus an `aws_ssm_parameter` data
 * source of the same name reading it, so a deployer can point it at another parameter exactly
 * as with the CloudFormation parameter. References get `insecure_value`: `value` is marked
 * sensitive by the provider, which would hide the AMI id in every plan of the resources using
 * it; the parameters berth reads this way (public AMI ids) are plain `String` parameters.
 */
function registerInput(input: StackInput, ctx: EmitContext): void {
  const name = primaryName(input.id);
  const variable = new TerraformVariable(ctx.scope, `variable.${name}`, {
    type: "string",
    default: input.ssmParameter ?? input.default,
    description: input.description,
  });
  variable.overrideLogicalId(name);
  if (input.ssmParameter === undefined) {
    ctx.registerInput(input.id, variable);
    return;
  }
  const parameter = new DataAwsSsmParameter(ctx.scope, `data.aws_ssm_parameter.${name}`, { name: variable.stringValue });
  parameter.overrideLogicalId(name);
  ctx.registerInput(input.id, variable, parameter.insecureValue);
}

/** Code-point order: unlike localeCompare, identical on every machine and locale. */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A copy of `value` with object keys sorted recursively. Arrays keep their order: in Terraform it is meaningful. */
export function canonicalize(value: unknown): Json {
  if (Array.isArray(value)) return value.map(canonicalize);
  if (value !== null && typeof value === "object") {
    const out: JsonObject = {};
    for (const key of Object.keys(value).sort(compareKeys)) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) out[key] = canonicalize(item);
    }
    return out;
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value === null) return value;
  throw new Error(`berth bug: ${typeof value} in Terraform configuration`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Drops cdktf's `"//"` metadata (construct paths, cdktf version) from where cdktf puts it: the
 * root and each resource and data source body. Only there, so nothing a user wrote is ever
 * dropped silently; the tests assert no other "//" appears.
 */
function stripMetadata(config: Record<string, unknown>): Record<string, unknown> {
  const { "//": _root, ...rest } = config;
  const stripped: Record<string, unknown> = { ...rest };
  // Data sources carry the same metadata as resources.
  for (const section of ["resource", "data"] as const) {
    const byType = rest[section];
    if (!isRecord(byType)) continue;
    stripped[section] = Object.fromEntries(
      Object.entries(byType).map(([type, byName]) => [
        type,
        isRecord(byName)
          ? Object.fromEntries(Object.entries(byName).map(([name, body]) => [name, isRecord(body) ? withoutComment(body) : body]))
          : byName,
      ]),
    );
  }
  return stripped;
}

function withoutComment(body: Record<string, unknown>): Record<string, unknown> {
  const { "//": _metadata, ...rest } = body;
  return rest;
}

/**
 * The configuration cdktf's `TerraformStack.toTerraform()` builds, in one resolution pass:
 * every element's fragment is resolved (resolveTokens) and merged, then the stack's overrides. cdktf itself also
 * resolves each element's metadata (which berth drops) and resolves the merged whole a second
 * time (a no-op on fragments already resolved): together more than a third of Terraform
 * synthesis. The golden tests hold the output byte for byte to what cdktf's path produced.
 * `prepareStack()` is deliberately not called: it adds a local backend whose path is absolute
 * and machine-specific.
 */
function synthesize(scope: TerraformStack, overrides: JsonObject): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  for (const node of scope.node.findAll()) {
    if (!TerraformElement.isTerraformElement(node)) continue;
    const fragment = resolveTokens(node.toTerraform(), scope);
    if (!isRecord(fragment)) throw new Error("berth bug: a Terraform element synthesized to a non-object");
    mergeInto(config, fragment);
  }
  mergeInto(config, overrides);
  return config;
}

/**
 * cdktf's deepMerge, for resolved (token-free) values: objects merge key by key, arrays in both
 * concatenate, `undefined` deletes, anything else replaces.
 */
function mergeInto(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (isRecord(value)) {
      const into = existing !== null && typeof existing === "object" ? (existing as Record<string, unknown>) : {};
      target[key] = into;
      mergeInto(into, value);
    } else if (Array.isArray(value)) target[key] = Array.isArray(existing) ? [...existing, ...value] : value;
    else if (value === undefined) delete target[key];
    else target[key] = value;
  }
}

/** The stack as Terraform JSON configuration, canonical: metadata dropped, keys sorted. */
export function toTerraformJson(scope: TerraformStack): JsonObject {
  // canonicalize maps an object to an object.
  return canonicalize(stripMetadata(synthesize(scope, TERRAFORM_BLOCK))) as JsonObject;
}
