import type { ServiceResource } from "../ir/index.js";
import { IDS, type LowerContext } from "./context.js";
import { serviceSecurityGroups } from "./network.js";
import { loadBalancerTarget } from "./ports.js";

/** The ECS service: Fargate, private networking by default, rolling deploys with the circuit breaker. */
export function lowerService(ctx: LowerContext): ServiceResource {
  const { spec } = ctx;
  const target = loadBalancerTarget(ctx);
  const breaker = spec.deploy.circuitBreaker;
  return {
    kind: "service",
    id: IDS.service,
    name: spec.name,
    cluster: spec.cluster,
    taskDefinition: IDS.taskDefinition,
    desiredCount: spec.desiredCount,
    launchType: "FARGATE",
    platformVersion: "LATEST",
    network: { subnets: spec.network.subnets, securityGroups: serviceSecurityGroups(ctx), assignPublicIp: spec.network.assignPublicIp },
    loadBalancers: target ? [{ targetGroup: IDS.targetGroup, ...target }] : [],
    ...(target && spec.loadBalancer ? { healthCheckGracePeriodSeconds: spec.loadBalancer.healthCheckGracePeriod } : {}),
    deployment: {
      minimumHealthyPercent: spec.deploy.minimumHealthyPercent,
      maximumPercent: spec.deploy.maximumPercent,
      circuitBreaker: breaker === false ? { enable: false, rollback: false } : { enable: true, rollback: breaker.rollback },
    },
    enableExecuteCommand: spec.exec,
    propagateTags: "TASK_DEFINITION",
    enableEcsManagedTags: true,
    // A target group must be attached to a listener before a service can register into it.
    dependsOn: target ? [IDS.listenerRule] : [],
    tags: ctx.tags,
  };
}
