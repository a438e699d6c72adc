import type { ExternallyManaged, ServiceResource } from "../ir/index.js";
import { IDS, type LowerContext } from "./context.js";
import { serviceDeployment } from "./deploy.js";
import { serviceRegistries } from "./discovery.js";
import { lowerServiceConnect } from "./service-connect.js";
import { healthCheckGracePeriodOf, listenerRuleIds, targetGroupTargetOf } from "./load-balancer.js";
import { loadBalancerAttachments } from "../spec/load-balancers.js";
import { awsvpcConfiguration } from "./network.js";
import { lowerVolumeConfigurations } from "./volumes.js";
import { attachmentTarget } from "./ports.js";
import { desiredCountOf } from "../spec/compute.js";

/**
 * The ECS service: private networking by default, rolling deploys with the circuit breaker, or
 * the CODE_DEPLOY controller for blue/green (the deploy family decides; see lower/deploy.ts).
 */
export function lowerService(ctx: LowerContext): ServiceResource {
  const { spec } = ctx;
  const loadBalancers = loadBalancerAttachments(spec).map((a) => ({ targetGroup: targetGroupTargetOf(ctx, a), ...attachmentTarget(ctx, a.spec) }));
  const gracePeriod = healthCheckGracePeriodOf(ctx);
  const deploy = serviceDeployment(ctx);
  const daemon = spec.scheduling === "DAEMON";
  const network = awsvpcConfiguration(ctx);
  const serviceConnect = lowerServiceConnect(ctx);
  // With auto scaling on, the stack must not reset the running count on every infra deploy.
  const externallyManaged: ExternallyManaged[] = [...(spec.scaling ? ["desiredCount" as const] : []), ...deploy.externallyManaged];
  return {
    kind: "service",
    id: IDS.service,
    name: spec.name,
    cluster: spec.cluster,
    taskDefinition: IDS.taskDefinition,
    ...(deploy.taskDefinitionFamily === undefined ? {} : { taskDefinitionFamily: deploy.taskDefinitionFamily }),
    ...(daemon ? {} : { desiredCount: desiredCountOf(spec) }),
    ...(spec.capacityProviders ? {} : { launchType: ctx.compute }),
    capacityProviderStrategy: (spec.capacityProviders ?? []).map((p) => ({ provider: p.provider, weight: p.weight, base: p.base })),
    ...(ctx.compute === "FARGATE" ? { platformVersion: "LATEST" as const } : {}),
    schedulingStrategy: spec.scheduling,
    ...(network ? { network } : {}),
    placementConstraints: spec.placement.constraints.map((c) => (c.type === "memberOf" ? { type: c.type, expression: c.expression } : { type: c.type })),
    placementStrategy: spec.placement.strategy.map((s) => (s.type === "random" ? { type: s.type } : { type: s.type, field: s.field })),
    loadBalancers,
    serviceRegistries: serviceRegistries(ctx),
    ...(serviceConnect ? { serviceConnect } : {}),
    ...(gracePeriod === undefined ? {} : { healthCheckGracePeriodSeconds: gracePeriod }),
    deploymentController: deploy.deploymentController,
    deployment: deploy.deployment,
    externallyManaged,
    enableExecuteCommand: spec.exec,
    propagateTags: "TASK_DEFINITION",
    enableEcsManagedTags: true,
    // A target group must be attached to a listener before a service can register into it.
    volumeConfigurations: lowerVolumeConfigurations(ctx),
    dependsOn: [...listenerRuleIds(ctx), ...deploy.dependsOn],
    tags: ctx.tags,
  };
}

