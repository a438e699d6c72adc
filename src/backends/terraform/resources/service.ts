import { EcsService } from "@cdktf/provider-aws/lib/ecs-service/index.js";
import type { ServiceResource } from "../../../ir/index.js";
import type { KindEmitter } from "../context.js";
import { primaryName } from "../names.js";
import { tagsArgument } from "./tags.js";

/**
 * `service` → `aws_ecs_service`. The provider has no `arn` attribute on a service: its `id` is
 * the ARN, so an IR `arn` reference maps to `id`.
 */
export const serviceEmitter: KindEmitter<ServiceResource> = {
  attributes: { arn: "id", id: "id", name: "name" },
  emit(service, ctx) {
    return ctx.create(EcsService, primaryName(service.id), {
      name: service.name,
      cluster: service.cluster,
      taskDefinition: ctx.ref({ resource: service.taskDefinition, attribute: "arn" }),
      desiredCount: service.desiredCount,
      launchType: service.launchType,
      platformVersion: service.platformVersion,
      networkConfiguration: {
        subnets: [...service.network.subnets],
        securityGroups: service.network.securityGroups.map((group) => ctx.value(group)),
        assignPublicIp: service.network.assignPublicIp,
      },
      loadBalancer: service.loadBalancers.map((balancer) => ({
        targetGroupArn: ctx.ref({ resource: balancer.targetGroup, attribute: "arn" }),
        containerName: balancer.containerName,
        containerPort: balancer.containerPort,
      })),
      ...(service.healthCheckGracePeriodSeconds === undefined
        ? {}
        : { healthCheckGracePeriodSeconds: service.healthCheckGracePeriodSeconds }),
      deploymentMinimumHealthyPercent: service.deployment.minimumHealthyPercent,
      deploymentMaximumPercent: service.deployment.maximumPercent,
      deploymentCircuitBreaker: {
        enable: service.deployment.circuitBreaker.enable,
        rollback: service.deployment.circuitBreaker.rollback,
      },
      enableExecuteCommand: service.enableExecuteCommand,
      propagateTags: service.propagateTags,
      enableEcsManagedTags: service.enableEcsManagedTags,
      ...tagsArgument(service.tags),
      // e.g. the listener rule: ECS refuses a target group not yet attached to a load balancer.
      dependsOn: service.dependsOn.map((id) => ctx.dependency(id)),
    });
  },
};
