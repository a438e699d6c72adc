import { taskFields, taskSchema } from "../spec/schema/index.js";
import { WORKLOAD_RULES } from "./rules/index.js";
import type { TaskRule } from "./rules/rule.js";
import { taskRoleSettings } from "./rules/roles.js";
import { SCHEDULE_RULES } from "./rules/schedule.js";
import { taskEbs } from "./rules/volumes.js";
import { createValidator } from "./validator.js";

/**
 * Every semantic rule for tasks: the rules services and tasks share (task size, containers,
 * environment and secrets, network ids, ARNs, names, logging, compute), then the schedule's.
 * Load balancer and service-only rules (deployment, scaling, DAEMON) have nothing to check here.
 */
export const TASK_RULES: readonly TaskRule[] = [...WORKLOAD_RULES, ...SCHEDULE_RULES, taskEbs, taskRoleSettings];

/**
 * Validates a task spec (`defineTask`): shape, then every task rule. Unknown-field hints list
 * the fields of the task schema itself (the transform around it only adds the fixed network mode).
 */
export const validateTask = createValidator(taskSchema, TASK_RULES, taskFields);
