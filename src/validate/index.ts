import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { serviceSchema, type ParsedService } from "../spec/schema/index.js";
import { createCollector } from "./context.js";
import { SERVICE_RULES } from "./rules/index.js";
import { allowedKeys } from "./schema-keys.js";
import { reportZodIssues } from "./zod-issues.js";

/** The outcome of validating one spec: the parsed spec when it has the right shape, and every finding. */
export interface ValidationResult {
  readonly spec?: ParsedService;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Validates a service spec: shape first (zod), then every semantic rule. Rules only run on a
 * well-shaped spec, so each of them can rely on the types; all their findings are collected.
 */
export function validateService(input: unknown, file: string): ValidationResult {
  const { context, diagnostics } = createCollector(file);
  const parsed = serviceSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    reportZodIssues(parsed.error.issues, context, (path) => allowedKeys(serviceSchema, path));
    return { diagnostics };
  }
  for (const rule of SERVICE_RULES) rule(parsed.data, context);
  return { spec: parsed.data, diagnostics };
}
