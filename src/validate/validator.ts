import type { z } from "zod";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { createCollector, type RuleContext } from "./context.js";
import { allowedKeys } from "./schema-keys.js";
import { reportZodIssues } from "./zod-issues.js";
import { toPlainData } from "./plain-data.js";

/** The outcome of validating one spec: the parsed spec when it has the right shape, and every finding. */
export interface ValidationResult<P> {
  readonly spec?: P;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Builds the validator of one definition kind: shape first (zod), then every semantic rule.
 * Rules only run on a well-shaped spec, so each can rely on the types; all findings are
 * collected. `keysSchema` is the object schema whose fields "unknown field" hints list, when the
 * schema itself is wrapped (e.g. in a transform).
 */
export function createValidator<S extends z.ZodType>(
  schema: S,
  rules: readonly ((spec: z.output<S>, context: RuleContext) => void)[],
  keysSchema: z.ZodType = schema,
): (input: unknown, file: string) => ValidationResult<z.output<S>> {
  return (input, file) => {
    const { context, diagnostics } = createCollector(file);
    const plain = toPlainData(input, context);
    if (!plain.ok) return { diagnostics };
    const parsed = schema.safeParse(plain.value, { reportInput: true });
    if (!parsed.success) {
      reportZodIssues(parsed.error.issues, context, (path) => allowedKeys(keysSchema, path));
      return { diagnostics };
    }
    for (const rule of rules) rule(parsed.data, context);
    return { spec: parsed.data, diagnostics };
  };
}
