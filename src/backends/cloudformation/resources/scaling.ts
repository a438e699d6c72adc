import type { Concatenation, MetricQuery, ScalableTargetResource, ScalingPolicyResource, StepScalingPolicy, TargetTrackingPolicy } from "../../../ir/index.js";
import type { References } from "../attributes.js";
import { GetAtt, Ref, Sub } from "../intrinsics.js";
import { cfnTags, nonEmpty, type CfnObject, type CfnResource, type CfnValue } from "../values.js";

/**
 * A concatenation as `!Sub`: literals verbatim (a literal `${` escaped as `${!`), references as
 * `${Id}` / `${Id.Attribute}`. A concatenation of literals only stays a plain string.
 */
export function concatenation(value: Concatenation, refs: References): string | Sub {
  if (value.parts.every((part) => typeof part === "string")) return value.parts.join("");
  const template = value.parts
    .map((part) => {
      if (typeof part === "string") return part.replaceAll("${", "${!");
      const intrinsic = refs.attribute(part);
      if (intrinsic instanceof Ref) return `\${${intrinsic.logicalId}}`;
      if (intrinsic instanceof GetAtt) return `\${${intrinsic.logicalId}.${intrinsic.attribute}}`;
      throw new Error(`CloudFormation backend: ${part.resource}.${part.attribute} cannot be interpolated`);
    })
    .join("");
  return new Sub(template);
}

/**
 * `scalableTarget` → `AWS::ApplicationAutoScaling::ScalableTarget` with its scheduled actions
 * inline. No `RoleARN`: Application Auto Scaling then uses (and creates if needed) its
 * service-linked role for ECS. The `ResourceId` interpolates the service's name, so the target
 * is registered only after the service exists.
 */
export function scalableTargetResource(target: ScalableTargetResource, refs: References): CfnResource {
  return {
    Type: "AWS::ApplicationAutoScaling::ScalableTarget",
    Properties: {
      ServiceNamespace: target.serviceNamespace,
      ScalableDimension: target.scalableDimension,
      ResourceId: concatenation(target.resourceId, refs),
      MinCapacity: target.minCapacity,
      MaxCapacity: target.maxCapacity,
      ScheduledActions: nonEmpty(
        target.scheduledActions.map((action) => ({
          ScheduledActionName: action.name,
          Schedule: action.schedule,
          Timezone: action.timezone,
          ScalableTargetAction: { MinCapacity: action.minCapacity, MaxCapacity: action.maxCapacity },
        })),
      ),
      Tags: cfnTags(target.tags),
    },
  };
}

/**
 * `scalingPolicy` → `AWS::ApplicationAutoScaling::ScalingPolicy`, attached through
 * `ScalingTargetId` (the target's `Ref`), which also orders it after the target.
 */
export function scalingPolicyResource(policy: ScalingPolicyResource, refs: References): CfnResource {
  const spec = policy.policy;
  return {
    Type: "AWS::ApplicationAutoScaling::ScalingPolicy",
    DependsOn: nonEmpty(policy.dependsOn.map((id) => refs.logicalId(id))),
    Properties: {
      PolicyName: policy.name,
      PolicyType: spec.type === "step" ? "StepScaling" : "TargetTrackingScaling",
      ScalingTargetId: refs.attribute({ resource: policy.target, attribute: "id" }, "scalableTarget"),
      StepScalingPolicyConfiguration: spec.type === "step" ? stepConfiguration(spec) : undefined,
      TargetTrackingScalingPolicyConfiguration: spec.type === "targetTracking" ? targetTracking(spec, refs) : undefined,
    },
  };
}

function targetTracking(policy: TargetTrackingPolicy, refs: References): CfnObject {
  const metric = policy.metric;
  return {
    TargetValue: policy.targetValue,
    ScaleInCooldown: policy.scaleInCooldownSeconds,
    ScaleOutCooldown: policy.scaleOutCooldownSeconds,
    DisableScaleIn: policy.disableScaleIn,
    PredefinedMetricSpecification:
      metric.kind === "predefined"
        ? { PredefinedMetricType: metric.type, ResourceLabel: metric.resourceLabel && concatenation(metric.resourceLabel, refs) }
        : undefined,
    CustomizedMetricSpecification: metric.kind === "math" ? { Metrics: metric.queries.map((query) => metricQuery(query, refs)) } : undefined,
  };
}

function metricQuery(query: MetricQuery, refs: References): CfnObject {
  const metric = query.metric;
  return {
    Id: query.id,
    Label: query.label,
    ReturnData: query.returnData,
    Expression: query.expression,
    MetricStat: metric && {
      Metric: {
        Namespace: metric.namespace,
        MetricName: metric.metricName,
        Dimensions: nonEmpty(metric.dimensions.map((d): CfnValue => ({ Name: d.name, Value: refs.value(d.value) }))),
      },
      Stat: metric.stat,
    },
  };
}

function stepConfiguration(policy: StepScalingPolicy): CfnObject {
  return {
    AdjustmentType: policy.adjustmentType,
    Cooldown: policy.cooldownSeconds,
    MetricAggregationType: policy.metricAggregationType,
    MinAdjustmentMagnitude: policy.minAdjustmentMagnitude,
    StepAdjustments: policy.steps.map((step) => ({
      MetricIntervalLowerBound: step.lowerBound,
      MetricIntervalUpperBound: step.upperBound,
      ScalingAdjustment: step.adjustment,
    })),
  };
}
