/**
 * Turns whatever a spec exported into plain data before zod sees it. A spec is code, so its
 * default export can be hostile by accident: a getter that throws, a Proxy whose traps throw, an
 * object that contains itself, or a `__proto__` key (YAML and JSON keep it as an ordinary key,
 * but assigning it to an object sets the prototype instead, so the value would vanish silently).
 * Each becomes a coded diagnostic at its path instead of an exception or a lost field.
 */
import type { SpecPath } from "../diagnostics/diagnostic.js";
import type { RuleContext } from "./context.js";

/** The input as plain objects, arrays and primitives; `ok` is false when anything was reported. */
export function toPlainData(input: unknown, context: RuleContext): { value: unknown; ok: boolean } {
  let ok = true;
  const ancestors = new Set<object>();
  const fail = (report: () => void): undefined => {
    ok = false;
    report();
    return undefined;
  };

  const copy = (value: unknown, path: SpecPath): unknown => {
    if (value === null || typeof value !== "object") return value;
    if (ancestors.has(value)) return fail(() => context.report("B115", path, {}));
    ancestors.add(value);
    try {
      let array: boolean;
      let keys: string[];
      try {
        array = Array.isArray(value);
        keys = Object.keys(value);
      } catch (error) {
        return fail(() => context.report("B114", path, { what: "listing its fields", error: messageOf(error) }));
      }
      const result: Record<string, unknown> | unknown[] = array ? [] : {};
      for (const key of keys) {
        const at = [...path, array ? Number(key) : key];
        if (key === "__proto__") {
          fail(() => context.report("B113", at, {}));
          continue;
        }
        let child: unknown;
        try {
          child = (value as Record<string, unknown>)[key];
        } catch (error) {
          fail(() => context.report("B114", at, { what: "reading it", error: messageOf(error) }));
          continue;
        }
        // defineProperty: a plain assignment of some keys would hit Object.prototype setters.
        Object.defineProperty(result, key, { value: copy(child, at), enumerable: true, writable: true, configurable: true });
      }
      return result;
    } finally {
      ancestors.delete(value);
    }
  };

  const value = copy(input, []);
  return { value, ok };
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  try {
    return String(error);
  } catch {
    return "(an exception that cannot be printed)";
  }
}
