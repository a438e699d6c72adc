import type { ResourceId, StringValue, Tags } from "./refs.js";

/** An ECS service keeping `desiredCount` copies of a task running. */
export interface ServiceResource {
  readonly kind: "service";
  readonly id: ResourceId;
  readonly name: string;
  /** Cluster name or ARN, as given in the spec. */
  readonly cluster: string;
  readonly taskDefinition: ResourceId;
  readonly desiredCount: number;
  readonly launchType: "FARGATE";
  readonly platformVersion: "LATEST";
  readonly network: {
    readonly subnets: readonly string[];
    readonly securityGroups: readonly StringValue[];
    readonly assignPublicIp: boolean;
  };
  readonly loadBalancers: readonly { readonly targetGroup: ResourceId; readonly containerName: string; readonly containerPort: number }[];
  /** Seconds; only set when the service is behind a load balancer. */
  readonly healthCheckGracePeriodSeconds?: number;
  readonly deployment: {
    readonly minimumHealthyPercent: number;
    readonly maximumPercent: number;
    readonly circuitBreaker: { readonly enable: boolean; readonly rollback: boolean };
  };
  readonly enableExecuteCommand: boolean;
  readonly propagateTags: "TASK_DEFINITION";
  readonly enableEcsManagedTags: boolean;
  /** Resources that must exist before the service is created (e.g. the listener rule of its target group). */
  readonly dependsOn: readonly ResourceId[];
  readonly tags: Tags;
}
