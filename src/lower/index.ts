import type { Resource, Stack, StackOutput } from "../ir/index.js";
import type { ClusterNamespace } from "../spec/discovery.js";
import type { ParsedCluster, ParsedService } from "../spec/schema/index.js";
import { createContext, IDS, type LowerContext } from "./context.js";
import { deployOutputs, imageTagInput, lowerDelivery, lowerDeployResources } from "./deploy.js";
import { discoveryImports, discoveryOutputs, lowerDiscoveryService } from "./discovery.js";
import { lowerWorkloadRoles } from "./iam.js";
import { overridesField } from "./overrides.js";
import { lowerListenerRules, lowerTargetGroups } from "./load-balancer.js";
import { lowerLogGroup } from "./logs.js";
import { importsField, listenerImports } from "./listener-target.js";
import { lowerSecurityGroup } from "./network.js";
import { lowerScaling } from "./scaling.js";
import { lowerService } from "./service.js";
import { lowerTaskDefinition, taskSizeWords } from "./task.js";
import { lowerInfrastructureRole } from "./volumes.js";

/**
 * Lowers a validated service spec into the backend-neutral IR: every AWS resource the stack
 * creates, its inputs and outputs. Pure; assumes validation passed. `namespaces` are the Cloud
 * Map namespaces the cluster specs of the run create (a service may register in one by name);
 * `clusterSpec` is the cluster spec of the run the service names, when there is one (its ECS
 * Exec settings decide what the task role needs for `exec`).
 */
export function lowerServiceSpec(spec: ParsedService, source: string, namespaces: readonly ClusterNamespace[] = [], clusterSpec?: ParsedCluster): Stack {
  const ctx = createContext(spec, clusterSpec);
  const optional = (r: Resource | undefined): Resource[] => (r ? [r] : []);
  const roles = lowerWorkloadRoles(ctx);
  const resources: Resource[] = [
    lowerLogGroup(ctx),
    ...roles.created,
    ...optional(lowerInfrastructureRole(ctx)),
    ...optional(lowerSecurityGroup(ctx)),
    ...lowerTargetGroups(ctx),
    ...lowerListenerRules(ctx),
    lowerTaskDefinition(ctx),
    ...optional(lowerDiscoveryService(ctx, namespaces)),
    lowerService(ctx),
    ...lowerScaling(ctx),
    ...lowerDeployResources(ctx),
  ];
  return {
    name: spec.name,
    source,
    description: `berth: ECS service ${spec.name} on ${ctx.compute === "EC2" ? "EC2" : "Fargate"} (${taskSizeWords(spec)}), generated from ${source}`,
    account: ctx.env.account,
    region: ctx.env.region,
    // The main image's tag: a plain input, or (image owned by CI) the SSM parameter CI writes.
    inputs: [imageTagInput(ctx)],
    ...importsField(discoveryImports(ctx, namespaces).imports ?? [], listenerImports(ctx)),
    resources,
    ...(roles.existing.length > 0 ? { existingRoles: roles.existing } : {}),
    ...overridesField(spec),
    outputs: [...outputs(ctx, resources), ...discoveryOutputs(ctx, namespaces)],
    delivery: lowerDelivery(ctx),
  };
}

function outputs(ctx: LowerContext, resources: readonly Resource[]): StackOutput[] {
  const has = (id: string) => resources.some((r) => r.id === id);
  const list: StackOutput[] = [
    { id: "ServiceName", description: "Name of the ECS service", value: { resource: IDS.service, attribute: "name" } },
    { id: "ServiceArn", description: "ARN of the ECS service", value: { resource: IDS.service, attribute: "arn" } },
    { id: "TaskDefinitionArn", description: "ARN of the task definition revision", value: { resource: IDS.taskDefinition, attribute: "arn" } },
    { id: "LogGroupName", description: `Log group of ${ctx.spec.name}'s containers`, value: { resource: IDS.logGroup, attribute: "name" } },
  ];
  if (has(IDS.targetGroup)) list.push({ id: "TargetGroupArn", description: "ARN of the target group", value: { resource: IDS.targetGroup, attribute: "arn" } });
  // Further load balancer attachments' target groups (TargetGroup2, …), in spec order.
  for (const r of resources) {
    if (r.kind === "targetGroup" && /^TargetGroup\d+$/.test(r.id)) list.push({ id: `${r.id}Arn`, description: `ARN of target group ${r.name}`, value: { resource: r.id, attribute: "arn" } });
  }
  if (has(IDS.securityGroup)) list.push({ id: "SecurityGroupId", description: "Security group of the tasks", value: { resource: IDS.securityGroup, attribute: "id" } });
  list.push(...deployOutputs(ctx));
  return list;
}

