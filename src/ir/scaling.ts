import type { MetricDimension } from "./alarms.js";
import type { ResourceId, StringValue, Tags } from "./refs.js";

/**
 * A string assembled from literals and attributes of other resources, in order: e.g.
 * `["service/prod-cluster/", { resource: "Service", attribute: "name" }]`. Referencing rather than
 * repeating a name makes the engine create the referenced resource first. Backends render it as
 * `!Sub` (CloudFormation) or an interpolated string (Terraform).
 */
export interface Concatenation {
  readonly parts: readonly StringValue[];
}

/** A scheduled change of a scalable target's bounds. */
export interface ScheduledScalingAction {
  /** Unique per scalable target. */
  readonly name: string;
  /** `cron(…)`, `rate(…)` or `at(…)`. */
  readonly schedule: string;
  /** IANA time zone; absent means UTC. */
  readonly timezone?: string;
  readonly minCapacity?: number;
  readonly maxCapacity?: number;
}

/**
 * An Application Auto Scaling scalable target: the task count of one ECS service, kept within
 * min..max, plus its scheduled actions. The service-linked role of Application Auto Scaling is
 * used, so no role is part of the IR.
 */
export interface ScalableTargetResource {
  readonly kind: "scalableTarget";
  readonly id: ResourceId;
  readonly serviceNamespace: "ecs";
  readonly scalableDimension: "ecs:service:DesiredCount";
  /** `service/<cluster name>/<service name>`, referencing the service so it is registered after it exists. */
  readonly resourceId: Concatenation;
  readonly minCapacity: number;
  readonly maxCapacity: number;
  /** In spec order. */
  readonly scheduledActions: readonly ScheduledScalingAction[];
  readonly tags: Tags;
}

/** A target tracking metric ECS or ALB publishes, by Application Auto Scaling's predefined name. */
export interface PredefinedScalingMetric {
  readonly kind: "predefined";
  readonly type: "ECSServiceAverageCPUUtilization" | "ECSServiceAverageMemoryUtilization" | "ALBRequestCountPerTarget";
  /** For ALBRequestCountPerTarget: `app/<lb name>/<lb id>/targetgroup/<tg name>/<tg id>`. */
  readonly resourceLabel?: Concatenation;
}

/** One query of a metric math specification: a metric, or an expression over other queries. */
export interface MetricQuery {
  /** Lower-case id other expressions refer to, e.g. `m1`. */
  readonly id: string;
  readonly label: string;
  /** Exactly one query of a specification returns data: the value that is tracked. */
  readonly returnData: boolean;
  readonly expression?: string;
  readonly metric?: {
    readonly namespace: string;
    readonly metricName: string;
    /** Sorted by name. */
    readonly dimensions: readonly MetricDimension[];
    readonly stat: "Average" | "Sum" | "Maximum" | "Minimum" | "SampleCount";
  };
}

/** A metric computed with CloudWatch metric math (e.g. SQS backlog per running task). */
export interface MetricMathScalingMetric {
  readonly kind: "math";
  readonly queries: readonly MetricQuery[];
}

/** Keep a metric near a target value; Application Auto Scaling creates and owns the alarms. */
export interface TargetTrackingPolicy {
  readonly type: "targetTracking";
  readonly targetValue: number;
  readonly metric: PredefinedScalingMetric | MetricMathScalingMetric;
  readonly scaleInCooldownSeconds: number;
  readonly scaleOutCooldownSeconds: number;
  readonly disableScaleIn: boolean;
}

/**
 * One step: applies while the metric is between threshold + lower and threshold + upper (bounds
 * are relative to the alarm threshold; absent = unbounded on that side).
 */
export interface StepAdjustment {
  readonly lowerBound?: number;
  readonly upperBound?: number;
  readonly adjustment: number;
}

/** Change capacity in steps when an alarm (a separate `alarm` resource) fires. */
export interface StepScalingPolicy {
  readonly type: "step";
  readonly adjustmentType: "ChangeInCapacity" | "PercentChangeInCapacity" | "ExactCapacity";
  readonly cooldownSeconds: number;
  readonly metricAggregationType: "Average" | "Minimum" | "Maximum";
  readonly minAdjustmentMagnitude?: number;
  /** Ordered from the threshold outwards; contiguous, without overlaps. */
  readonly steps: readonly StepAdjustment[];
}

/** An Application Auto Scaling policy attached to a scalable target of the same stack. */
export interface ScalingPolicyResource {
  readonly kind: "scalingPolicy";
  readonly id: ResourceId;
  /** Unique per scalable target. */
  readonly name: string;
  /** The `scalableTarget` resource the policy scales. */
  readonly target: ResourceId;
  /** The target's namespace and dimension again: Terraform names all three, CloudFormation only the target. */
  readonly serviceNamespace: ScalableTargetResource["serviceNamespace"];
  readonly scalableDimension: ScalableTargetResource["scalableDimension"];
  readonly policy: TargetTrackingPolicy | StepScalingPolicy;
  /**
   * Policies of one target are created one after another: Application Auto Scaling rejects
   * concurrent changes to one scalable target (ConcurrentUpdateException).
   */
  readonly dependsOn: readonly ResourceId[];
}
