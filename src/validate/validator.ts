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

/** Specs of one kind parsed before zod's compiled fast path is turned on (see createValidator). */
const PARSES_BEFORE_ZOD_JIT = 8;

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
  let parses = 0;
  return (input, file) => {
    const { context, diagnostics } = createCollector(file);
    const plain = toPlainData(input, context);
    if (!plain.ok) return { diagnostics };
    // zod compiles a parser per object shape with `new Function` on its first parse, which pays
    // back only over many parses: a one-spec run spent ~20 ms compiling, while 100 specs ran
    // faster with it. So the first few specs of a kind parse without it, like a tiering JIT.
    const jitless = (parses += 1) <= PARSES_BEFORE_ZOD_JIT;
    const parsed = schema.safeParse(plain.value, { reportInput: true, jitless });
    if (!parsed.success) {
      reportZodIssues(parsed.error.issues, context, (path) => allowedKeys(keysSchema, path));
      return { diagnostics };
    }
    for (const rule of rules) rule(parsed.data, context);
    return { spec: parsed.data, diagnostics };
  };
}
