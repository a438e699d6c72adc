import type { ResourceId, StringValue, Tags } from "./refs.js";
import type { ImportRef } from "./stack.js";
import type { ServiceConnectConfiguration } from "./service-connect.js";
import type { TargetGroupTarget } from "./load-balancer.js";

/** One entry of a capacity provider strategy. */
export interface CapacityProviderStrategyItem {
  readonly provider: string;
  readonly weight: number;
  readonly base: number;
}

/** A placement constraint (EC2 only). */
export interface PlacementConstraint {
  readonly type: "distinctInstance" | "memberOf";
  readonly expression?: string;
}

/** A placement strategy (EC2 only). */
export interface PlacementStrategy {
  readonly type: "spread" | "binpack" | "random";
  readonly field?: string;
}

/**
 * Service attributes another system owns after the first deploy: auto scaling owns the task
 * count, CodeDeploy the task definition and load balancers. Backends make sure an infra deploy
 * does not reset them (Terraform `ignore_changes`; CloudFormation by omission or its own rules).
 */
export type ExternallyManaged = "desiredCount" | "taskDefinition" | "loadBalancers";

/**
 * Where the tasks register in Cloud Map. For SRV records ECS needs the container and port to
 * publish (a port of the task definition); A records carry only the IP address, so neither is set.
 */
export interface ServiceRegistry {
  /** The Cloud Map service of this stack, referenced by ARN. */
  readonly registry: ResourceId;
  readonly containerName?: string;
  readonly containerPort?: number;
}

/** An EBS volume ECS creates and attaches to each task at launch (a `configuredAtLaunch` task volume). */
export interface ManagedEbsVolume {
  /** The task volume's name. */
  readonly name: string;
  /** The ECS infrastructure role ECS manages the volume with. */
  readonly role: ResourceId;
  readonly sizeGiB: number;
  readonly volumeType: string;
  readonly iops?: number;
  readonly throughput?: number;
  readonly encrypted: boolean;
  readonly kmsKey?: string;
  readonly fileSystemType?: "xfs" | "ext3" | "ext4";
  readonly snapshotId?: string;
}

/** An ECS service keeping `desiredCount` copies of a task running (or one per instance, for DAEMON). */
export interface ServiceResource {
  readonly kind: "service";
  readonly id: ResourceId;
  readonly name: string;
  /** Cluster name or ARN. */
  readonly cluster: string;
  readonly taskDefinition: ResourceId;
  /**
   * Set when CodeDeploy owns the task definition (blue/green): the task definition's family. A
   * backend that cannot ignore later changes of the service's task definition (CloudFormation)
   * references it by family instead, a value no stack update ever changes.
   */
  readonly taskDefinitionFamily?: string;
  /** Absent for DAEMON services. */
  readonly desiredCount?: number;
  /** Absent when a capacity provider strategy is used (the two are mutually exclusive). */
  readonly launchType?: "FARGATE" | "EC2";
  readonly capacityProviderStrategy: readonly CapacityProviderStrategyItem[];
  /** Fargate platform version; absent on EC2. */
  readonly platformVersion?: "LATEST";
  readonly schedulingStrategy: "REPLICA" | "DAEMON";
  /** awsvpc configuration; absent in bridge/host network mode. */
  readonly network?: {
    readonly subnets: readonly string[];
    readonly securityGroups: readonly StringValue[];
    readonly assignPublicIp: boolean;
  };
  readonly placementConstraints: readonly PlacementConstraint[];
  readonly placementStrategy: readonly PlacementStrategy[];
  /** Target groups the tasks register in (ECS allows 5): created ones by id, existing ones by ARN. */
  readonly loadBalancers: readonly { readonly targetGroup: TargetGroupTarget; readonly containerName: string; readonly containerPort: number }[];
  /** Cloud Map registries the tasks join: empty, or one (ECS supports one per service). */
  readonly serviceRegistries: readonly ServiceRegistry[];
  /** ECS Service Connect; absent when the service does not use it. */
  readonly serviceConnect?: ServiceConnectConfiguration;
  /** Seconds; only set when the service is behind a load balancer. */
  readonly healthCheckGracePeriodSeconds?: number;
  /** Who rolls out new task definitions: ECS itself (rolling) or CodeDeploy (blue/green). */
  readonly deploymentController: "ECS" | "CODE_DEPLOY";
  readonly deployment: {
    /** Absent under CODE_DEPLOY on Fargate, where ECS does not use them. */
    readonly minimumHealthyPercent?: number;
    readonly maximumPercent?: number;
    /** Absent under CODE_DEPLOY: the circuit breaker is a rolling-deploy feature. */
    readonly circuitBreaker?: { readonly enable: boolean; readonly rollback: boolean };
    /** ECS deployment alarms (rolling only): names, literal or of alarms this stack creates. */
    readonly alarms?: { readonly names: readonly StringValue[]; readonly rollback: boolean };
  };
  readonly externallyManaged: readonly ExternallyManaged[];
  readonly enableExecuteCommand: boolean;
  readonly propagateTags: "TASK_DEFINITION";
  readonly enableEcsManagedTags: boolean;
  /** EBS volumes ECS creates for each task at launch (at most one; ECS's limit). */
  readonly volumeConfigurations: readonly ManagedEbsVolume[];
  /** Resources that must exist before the service is created (e.g. the listener rule of its target group). */
  readonly dependsOn: readonly ResourceId[];
  readonly tags: Tags;
}
