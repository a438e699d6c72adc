import { EcsService, type EcsServiceServiceRegistries } from "@cdktf/provider-aws/lib/ecs-service/index.js";
import type { ExternallyManaged, ServiceResource } from "../../../ir/index.js";
import type { EmitContext, KindEmitter } from "../context.js";
import { primaryName } from "../names.js";
import { tagsArgument } from "./tags.js";
import { nonEmpty, optional } from "./arguments.js";
import { tfVolumeConfiguration } from "./volumes.js";
import { tfServiceConnect } from "./service-connect.js";
import { targetGroupArnOf } from "./target-group-arn.js";

/** The aws_ecs_service attribute behind each externally managed IR attribute. */
const IGNORED_ATTRIBUTE: Readonly<Record<ExternallyManaged, string>> = {
  desiredCount: "desired_count",
  taskDefinition: "task_definition",
  loadBalancers: "load_balancer",
};

/**
 * The `service_registries` block: one at most (ECS's limit, and the provider's `max_items`). The
 * Cloud Map service is referenced by ARN, which also orders it before the ECS service.
 */
function serviceRegistry(service: ServiceResource, ctx: EmitContext): EcsServiceServiceRegistries | undefined {
  const [registry, ...more] = service.serviceRegistries;
  if (more.length > 0) throw new Error(`berth bug: service ${service.id} has more than one service registry`);
  if (!registry) return undefined;
  return {
    registryArn: ctx.ref({ resource: registry.registry, attribute: "arn" }),
    ...optional("containerName", registry.containerName),
    ...optional("containerPort", registry.containerPort),
  };
}

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
      ...(service.desiredCount === undefined ? {} : { desiredCount: service.desiredCount }),
      ...(service.launchType === undefined ? {} : { launchType: service.launchType }),
      ...nonEmpty(
        "capacityProviderStrategy",
        service.capacityProviderStrategy.map((item) => ({ capacityProvider: item.provider, weight: item.weight, base: item.base })),
      ),
      ...(service.platformVersion === undefined ? {} : { platformVersion: service.platformVersion }),
      schedulingStrategy: service.schedulingStrategy,
      ...(service.network === undefined
        ? {}
        : {
            networkConfiguration: {
              subnets: [...service.network.subnets],
              securityGroups: service.network.securityGroups.map((group) => ctx.value(group)),
              assignPublicIp: service.network.assignPublicIp,
            },
          }),
      ...nonEmpty(
        "placementConstraints",
        service.placementConstraints.map((c) => ({ type: c.type, ...(c.expression === undefined ? {} : { expression: c.expression }) })),
      ),
      ...nonEmpty(
        "orderedPlacementStrategy",
        service.placementStrategy.map((p) => ({ type: p.type, ...(p.field === undefined ? {} : { field: p.field }) })),
      ),
      deploymentController: { type: service.deploymentController },
      loadBalancer: service.loadBalancers.map((balancer) => ({
        targetGroupArn: targetGroupArnOf(balancer.targetGroup, ctx),
        containerName: balancer.containerName,
        containerPort: balancer.containerPort,
      })),
      ...optional("serviceRegistries", serviceRegistry(service, ctx)),
      ...tfServiceConnect(service.serviceConnect, ctx),
      ...(service.healthCheckGracePeriodSeconds === undefined
        ? {}
        : { healthCheckGracePeriodSeconds: service.healthCheckGracePeriodSeconds }),
      ...optional("deploymentMinimumHealthyPercent", service.deployment.minimumHealthyPercent),
      ...optional("deploymentMaximumPercent", service.deployment.maximumPercent),
      // Absent under CODE_DEPLOY, which has no circuit breaker and no deployment alarms.
      ...optional("deploymentCircuitBreaker", service.deployment.circuitBreaker && { ...service.deployment.circuitBreaker }),
      ...optional(
        "alarms",
        service.deployment.alarms && {
          alarmNames: service.deployment.alarms.names.map((name) => ctx.value(name)),
          enable: true,
          rollback: service.deployment.alarms.rollback,
        },
      ),
      ...tfVolumeConfiguration(service.volumeConfigurations, ctx),
      enableExecuteCommand: service.enableExecuteCommand,
      propagateTags: service.propagateTags,
      enableEcsManagedTags: service.enableEcsManagedTags,
      ...tagsArgument(service.tags),
      // Attributes auto scaling or CodeDeploy own after creation: an apply must not reset them.
      ...(service.externallyManaged.length === 0
        ? {}
        : { lifecycle: { ignoreChanges: service.externallyManaged.map((attribute) => IGNORED_ATTRIBUTE[attribute]) } }),
      // e.g. the listener rule: ECS refuses a target group not yet attached to a load balancer.
      dependsOn: service.dependsOn.map((id) => ctx.dependency(id)),
    });
  },
};
