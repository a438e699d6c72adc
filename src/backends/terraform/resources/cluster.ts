import { EcsCapacityProvider } from "@cdktf/provider-aws/lib/ecs-capacity-provider/index.js";
import { EcsCluster } from "@cdktf/provider-aws/lib/ecs-cluster/index.js";
import { EcsClusterCapacityProviders } from "@cdktf/provider-aws/lib/ecs-cluster-capacity-providers/index.js";
import type { CapacityProviderResource, ClusterCapacityProvidersResource, ClusterResource } from "../../../ir/index.js";
import type { KindEmitter } from "../context.js";
import { primaryName } from "../names.js";
import { optional } from "./arguments.js";
import { tagsArgument } from "./tags.js";

/** ECS's enum for on/off settings of a capacity provider. */
function enabled(on: boolean): "ENABLED" | "DISABLED" {
  return on ? "ENABLED" : "DISABLED";
}

/**
 * `cluster` → `aws_ecs_cluster` with Container Insights and the ECS Exec configuration. The
 * provider's `id` of a cluster is its ARN; capacity providers are associated by
 * `aws_ecs_cluster_capacity_providers`, as the provider documents.
 */
export const clusterEmitter: KindEmitter<ClusterResource> = {
  attributes: { name: "name", arn: "arn", id: "id" },
  emit(cluster, ctx) {
    const exec = cluster.executeCommand;
    return ctx.create(EcsCluster, primaryName(cluster.id), {
      name: cluster.name,
      setting: [{ name: "containerInsights", value: cluster.containerInsights }],
      configuration: {
        executeCommandConfiguration: {
          logging: exec.logging,
          ...optional("kmsKeyId", exec.kmsKeyId),
          ...(exec.logGroup === undefined
            ? {}
            : {
                logConfiguration: {
                  cloudWatchLogGroupName: ctx.ref({ resource: exec.logGroup, attribute: "name" }),
                  ...(exec.encryptedLogGroup ? { cloudWatchEncryptionEnabled: true } : {}),
                },
              }),
        },
      },
      ...tagsArgument(cluster.tags),
    });
  },
};

/** `clusterCapacityProviders` → `aws_ecs_cluster_capacity_providers`. */
export const clusterCapacityProvidersEmitter: KindEmitter<ClusterCapacityProvidersResource> = {
  attributes: { id: "id" },
  emit(association, ctx) {
    return ctx.create(EcsClusterCapacityProviders, primaryName(association.id), {
      clusterName: ctx.ref({ resource: association.cluster, attribute: "name" }),
      capacityProviders: association.providers.map((provider) => ctx.value(provider)),
      defaultCapacityProviderStrategy: association.defaultStrategy.map((item) => ({
        capacityProvider: ctx.value(item.provider),
        weight: item.weight,
        base: item.base,
      })),
    });
  },
};

/** `capacityProvider` → `aws_ecs_capacity_provider` for an Auto Scaling group of the stack. */
export const capacityProviderEmitter: KindEmitter<CapacityProviderResource> = {
  attributes: { name: "name", arn: "arn", id: "id" },
  emit(provider, ctx) {
    return ctx.create(EcsCapacityProvider, primaryName(provider.id), {
      name: provider.name,
      autoScalingGroupProvider: {
        autoScalingGroupArn: ctx.ref({ resource: provider.autoScalingGroup, attribute: "arn" }),
        managedScaling: { status: "ENABLED", targetCapacity: provider.managedScaling.targetCapacity },
        managedTerminationProtection: enabled(provider.managedTerminationProtection),
        managedDraining: enabled(provider.managedDraining),
      },
      ...tagsArgument(provider.tags),
    });
  },
};
