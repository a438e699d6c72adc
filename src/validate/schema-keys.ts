import type { z } from "zod";

type AnySchema = z.core.$ZodType;

/**
 * The field names allowed at a path of a schema, for "unknown field" hints. Walks through
 * optional/default/array/record/union wrappers; returns [] where no object schema is found.
 */
export function allowedKeys(schema: AnySchema, path: readonly PropertyKey[]): readonly string[] {
  const candidates = resolve([schema], path);
  const keys = new Set<string>();
  for (const c of candidates) for (const k of objectKeys(c)) keys.add(k);
  return [...keys].sort();
}

function resolve(schemas: AnySchema[], path: readonly PropertyKey[]): AnySchema[] {
  let current = schemas.flatMap(unwrap);
  for (const segment of path) {
    current = current.flatMap((s) => unwrap(child(s, segment)).filter(Boolean));
  }
  return current;
}

function child(schema: AnySchema, segment: PropertyKey): AnySchema | undefined {
  const def = schema._zod.def as unknown as Record<string, unknown>;
  switch (def.type) {
    case "object":
      return (def.shape as Record<string, AnySchema>)[String(segment)];
    case "array":
      return def.element as AnySchema;
    case "record":
      return def.valueType as AnySchema;
    default:
      return undefined;
  }
}

function unwrap(schema: AnySchema | undefined): AnySchema[] {
  if (!schema) return [];
  const def = schema._zod.def as unknown as Record<string, unknown>;
  switch (def.type) {
    case "optional":
    case "default":
    case "nullable":
    case "readonly":
      return unwrap(def.innerType as AnySchema);
    case "union":
      return (def.options as AnySchema[]).flatMap(unwrap);
    default:
      return [schema];
  }
}

function objectKeys(schema: AnySchema): string[] {
  const def = schema._zod.def as unknown as Record<string, unknown>;
  return def.type === "object" ? Object.keys(def.shape as object) : [];
}
