import { z } from "zod";
import { resourceName, tags } from "./common.js";
import { container } from "./container.js";
import { network } from "./network.js";
import { capacityProviderItem } from "./placement.js";
import { schedule } from "./schedule.js";
import { workloadFields } from "./workload.js";

/**
 * The fields of `defineTask()`: an ECS task definition with its roles and log group, run on a
 * schedule or, without one, by a pipeline (`aws ecs run-task`). The shared pieces (containers,
 * logging, network, task role, capacity providers) are the very schemas services use.
 */
export const taskFields = z.strictObject({
  /** Task name; also the task family, log group suffix, schedule name and resource name prefix. */
  name: resourceName.max(32),
  ...workloadFields,
  /** ECS cluster the task runs in: name or ARN of an existing one, or the name of a `defineCluster()` spec. */
  cluster: z.string().min(1),
  /**
   * Where the task runs, when no capacity provider strategy is given. Mutually exclusive with
   * `capacityProviders`. @default "FARGATE" (when `capacityProviders` is absent)
   */
  launchType: z.enum(["FARGATE", "EC2"]).optional(),
  /**
   * Capacity provider strategy, e.g. `[{ provider: "FARGATE_SPOT" }]` for interruptible batch
   * work. At most 6 entries (EventBridge's limit). @default none (launch type is used)
   */
  capacityProviders: z.array(capacityProviderItem).min(1).max(6).optional(),
  /** The main container; its image tag is a stack input CI can set. */
  container: container,
  /** Subnets and security groups of the task (awsvpc); private subnets are the safe choice. */
  network: network,
  /**
   * Enable ECS Exec on the tasks started (adds the ssmmessages permissions to the task role).
   * When `cluster` names a `defineCluster()` spec of the same run, the task role also gets what
   * that cluster's exec session logging (CloudWatch Logs) and KMS key need. A cluster defined
   * elsewhere is not known to berth: if it logs sessions or encrypts them with a KMS key, grant
   * those permissions through `taskRole.statements`. @default false
   */
  exec: z.boolean().default(false),
  /** Tags on every taggable resource, propagated to the tasks started. @default {} */
  tags: tags.default({}),
  /**
   * Run the task on a schedule. Without one, berth emits the task definition and its roles
   * only, and the stack's outputs show the `aws ecs run-task` command that starts it.
   * @default none (a one-off task)
   */
  schedule: schedule.optional(),
});

/**
 * `defineTask()`'s schema. Standalone tasks always use awsvpc networking: it is the mode whose
 * network configuration EventBridge and `run-task` pass, and the only one Fargate has. The
 * transform records that in the parsed spec, so the lowering and rules shared with services see
 * the same `networkMode` field without the author writing it.
 */
export const taskSchema = taskFields.transform((task) => ({ ...task, networkMode: "awsvpc" as const }));

/** What a spec author writes (defaults optional). */
export type TaskSpec = z.input<typeof taskSchema>;
/** A task spec after parsing: every default filled in. */
export type ParsedTask = z.output<typeof taskSchema>;
