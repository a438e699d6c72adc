import type { ClusterCapacityProvidersResource, ClusterResource, ExecuteCommandConfiguration, LogGroupResource, StringValue } from "../../ir/index.js";
import { defaultStrategyOf, execLogGroupName, fargateProviders } from "../../spec/cluster.js";
import { CLUSTER_IDS, providerIds, type ClusterLowerContext } from "./context.js";

/**
 * The log group ECS Exec sessions write to, when the cluster keeps its own (`exec.logging:
 * "cluster"`). Session output is what an operator typed and saw inside a container, so when the
 * cluster names a KMS key for the sessions, the group is encrypted with the same key.
 */
export function lowerExecLogGroup(ctx: ClusterLowerContext): LogGroupResource | undefined {
  const { exec } = ctx.spec;
  if (exec.logging !== "cluster") return undefined;
  return {
    kind: "logGroup",
    id: CLUSTER_IDS.execLogGroup,
    name: execLogGroupName(ctx.spec),
    retentionDays: exec.retentionDays,
    ...(exec.kmsKey === undefined ? {} : { kmsKey: exec.kmsKey }),
    retainOnDelete: false,
    tags: ctx.tags,
  };
}

/** ECS Exec settings in ECS's terms: DEFAULT logs to each task's awslogs group, OVERRIDE to the cluster's. */
function executeCommand(ctx: ClusterLowerContext): ExecuteCommandConfiguration {
  const { exec } = ctx.spec;
  const key = exec.kmsKey === undefined ? {} : { kmsKeyId: exec.kmsKey };
  switch (exec.logging) {
    case "task":
      return { logging: "DEFAULT", ...key };
    case "none":
      return { logging: "NONE", ...key };
    case "cluster":
      return { logging: "OVERRIDE", logGroup: CLUSTER_IDS.execLogGroup, ...key, ...(exec.kmsKey === undefined ? {} : { encryptedLogGroup: true }) };
  }
}

/** The ECS cluster itself: name, Container Insights, ECS Exec. */
export function lowerCluster(ctx: ClusterLowerContext): ClusterResource {
  return {
    kind: "cluster",
    id: CLUSTER_IDS.cluster,
    name: ctx.spec.name,
    containerInsights: ctx.spec.containerInsights,
    executeCommand: executeCommand(ctx),
    tags: ctx.tags,
  };
}

/**
 * The association of the cluster with its capacity providers and the default strategy. EC2
 * providers are referenced through their capacity provider resources (not by literal name), so
 * the association waits until they exist, and is removed before them.
 */
export function lowerClusterCapacityProviders(ctx: ClusterLowerContext): ClusterCapacityProvidersResource {
  const ec2 = new Map<string, StringValue>(
    ctx.spec.capacityProviders.ec2.map((provider) => [provider.name, { resource: providerIds(provider).capacityProvider, attribute: "name" }]),
  );
  const provider = (name: string): StringValue => ec2.get(name) ?? name;
  return {
    kind: "clusterCapacityProviders",
    id: CLUSTER_IDS.capacityProviders,
    cluster: CLUSTER_IDS.cluster,
    providers: [...fargateProviders(ctx.spec), ...ec2.values()],
    defaultStrategy: defaultStrategyOf(ctx.spec).map((item) => ({ provider: provider(item.provider), weight: item.weight, base: item.base })),
  };
}
