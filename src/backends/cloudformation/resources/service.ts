import type { ServiceResource } from "../../../ir/index.js";
import type { References } from "../attributes.js";
import { cfnTags, nonEmpty, type CfnResource } from "../values.js";

/**
 * `service` → `AWS::ECS::Service`. Security groups may be literal ids or the id of a group this
 * stack creates; the IR's `dependsOn` becomes the resource-level `DependsOn` (the listener rule
 * must exist before ECS registers targets, or the first deployment fails).
 */
export function serviceResource(service: ServiceResource, refs: References): CfnResource {
  return {
    Type: "AWS::ECS::Service",
    DependsOn: nonEmpty(service.dependsOn.map((id) => refs.logicalId(id))),
    Properties: {
      ServiceName: service.name,
      Cluster: service.cluster,
      TaskDefinition: refs.attribute({ resource: service.taskDefinition, attribute: "arn" }, "taskDefinition"),
      // With auto scaling owning the count, omitting DesiredCount is CloudFormation's way to keep
      // an update from resetting it (the count is only set when the service is created).
      DesiredCount: service.externallyManaged.includes("desiredCount") ? undefined : service.desiredCount,
      LaunchType: service.launchType,
      CapacityProviderStrategy: nonEmpty(
        service.capacityProviderStrategy.map((item) => ({ CapacityProvider: item.provider, Weight: item.weight, Base: item.base })),
      ),
      PlatformVersion: service.platformVersion,
      SchedulingStrategy: service.schedulingStrategy,
      NetworkConfiguration: service.network && {
        AwsvpcConfiguration: {
          AssignPublicIp: service.network.assignPublicIp ? "ENABLED" : "DISABLED",
          SecurityGroups: service.network.securityGroups.map((group) => refs.value(group)),
          Subnets: [...service.network.subnets],
        },
      },
      PlacementConstraints: nonEmpty(service.placementConstraints.map((c) => ({ Type: c.type, Expression: c.expression }))),
      PlacementStrategies: nonEmpty(service.placementStrategy.map((p) => ({ Type: p.type, Field: p.field }))),
      LoadBalancers: nonEmpty(
        service.loadBalancers.map((target) => ({
          TargetGroupArn: refs.attribute({ resource: target.targetGroup, attribute: "arn" }, "targetGroup"),
          ContainerName: target.containerName,
          ContainerPort: target.containerPort,
        })),
      ),
      HealthCheckGracePeriodSeconds: service.healthCheckGracePeriodSeconds,
      DeploymentController: { Type: service.deploymentController },
      DeploymentConfiguration: {
        MinimumHealthyPercent: service.deployment.minimumHealthyPercent,
        MaximumPercent: service.deployment.maximumPercent,
        DeploymentCircuitBreaker: {
          Enable: service.deployment.circuitBreaker.enable,
          Rollback: service.deployment.circuitBreaker.rollback,
        },
      },
      EnableExecuteCommand: service.enableExecuteCommand,
      PropagateTags: service.propagateTags,
      EnableECSManagedTags: service.enableEcsManagedTags,
      Tags: cfnTags(service.tags),
    },
  };
}
