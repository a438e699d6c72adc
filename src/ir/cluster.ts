import type { ResourceId, StringValue, Tags } from "./refs.js";

/** How ECS Exec sessions of a cluster are logged and encrypted. */
export interface ExecuteCommandConfiguration {
  /** DEFAULT: each task's awslogs group · NONE: not logged · OVERRIDE: the given log group. */
  readonly logging: "DEFAULT" | "NONE" | "OVERRIDE";
  /** The stack's log group receiving session output; set exactly when logging is OVERRIDE. */
  readonly logGroup?: ResourceId;
  /** KMS key ARN encrypting session data between client and container. */
  readonly kmsKeyId?: string;
  /** The OVERRIDE log group is KMS-encrypted, so ECS must write to it encrypted. */
  readonly encryptedLogGroup?: boolean;
}

/** An ECS cluster. */
export interface ClusterResource {
  readonly kind: "cluster";
  readonly id: ResourceId;
  readonly name: string;
  /** CloudWatch Container Insights setting. */
  readonly containerInsights: "enabled" | "enhanced" | "disabled";
  readonly executeCommand: ExecuteCommandConfiguration;
  readonly tags: Tags;
}

/** One entry of a cluster's default capacity provider strategy. */
export interface ClusterStrategyItem {
  /** `FARGATE`/`FARGATE_SPOT`, or the name attribute of a capacity provider of this stack. */
  readonly provider: StringValue;
  readonly weight: number;
  readonly base: number;
}

/**
 * The capacity providers associated with a cluster and its default strategy. A resource of its
 * own rather than properties of the cluster: the association must wait for the capacity
 * providers, which wait for their Auto Scaling groups, which wait for the cluster.
 */
export interface ClusterCapacityProvidersResource {
  readonly kind: "clusterCapacityProviders";
  readonly id: ResourceId;
  readonly cluster: ResourceId;
  /** `FARGATE`/`FARGATE_SPOT` literals and name attributes of this stack's capacity providers. */
  readonly providers: readonly StringValue[];
  readonly defaultStrategy: readonly ClusterStrategyItem[];
}

/** An ECS capacity provider backed by an Auto Scaling group of this stack. */
export interface CapacityProviderResource {
  readonly kind: "capacityProvider";
  readonly id: ResourceId;
  readonly name: string;
  /** The group, referenced by ARN. */
  readonly autoScalingGroup: ResourceId;
  /** ECS managed scaling (always enabled): the group is kept `targetCapacity` % utilized. */
  readonly managedScaling: { readonly targetCapacity: number };
  /** Instances running tasks are protected from scale-in; needs the group's new-instance protection. */
  readonly managedTerminationProtection: boolean;
  /** ECS drains an instance's tasks before the group terminates it. */
  readonly managedDraining: boolean;
  readonly tags: Tags;
}

/** An EC2 launch template for ECS container instances. */
export interface LaunchTemplateResource {
  readonly kind: "launchTemplate";
  readonly id: ResourceId;
  readonly name: string;
  /** Id of the stack input holding the AMI id (resolved from SSM at deploy time). */
  readonly imageIdInput: string;
  /** Absent when the Auto Scaling group lists several instance types itself. */
  readonly instanceType?: string;
  readonly instanceProfile: ResourceId;
  /** Literal security group ids, or the id of a group of this stack. */
  readonly securityGroups: readonly StringValue[];
  /**
   * Whether the primary network interface gets a public IPv4 address. Always false today:
   * container instances sit in private subnets and reach AWS through NAT or VPC endpoints; it is
   * pinned so a public subnet's auto-assign setting cannot expose them.
   */
  readonly associatePublicIpAddress: false;
  /** Plain-text user data; backends base64-encode it as their engine requires. */
  readonly userData: string;
  /** Instance metadata service: IMDSv2 only, with a PUT hop limit. */
  readonly metadata: { readonly httpTokens: "required"; readonly httpPutResponseHopLimit: number };
  readonly rootVolume: { readonly deviceName: string; readonly sizeGiB?: number; readonly volumeType: "gp3"; readonly encrypted: boolean };
  /** Tags of the launch template itself and of the volumes it creates. */
  readonly tags: Tags;
}

/** A tag of an Auto Scaling group, optionally copied to the instances it launches. */
export interface GroupTag {
  readonly key: string;
  readonly value: string;
  readonly propagateAtLaunch: boolean;
}

/** An EC2 Auto Scaling group launching ECS container instances. */
export interface AutoScalingGroupResource {
  readonly kind: "autoScalingGroup";
  readonly id: ResourceId;
  readonly name: string;
  readonly minSize: number;
  readonly maxSize: number;
  readonly subnets: readonly string[];
  /** Launched at its latest version, so a new AMI reaches new instances on the next deploy. */
  readonly launchTemplate: ResourceId;
  /** Instance types of a mixed instances policy, in priority order; empty when the launch template names the one type. */
  readonly instanceTypeOverrides: readonly string[];
  /** New instances start protected from scale-in (required by managed termination protection). */
  readonly protectFromScaleIn: boolean;
  /** Delete the group without waiting for (protected) instances to scale in. */
  readonly forceDelete: boolean;
  /** ECS managed scaling owns the desired capacity: deploys must not reset it. */
  readonly externallyManaged: readonly "desiredCapacity"[];
  /** Sorted by key. */
  readonly tags: readonly GroupTag[];
  /** Resources that must exist first and be deleted last (the cluster, so instances register and drain). */
  readonly dependsOn: readonly ResourceId[];
}

/** An IAM instance profile carrying one role to EC2 instances. */
export interface InstanceProfileResource {
  readonly kind: "instanceProfile";
  readonly id: ResourceId;
  readonly name: string;
  readonly role: ResourceId;
}
