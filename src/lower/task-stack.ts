import { runTaskCommandLine, type Resource, type RunTask, type Stack, type StackOutput } from "../ir/index.js";
import type { ParsedCluster, ParsedTask } from "../spec/schema/index.js";
import { createWorkloadContext, TASK_IDS } from "./context.js";
import { lowerWorkloadRoles } from "./iam.js";
import { overridesField } from "./overrides.js";
import { parseImage } from "./image.js";
import { lowerLogGroup } from "./logs.js";
import { lowerSecurityGroup } from "./network.js";
import { clusterName, lowerSchedule, lowerScheduleRole, type TaskContext } from "./schedule.js";
import { lowerTaskDefinition, taskSizeWords } from "./task.js";

/** CloudFormation's limit on an output description; the run-task command must fit in it. */
const MAX_OUTPUT_DESCRIPTION = 1024;

/**
 * Lowers a validated task spec (`defineTask`) into the IR: the task definition with its log
 * group, roles and (optionally) generated security group — built by the same functions as a
 * service's — plus, when scheduled, the schedule or rule and the role EventBridge assumes.
 * `clusterSpec` is the cluster spec of the run the task names, when there is one (its ECS Exec
 * settings decide what the task role needs for `exec`). Pure; assumes validation passed.
 */
export function lowerTaskSpec(spec: ParsedTask, source: string, clusterSpec?: ParsedCluster): Stack {
  const ctx: TaskContext = createWorkloadContext(spec, "task", clusterSpec);
  const securityGroup = lowerSecurityGroup(ctx);
  const roles = lowerWorkloadRoles(ctx);
  const resources: Resource[] = [
    lowerLogGroup(ctx),
    ...roles.created,
    ...(securityGroup ? [securityGroup] : []),
    lowerTaskDefinition(ctx),
    ...(spec.schedule ? [lowerScheduleRole(ctx, spec.schedule), lowerSchedule(ctx, spec.schedule)] : []),
  ];
  const image = parseImage(spec.container.image);
  const run = lowerRunTask(ctx, securityGroup !== undefined);
  const how = spec.schedule
    ? `run by ${spec.schedule.via === "scheduler" ? "EventBridge Scheduler" : "an EventBridge rule"} on ${spec.schedule.expression}`
    : "run on demand with aws ecs run-task";
  return {
    name: spec.name,
    source,
    description: `berth: ECS task ${spec.name} on ${ctx.compute === "FARGATE" ? "Fargate" : "EC2"} (${taskSizeWords(spec)}), ${how}, generated from ${source}`,
    account: ctx.env.account,
    region: ctx.env.region,
    inputs: [
      {
        id: TASK_IDS.imageTagInput,
        description: `Image ${image.separator === "@" ? "digest" : "tag"} of container ${ctx.mainContainerName} (${image.repository}). CI sets it to roll out a new image.`,
        default: image.version,
      },
    ],
    resources,
    ...(roles.existing.length > 0 ? { existingRoles: roles.existing } : {}),
    ...overridesField(spec),
    outputs: outputs(ctx, resources, run),
    runTask: { ...run, ...(runTaskDescription(run) === undefined ? {} : { describedIn: "TaskDefinitionArn" }) },
  };
}

function outputs(ctx: TaskContext, resources: readonly Resource[], run: RunTask): StackOutput[] {
  const has = (id: string) => resources.some((r) => r.id === id);
  const list: StackOutput[] = [
    {
      id: "TaskDefinitionArn",
      description: runTaskDescription(run) ?? "ARN of the task definition revision (start it with aws ecs run-task; see the spec for its network)",
      value: { resource: TASK_IDS.taskDefinition, attribute: "arn" },
    },
    { id: "LogGroupName", description: `Log group of ${ctx.spec.name}'s containers`, value: { resource: TASK_IDS.logGroup, attribute: "name" } },
  ];
  if (has(TASK_IDS.securityGroup)) list.push({ id: "SecurityGroupId", description: "Security group of the tasks", value: { resource: TASK_IDS.securityGroup, attribute: "id" } });
  if (has(TASK_IDS.schedule)) list.push({ id: "ScheduleArn", description: "ARN of the EventBridge Scheduler schedule", value: { resource: TASK_IDS.schedule, attribute: "arn" } });
  if (has(TASK_IDS.scheduleRule)) list.push({ id: "ScheduleRuleArn", description: "ARN of the EventBridge rule", value: { resource: TASK_IDS.scheduleRule, attribute: "arn" } });
  return list;
}

/**
 * The `aws ecs run-task` command that starts the task once. It names the family, so it always
 * runs the latest revision. A generated security group's id is only known after deploy, so the
 * command reads it from the SecurityGroupId output.
 */
export function lowerRunTask(ctx: TaskContext, generatedSecurityGroup: boolean): RunTask {
  const { spec } = ctx;
  return {
    region: spec.region,
    cluster: clusterName(spec.cluster),
    family: spec.name,
    capacity: spec.capacityProviders ? { strategy: spec.capacityProviders.map(({ provider, weight, base }) => ({ provider, weight, base })) } : { launchType: ctx.compute },
    subnets: spec.network.subnets,
    securityGroups: generatedSecurityGroup ? [{ output: "SecurityGroupId" }] : [...(spec.network.securityGroups ?? [])],
    assignPublicIp: spec.network.assignPublicIp ?? false,
    enableExecuteCommand: spec.exec === true,
  };
}

/** The task definition output's description: the run-task command, when it fits. */
function runTaskDescription(run: RunTask): string | undefined {
  const description = `ARN of the task definition revision. Start the task once with: ${runTaskCommandLine(run, (id) => `<${id} output>`)}`;
  // Long subnet lists could overflow CloudFormation's limit; the spec still has every value.
  return description.length <= MAX_OUTPUT_DESCRIPTION ? description : undefined;
}
