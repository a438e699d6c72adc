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
      DesiredCount: service.desiredCount,
      LaunchType: service.launchType,
      PlatformVersion: service.platformVersion,
      NetworkConfiguration: {
        AwsvpcConfiguration: {
          AssignPublicIp: service.network.assignPublicIp ? "ENABLED" : "DISABLED",
          SecurityGroups: service.network.securityGroups.map((group) => refs.value(group)),
          Subnets: [...service.network.subnets],
        },
      },
      LoadBalancers: nonEmpty(
        service.loadBalancers.map((target) => ({
          TargetGroupArn: refs.attribute({ resource: target.targetGroup, attribute: "arn" }, "targetGroup"),
          ContainerName: target.containerName,
          ContainerPort: target.containerPort,
        })),
      ),
      HealthCheckGracePeriodSeconds: service.healthCheckGracePeriodSeconds,
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
