import type { Resource, Stack, StackOutput } from "../../ir/index.js";
import { associatedProviders } from "../../spec/cluster.js";
import type { ParsedCluster } from "../../spec/schema/index.js";
import { lowerCluster, lowerClusterCapacityProviders, lowerExecLogGroup } from "./cluster.js";
import { CLUSTER_IDS, createClusterContext, providerIds, type ClusterLowerContext } from "./context.js";
import {
  amiInput,
  lowerAutoScalingGroup,
  lowerCapacityProvider,
  lowerInstanceProfile,
  lowerInstanceRole,
  lowerInstanceSecurityGroup,
  lowerLaunchTemplate,
} from "./instances.js";
import { lowerNamespace, namespaceOutputs } from "./namespace.js";
import { overridesField } from "../overrides.js";

/**
 * Lowers a validated cluster spec into the IR: the cluster, one launch template, Auto Scaling
 * group and capacity provider per EC2 provider (with the shared instance role and profile), and
 * the association with the default strategy. Pure; assumes validation passed.
 */
export function lowerClusterSpec(spec: ParsedCluster, source: string): Stack {
  const ctx = createClusterContext(spec);
  const ec2 = spec.capacityProviders.ec2;
  const optional = (r: Resource | undefined): Resource[] => (r ? [r] : []);
  const resources: Resource[] = [
    ...optional(lowerExecLogGroup(ctx)),
    lowerCluster(ctx),
    ...optional(lowerNamespace(ctx)),
    ...(ec2.length > 0 ? [lowerInstanceRole(ctx), lowerInstanceProfile(ctx)] : []),
    ...ec2.flatMap((provider) => [
      ...optional(lowerInstanceSecurityGroup(ctx, provider)),
      lowerLaunchTemplate(ctx, provider),
      lowerAutoScalingGroup(ctx, provider),
      lowerCapacityProvider(ctx, provider),
    ]),
    lowerClusterCapacityProviders(ctx),
  ];
  return {
    name: spec.name,
    source,
    description: `berth: ECS cluster ${spec.name} (capacity providers: ${associatedProviders(spec).join(", ")}), generated from ${source}`,
    account: ctx.env.account,
    region: ctx.env.region,
    inputs: ec2.map(amiInput),
    resources,
    ...overridesField(spec),
    outputs: outputs(ctx, resources),
  };
}

function outputs(ctx: ClusterLowerContext, resources: readonly Resource[]): StackOutput[] {
  const has = (id: string) => resources.some((r) => r.id === id);
  const list: StackOutput[] = [
    { id: "ClusterName", description: "Name of the ECS cluster (what services name in `cluster`)", value: { resource: CLUSTER_IDS.cluster, attribute: "name" } },
    { id: "ClusterArn", description: "ARN of the ECS cluster", value: { resource: CLUSTER_IDS.cluster, attribute: "arn" } },
  ];
  for (const provider of ctx.spec.capacityProviders.ec2) {
    const ids = providerIds(provider);
    list.push(
      { id: `${ids.capacityProvider}Name`, description: `Name of capacity provider ${provider.name}`, value: { resource: ids.capacityProvider, attribute: "name" } },
      { id: `${ids.autoScalingGroup}Name`, description: `Auto Scaling group of capacity provider ${provider.name}`, value: { resource: ids.autoScalingGroup, attribute: "name" } },
    );
    if (has(ids.securityGroup)) {
      list.push({ id: `${ids.securityGroup}Id`, description: `Security group of ${provider.name}'s instances`, value: { resource: ids.securityGroup, attribute: "id" } });
    }
  }
  list.push(...namespaceOutputs(ctx));
  return list;
}
