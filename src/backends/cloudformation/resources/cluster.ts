import type { CapacityProviderResource, ClusterCapacityProvidersResource, ClusterResource } from "../../../ir/index.js";
import type { References } from "../attributes.js";
import { cfnTags, type CfnObject, type CfnResource } from "../values.js";

/** ECS's enum for on/off settings of a capacity provider. */
function enabled(on: boolean): "ENABLED" | "DISABLED" {
  return on ? "ENABLED" : "DISABLED";
}

/**
 * `cluster` → `AWS::ECS::Cluster` with Container Insights and the ECS Exec configuration. The
 * capacity providers are not set here but by the association resource, as AWS recommends for
 * templates that also create the providers (otherwise the cluster and the providers' Auto
 * Scaling groups would depend on each other).
 */
export function clusterResource(cluster: ClusterResource, refs: References): CfnResource {
  const exec = cluster.executeCommand;
  const logConfiguration: CfnObject | undefined =
    exec.logGroup === undefined
      ? undefined
      : {
          CloudWatchLogGroupName: refs.attribute({ resource: exec.logGroup, attribute: "name" }, "logGroup"),
          ...(exec.encryptedLogGroup ? { CloudWatchEncryptionEnabled: true } : {}),
        };
  return {
    Type: "AWS::ECS::Cluster",
    Properties: {
      ClusterName: cluster.name,
      ClusterSettings: [{ Name: "containerInsights", Value: cluster.containerInsights }],
      Configuration: {
        ExecuteCommandConfiguration: { Logging: exec.logging, LogConfiguration: logConfiguration, KmsKeyId: exec.kmsKeyId },
      },
      Tags: cfnTags(cluster.tags),
    },
  };
}

/** `clusterCapacityProviders` → `AWS::ECS::ClusterCapacityProviderAssociations`. */
export function clusterCapacityProvidersResource(association: ClusterCapacityProvidersResource, refs: References): CfnResource {
  return {
    Type: "AWS::ECS::ClusterCapacityProviderAssociations",
    Properties: {
      Cluster: refs.attribute({ resource: association.cluster, attribute: "name" }, "cluster"),
      CapacityProviders: association.providers.map((provider) => refs.value(provider)),
      DefaultCapacityProviderStrategy: association.defaultStrategy.map((item) => ({
        CapacityProvider: refs.value(item.provider),
        Weight: item.weight,
        Base: item.base,
      })),
    },
  };
}

/**
 * `capacityProvider` → `AWS::ECS::CapacityProvider` for an Auto Scaling group of the stack,
 * with managed scaling always on (the point of a capacity provider) and the group by ARN.
 */
export function capacityProviderResource(provider: CapacityProviderResource, refs: References): CfnResource {
  return {
    Type: "AWS::ECS::CapacityProvider",
    Properties: {
      Name: provider.name,
      AutoScalingGroupProvider: {
        AutoScalingGroupArn: refs.attribute({ resource: provider.autoScalingGroup, attribute: "arn" }, "autoScalingGroup"),
        ManagedScaling: { Status: "ENABLED", TargetCapacity: provider.managedScaling.targetCapacity },
        ManagedTerminationProtection: enabled(provider.managedTerminationProtection),
        ManagedDraining: enabled(provider.managedDraining),
      },
      Tags: cfnTags(provider.tags),
    },
  };
}
