import type { Resource, Stack, StackOutput } from "../ir/index.js";
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
    outputs: outputs(ctx, resources),
  };
}

function outputs(ctx: TaskContext, resources: readonly Resource[]): StackOutput[] {
  const has = (id: string) => resources.some((r) => r.id === id);
  const list: StackOutput[] = [
    { id: "TaskDefinitionArn", description: runTaskDescription(ctx, has(TASK_IDS.securityGroup)), value: { resource: TASK_IDS.taskDefinition, attribute: "arn" } },
    { id: "LogGroupName", description: `Log group of ${ctx.spec.name}'s containers`, value: { resource: TASK_IDS.logGroup, attribute: "name" } },
  ];
  if (has(TASK_IDS.securityGroup)) list.push({ id: "SecurityGroupId", description: "Security group of the tasks", value: { resource: TASK_IDS.securityGroup, attribute: "id" } });
  if (has(TASK_IDS.schedule)) list.push({ id: "ScheduleArn", description: "ARN of the EventBridge Scheduler schedule", value: { resource: TASK_IDS.schedule, attribute: "arn" } });
  if (has(TASK_IDS.scheduleRule)) list.push({ id: "ScheduleRuleArn", description: "ARN of the EventBridge rule", value: { resource: TASK_IDS.scheduleRule, attribute: "arn" } });
  return list;
}

/**
 * The task definition output's description: the `aws ecs run-task` command that starts the task
 * once (a pipeline step, or a manual rerun of a scheduled job). It names the family, so it
 * always runs the latest revision. A generated security group's id is only known after deploy,
 * so the command points at the SecurityGroupId output for it.
 */
export function runTaskCommand(ctx: TaskContext, generatedSecurityGroup: boolean): string {
  const { spec } = ctx;
  const groups = generatedSecurityGroup ? ["<SecurityGroupId output>"] : [...(spec.network.securityGroups ?? [])];
  const capacity = spec.capacityProviders
    ? `--capacity-provider-strategy ${spec.capacityProviders.map((p) => `capacityProvider=${p.provider},weight=${p.weight},base=${p.base}`).join(" ")}`
    : `--launch-type ${ctx.compute}`;
  const network = `awsvpcConfiguration={subnets=[${spec.network.subnets.join(",")}],securityGroups=[${groups.join(",")}],assignPublicIp=${spec.network.assignPublicIp ? "ENABLED" : "DISABLED"}}`;
  return [
    `aws ecs run-task --region ${spec.region} --cluster ${clusterName(spec.cluster)} --task-definition ${spec.name}`,
    capacity,
    `--network-configuration "${network}"`,
    "--propagate-tags TASK_DEFINITION --enable-ecs-managed-tags",
    ...(spec.exec ? ["--enable-execute-command"] : []),
  ].join(" ");
}

function runTaskDescription(ctx: TaskContext, generatedSecurityGroup: boolean): string {
  const description = `ARN of the task definition revision. Start the task once with: ${runTaskCommand(ctx, generatedSecurityGroup)}`;
  // Long subnet lists could overflow CloudFormation's limit; the spec still has every value.
  return description.length <= MAX_OUTPUT_DESCRIPTION ? description : "ARN of the task definition revision (start it with aws ecs run-task; see the spec for its network)";
}

