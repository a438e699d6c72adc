import type { Json, JsonObject } from "./synth.js";
import type { BlockShape, BlockShapes } from "./block-shapes.js";

/**
 * Renders the canonical Terraform JSON as HCL. cdktf's own `toHclTerraform()` is not used for
 * the text: it leaves quotes unescaped in any string holding `${` (container definitions, IAM
 * documents), renders overrides such as `required_version` as `0 = "required_version"`, and
 * quotes `depends_on` entries, all of which Terraform rejects. Rendering from the JSON also
 * keeps both files equivalent by construction.
 */

type Obj = Readonly<JsonObject>;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** A whole string that is one interpolation of a plain reference, e.g. `${aws_iam_role.task_role.arn}`. */
const BARE_REFERENCE = /^\$\{([A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*)+)\}$/;

function isObj(value: Json | undefined): value is Obj {
  return value !== null && value !== undefined && typeof value === "object" && !Array.isArray(value);
}

function entries(value: Json | undefined): [string, Json][] {
  return isObj(value) ? Object.entries(value) : [];
}

/**
 * A quoted HCL string. JSON strings in Terraform are templates with the same `${`/`%{` syntax
 * and `$${` escape as HCL quoted strings, so only the quoting itself changes.
 */
function quote(text: string): string {
  const escaped = text.replace(/[\\"\n\r\t]/g, (c) => ({ "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t" })[c] ?? c);
  return `"${escaped}"`;
}

/** A string in a literal-only position (variable defaults, descriptions): no interpolation allowed. */
function literal(text: string): string {
  return quote(text.replace(/([$%])\{/g, (_match, sigil: string) => `${sigil}${sigil}{`));
}

/** An expression for a Terraform JSON value in an expression position. */
function expression(value: Json): string {
  if (typeof value === "string") {
    const reference = BARE_REFERENCE.exec(value);
    return reference ? (reference[1] as string) : quote(value);
  }
  if (Array.isArray(value)) {
    const items = value.map(expression);
    // Lists of scalars read best on one line (`subnets = ["a", "b"]`), as terraform fmt leaves them.
    const scalars = value.every((item) => item === null || typeof item !== "object");
    return scalars ? `[${items.join(", ")}]` : `[\n${items.map((item) => `${item},`).join("\n")}\n]`;
  }
  if (isObj(value)) {
    const body = Object.entries(value).map(([key, item]) => `${IDENTIFIER.test(key) ? key : quote(key)} = ${expression(item)}`);
    return body.length === 0 ? "{}" : `{\n${body.join("\n")}\n}`;
  }
  return JSON.stringify(value);
}

function block(header: string, lines: readonly string[]): string {
  return `${header} {\n${lines.join("\n")}\n}`;
}

/** A resource or provider body: attributes, then nested blocks, then meta-arguments. */
function body(value: Obj, shape: BlockShape): string[] {
  const attributes: string[] = [];
  const blocks: string[] = [];
  const meta: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    const nested = shape[key];
    if (key === "depends_on" && Array.isArray(item)) {
      // HCL wants bare references here; the JSON form holds them as strings.
      meta.push(`depends_on = [${item.map((ref) => String(ref)).join(", ")}]`);
    } else if (key === "lifecycle" && isObj(item)) {
      // A meta-argument block, not an attribute; ignore_changes names attributes, bare in HCL.
      const lines = Object.entries(item).map(([setting, v]) =>
        setting === "ignore_changes" && Array.isArray(v) ? `${setting} = [${v.map((name) => String(name)).join(", ")}]` : `${setting} = ${expression(v)}`,
      );
      meta.push(block("lifecycle", lines));
    } else if (nested !== undefined) {
      for (const element of Array.isArray(item) ? item : [item]) {
        if (isObj(element)) blocks.push(block(key, body(element, nested)));
      }
    } else {
      attributes.push(`${key} = ${expression(item)}`);
    }
  }
  return [...attributes, ...blocks, ...meta];
}

function terraformBlock(value: Json | undefined): string[] {
  if (!isObj(value)) return [];
  const lines = entries(value)
    .filter(([key]) => key !== "required_providers")
    .map(([key, item]) => `${key} = ${expression(item)}`);
  const providers = entries(value["required_providers"]).map(([name, item]) => `${name} = ${expression(item)}`);
  if (providers.length > 0) lines.push(block("required_providers", providers));
  return [block("terraform", lines)];
}

function variableBlocks(value: Json | undefined): string[] {
  return entries(value).map(([name, item]) =>
    block(
      `variable ${quote(name)}`,
      entries(item).map(([key, field]) =>
        // `type` holds a type expression; the rest of a variable block is literal-only.
        key === "type" && typeof field === "string" ? `type = ${field}` : `${key} = ${typeof field === "string" ? literal(field) : expression(field)}`,
      ),
    ),
  );
}

function outputBlocks(value: Json | undefined): string[] {
  return entries(value).map(([name, item]) =>
    block(
      `output ${quote(name)}`,
      entries(item).map(([key, field]) => `${key} = ${key === "description" && typeof field === "string" ? literal(field) : expression(field)}`),
    ),
  );
}

/**
 * Unformatted HCL for a canonical Terraform JSON configuration, in reading order: terraform,
 * provider, variables, data sources and resources (by type, then name), outputs. `shapes` says
 * which keys are nested blocks; callers format the text (alignment, indentation) with
 * `terraform fmt` rules.
 */
export function renderHcl(config: Obj, shapes: BlockShapes): string {
  const sections: string[] = [...terraformBlock(config["terraform"])];
  for (const [name, item] of entries(config["provider"])) {
    for (const settings of Array.isArray(item) ? item : [item]) {
      if (isObj(settings)) sections.push(block(`provider ${quote(name)}`, body(settings, shapes.get(`provider.${name}`) ?? {})));
    }
  }
  sections.push(...variableBlocks(config["variable"]));
  for (const [type, byName] of entries(config["data"])) {
    for (const [name, settings] of entries(byName)) {
      const shape = shapes.get(`data.${type}.${name}`);
      if (shape === undefined) throw new Error(`berth bug: no block shape for data.${type}.${name}`);
      if (isObj(settings)) sections.push(block(`data ${quote(type)} ${quote(name)}`, body(settings, shape)));
    }
  }
  for (const [type, byName] of entries(config["resource"])) {
    for (const [name, settings] of entries(byName)) {
      const shape = shapes.get(`${type}.${name}`);
      // Without a shape, blocks would render as attributes: invalid HCL, so refuse.
      if (shape === undefined) throw new Error(`berth bug: no block shape for ${type}.${name}`);
      if (isObj(settings)) sections.push(block(`resource ${quote(type)} ${quote(name)}`, body(settings, shape)));
    }
  }
  sections.push(...outputBlocks(config["output"]));
  const known = new Set(["terraform", "provider", "variable", "data", "resource", "output"]);
  const unknown = Object.keys(config).filter((key) => !known.has(key));
  if (unknown.length > 0) throw new Error(`berth bug: no HCL rendering for top-level ${unknown.join(", ")}`);
  return `${sections.join("\n\n")}\n`;
}
