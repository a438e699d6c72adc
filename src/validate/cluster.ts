import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { clusterSchema, type ParsedCluster } from "../spec/schema/index.js";
import { createCollector } from "./context.js";
import { CLUSTER_RULES } from "./rules/cluster.js";
import { allowedKeys } from "./schema-keys.js";
import { reportZodIssues } from "./zod-issues.js";

/** The outcome of validating one cluster spec. */
export interface ClusterValidationResult {
  readonly spec?: ParsedCluster;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Validates a cluster spec (`defineCluster`): shape first (zod), then every cluster rule, the
 * same way services and tasks are validated.
 */
export function validateCluster(input: unknown, file: string): ClusterValidationResult {
  const { context, diagnostics } = createCollector(file);
  const parsed = clusterSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    reportZodIssues(parsed.error.issues, context, (path) => allowedKeys(clusterSchema, path));
    return { diagnostics };
  }
  for (const rule of CLUSTER_RULES) rule(parsed.data, context);
  return { spec: parsed.data, diagnostics };
}
