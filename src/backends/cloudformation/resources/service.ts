import type { ServiceResource } from "../../../ir/index.js";
import type { References } from "../attributes.js";
import { cfnVolumeConfigurations } from "./volumes.js";
import { cfnServiceConnect } from "./service-connect.js";
import { cfnTags, nonEmpty, type CfnObject, type CfnResource, type CfnValue } from "../values.js";
import { targetGroupArn } from "./load-balancer.js";

/**
 * The task definition as the service names it. Normally the revision (`!Ref TaskDefinition`).
 * When CodeDeploy owns it (blue/green), CloudFormation's rule for CODE_DEPLOY services applies:
 * UpdateService cannot change their task definition ("Unable to update task definition on
 * services with a CODE_DEPLOY deployment controller"), so the template must never present a
 * new one. The family name is such a value: at creation ECS resolves it to the latest ACTIVE
 * revision (the one this stack registers; DependsOn orders it), and since it never changes, no
 * later stack update, whatever it does to the task definition, asks ECS to change the running
 * revision. New revisions reach the tasks through CodeDeploy deployments only.
 */
function taskDefinitionValue(service: ServiceResource, refs: References): CfnValue {
  if (!service.externallyManaged.includes("taskDefinition")) {
    return refs.attribute({ resource: service.taskDefinition, attribute: "arn" }, "taskDefinition");
  }
  if (service.taskDefinitionFamily === undefined) throw new Error(`CloudFormation backend: service ${service.id} has an externally managed task definition but no family`);
  return service.taskDefinitionFamily;
}

/** `DeploymentConfiguration`, or undefined when the IR sets nothing (CODE_DEPLOY on Fargate). */
function deploymentConfiguration(service: ServiceResource, refs: References): CfnObject | undefined {
  const { minimumHealthyPercent, maximumPercent, circuitBreaker, alarms } = service.deployment;
  const config: CfnObject = {
    MinimumHealthyPercent: minimumHealthyPercent,
    MaximumPercent: maximumPercent,
    DeploymentCircuitBreaker: circuitBreaker && { Enable: circuitBreaker.enable, Rollback: circuitBreaker.rollback },
    // ECS deployment alarms: the deployment fails (and rolls back) while one is in ALARM.
    Alarms: alarms && { AlarmNames: alarms.names.map((name) => refs.value(name)), Enable: true, Rollback: alarms.rollback },
  };
  return Object.values(config).every((v) => v === undefined) ? undefined : config;
}

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
      TaskDefinition: taskDefinitionValue(service, refs),
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
      // Under CODE_DEPLOY the list names the blue target group for good: it only changes if the
      // target group is replaced, which CloudFormation could not apply to such a service anyway.
      LoadBalancers: nonEmpty(
        service.loadBalancers.map((target) => ({
          TargetGroupArn: targetGroupArn(target.targetGroup, refs),
          ContainerName: target.containerName,
          ContainerPort: target.containerPort,
        })),
      ),
      // The Cloud Map service is referenced by ARN, which also orders it before the service.
      ServiceRegistries: nonEmpty(
        service.serviceRegistries.map((registry) => ({
          RegistryArn: refs.attribute({ resource: registry.registry, attribute: "arn" }, "discoveryService"),
          ContainerName: registry.containerName,
          ContainerPort: registry.containerPort,
        })),
      ),
      ServiceConnectConfiguration: cfnServiceConnect(service.serviceConnect, refs),
      HealthCheckGracePeriodSeconds: service.healthCheckGracePeriodSeconds,
      DeploymentController: { Type: service.deploymentController },
      DeploymentConfiguration: deploymentConfiguration(service, refs),
      VolumeConfigurations: cfnVolumeConfigurations(service.volumeConfigurations, refs),
      EnableExecuteCommand: service.enableExecuteCommand,
      PropagateTags: service.propagateTags,
      EnableECSManagedTags: service.enableEcsManagedTags,
      Tags: cfnTags(service.tags),
    },
  };
}
