import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { taskFields, taskSchema, type ParsedTask } from "../spec/schema/index.js";
import { createCollector } from "./context.js";
import { accountAndRegion, referencedArns } from "./rules/arns.js";
import { capacityStrategy, fargateCompute, sharedNetworkPorts } from "./rules/compute.js";
import { containerDependencies, containerNames, containerPorts, essentialContainer } from "./rules/containers.js";
import { credentialsInEnvironment, secretVersions, variableNames } from "./rules/environment.js";
import { containerReservations, fargateTaskSize } from "./rules/fargate-size.js";
import { logRetention } from "./rules/logging.js";
import { derivedNames } from "./rules/names.js";
import { allowFrom, duplicateNetworkEntries, networkIds } from "./rules/network-ids.js";
import type { TaskRule } from "./rules/rule.js";
import { SCHEDULE_RULES } from "./rules/schedule.js";
import { allowedKeys } from "./schema-keys.js";
import { reportZodIssues } from "./zod-issues.js";

/**
 * Every semantic rule for tasks: the rules services and tasks share (task size, containers,
 * environment and secrets, network ids, ARNs, names, logging, compute), then the schedule's.
 * Load balancer and service-only rules (deployment, scaling, DAEMON) have nothing to check here.
 */
export const TASK_RULES: readonly TaskRule[] = [
  fargateTaskSize,
  containerReservations,
  fargateCompute,
  capacityStrategy,
  networkIds,
  allowFrom,
  duplicateNetworkEntries,
  accountAndRegion,
  referencedArns,
  derivedNames,
  containerNames,
  essentialContainer,
  containerPorts,
  sharedNetworkPorts,
  containerDependencies,
  credentialsInEnvironment,
  variableNames,
  secretVersions,
  logRetention,
  ...SCHEDULE_RULES,
];

/** The outcome of validating one task spec. */
export interface TaskValidationResult {
  readonly spec?: ParsedTask;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Validates a task spec (`defineTask`): shape first (zod), then every semantic rule, exactly as
 * services are validated. Unknown-field hints list the fields of the task schema itself (the
 * transform around it only adds the fixed network mode).
 */
export function validateTask(input: unknown, file: string): TaskValidationResult {
  const { context, diagnostics } = createCollector(file);
  const parsed = taskSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    reportZodIssues(parsed.error.issues, context, (path) => allowedKeys(taskFields, path));
    return { diagnostics };
  }
  for (const rule of TASK_RULES) rule(parsed.data, context);
  return { spec: parsed.data, diagnostics };
}
