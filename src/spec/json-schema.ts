import { z } from "zod";
import { clusterSchema, serviceSchema, taskSchema } from "./schema/index.js";

/** The spec kinds a YAML document can hold, in the order `berth schema` prints them. */
export const SCHEMA_KINDS = ["service", "task", "cluster"] as const;

/** A spec kind with a JSON Schema. */
export type SchemaKind = (typeof SCHEMA_KINDS)[number];

const SCHEMAS = { service: serviceSchema, task: taskSchema, cluster: clusterSchema } as const;

/** A JSON Schema document (plain JSON). */
export type JsonSchema = { readonly [key: string]: unknown };

/** The URL the documents declare as their dialect: what `z.toJSONSchema` targets by default. */
const DIALECT = "https://json-schema.org/draft/2020-12/schema";

/**
 * The JSON Schema of one kind's spec, derived from its zod schema (the single source of truth),
 * on the input side: what a user writes, with defaulted fields optional. Checks zod cannot
 * express in JSON Schema (refinements, transforms) are left to `berth validate`. zod puts shared
 * and recursive parts in `$defs` referenced from the root (`#/$defs/…`); the spec sits below the
 * document's root, so they are returned apart, named `<kind>.<name>` so kinds cannot collide.
 */
function specSchema(kind: SchemaKind): { schema: JsonSchema; defs: Record<string, unknown> } {
  const generated = z.toJSONSchema(SCHEMAS[kind], { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  const { $schema: _dialect, $defs = {}, ...schema } = renameRefs(generated, kind) as Record<string, unknown>;
  const defs = Object.fromEntries(Object.entries($defs as Record<string, unknown>).map(([name, def]) => [`${kind}.${name}`, def]));
  return { schema, defs };
}

/** A copy of a generated schema whose `#/$defs/<name>` references read `#/$defs/<kind>.<name>`. */
function renameRefs(value: unknown, kind: SchemaKind): unknown {
  if (Array.isArray(value)) return value.map((item) => renameRefs(item, kind));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      key === "$ref" && typeof item === "string" && item.startsWith("#/$defs/") ? `#/$defs/${kind}.${item.slice("#/$defs/".length)}` : renameRefs(item, kind),
    ]),
  );
}

/** The document schema of one kind without the dialect line, and the definitions it references. */
function documentParts(kind: SchemaKind): { document: JsonSchema; defs: Record<string, unknown> } {
  const { schema, defs } = specSchema(kind);
  const document = { type: "object", properties: { [kind]: schema }, required: [kind], additionalProperties: false };
  return { document, defs };
}

/**
 * The JSON Schema of a YAML spec document of one kind: a mapping with the single key naming the
 * kind (`service:`) whose value is the spec. Editors with the YAML language server read it from
 * the `# yaml-language-server: $schema=…` line `berth init --yaml` writes.
 */
export function yamlDocumentSchema(kind: SchemaKind): JsonSchema {
  const { document, defs } = documentParts(kind);
  return { $schema: DIALECT, title: `berth ${kind} spec (YAML)`, ...document, ...withDefs(defs) };
}

function withDefs(defs: Record<string, unknown>): JsonSchema {
  return Object.keys(defs).length > 0 ? { $defs: defs } : {};
}

/** The JSON Schema of any YAML spec document: exactly one of the kinds' documents. */
export function anyYamlDocumentSchema(): JsonSchema {
  const parts = SCHEMA_KINDS.map(documentParts);
  const defs = Object.assign({}, ...parts.map((part) => part.defs)) as Record<string, unknown>;
  return { $schema: DIALECT, title: "berth spec (YAML)", oneOf: parts.map((part) => part.document), ...withDefs(defs) };
}
