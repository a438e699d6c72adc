import type { Tags } from "../../ir/index.js";
import { partitionOf } from "../../spec/aws-formats.js";
import { providerStem } from "../../spec/cluster.js";
import type { ParsedCluster } from "../../spec/schema/index.js";
import { sortedRecord, type Environment } from "../aws.js";

/** Logical ids of the cluster-wide resources. Stable: changing one replaces the resource. */
export const CLUSTER_IDS = {
  cluster: "Cluster",
  capacityProviders: "ClusterCapacityProviders",
  execLogGroup: "ExecLogGroup",
  instanceRole: "InstanceRole",
  instanceProfile: "InstanceProfile",
  namespace: "Namespace",
} as const;

/** Logical ids (and the AMI input id) of one EC2 capacity provider's resources, from its name. */
export function providerIds(provider: { readonly name: string }): {
  readonly securityGroup: string;
  readonly launchTemplate: string;
  readonly autoScalingGroup: string;
  readonly capacityProvider: string;
  readonly amiInput: string;
} {
  const stem = providerStem(provider.name);
  return {
    securityGroup: `${stem}SecurityGroup`,
    launchTemplate: `${stem}LaunchTemplate`,
    autoScalingGroup: `${stem}AutoScalingGroup`,
    capacityProvider: `${stem}CapacityProvider`,
    amiInput: `${stem}AmiId`,
  };
}

/** What every lowering function of one cluster shares. */
export interface ClusterLowerContext {
  readonly spec: ParsedCluster;
  readonly env: Environment;
  /** The spec's tags, keys sorted. */
  readonly tags: Tags;
}

/** Builds the shared context for one parsed cluster spec. */
export function createClusterContext(spec: ParsedCluster): ClusterLowerContext {
  return {
    spec,
    env: { account: spec.account, region: spec.region, partition: partitionOf(spec.region) },
    tags: sortedRecord(spec.tags),
  };
}
