import type { ResourceId, StringValue, Tags } from "./refs.js";

/** One dimension of a CloudWatch metric; the value may reference a resource (a target group's full name). */
export interface MetricDimension {
  readonly name: string;
  readonly value: StringValue;
}

/**
 * A CloudWatch metric alarm on one metric. Used by step scaling (the alarm triggers the policy)
 * and by deployments (ECS rolls back when a deployment alarm fires).
 */
export interface AlarmResource {
  readonly kind: "alarm";
  readonly id: ResourceId;
  readonly name: string;
  readonly description: string;
  readonly namespace: string;
  readonly metricName: string;
  /** Sorted by name. */
  readonly dimensions: readonly MetricDimension[];
  readonly statistic: "Average" | "Sum" | "Maximum" | "Minimum" | "SampleCount";
  readonly periodSeconds: number;
  readonly evaluationPeriods: number;
  readonly datapointsToAlarm: number;
  readonly threshold: number;
  readonly comparison: "GreaterThanOrEqualToThreshold" | "GreaterThanThreshold" | "LessThanThreshold" | "LessThanOrEqualToThreshold";
  readonly treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
  /** What the alarm triggers (e.g. a step scaling policy's ARN). */
  readonly alarmActions: readonly StringValue[];
  readonly tags: Tags;
}
