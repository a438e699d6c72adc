import { AppautoscalingPolicy, type AppautoscalingPolicyTargetTrackingScalingPolicyConfiguration } from "@cdktf/provider-aws/lib/appautoscaling-policy/index.js";
import { AppautoscalingScheduledAction } from "@cdktf/provider-aws/lib/appautoscaling-scheduled-action/index.js";
import { AppautoscalingTarget } from "@cdktf/provider-aws/lib/appautoscaling-target/index.js";
import type { Concatenation, MetricQuery, ScalableTargetResource, ScalingPolicyResource, StepScalingPolicy, TargetTrackingPolicy } from "../../../ir/index.js";
import type { EmitContext, KindEmitter } from "../context.js";
import { auxiliaryName, primaryName } from "../names.js";
import { nonEmpty, optional } from "./arguments.js";
import { tagsArgument } from "./tags.js";

/** A concatenation as one interpolated string: literals as they are, references as `${…}`. */
export function concatenation(value: Concatenation, ctx: EmitContext): string {
  return value.parts.map((part) => ctx.value(part)).join("");
}

/**
 * `scalableTarget` → `aws_appautoscaling_target`, plus one `aws_appautoscaling_scheduled_action`
 * per scheduled action (Terraform has no inline form). No `role_arn`: Application Auto Scaling
 * uses its service-linked role. The IR's `id` attribute maps to `resource_id`, the identifier
 * policies and scheduled actions name the target by.
 */
export const scalableTargetEmitter: KindEmitter<ScalableTargetResource> = {
  attributes: { id: "resource_id" },
  emit(target, ctx) {
    const resource = ctx.create(AppautoscalingTarget, primaryName(target.id), {
      serviceNamespace: target.serviceNamespace,
      scalableDimension: target.scalableDimension,
      // Interpolates aws_ecs_service's name: the target is registered after the service exists.
      resourceId: concatenation(target.resourceId, ctx),
      minCapacity: target.minCapacity,
      maxCapacity: target.maxCapacity,
      ...tagsArgument(target.tags),
    });
    let previous: AppautoscalingScheduledAction | undefined;
    for (const action of target.scheduledActions) {
      previous = ctx.create(AppautoscalingScheduledAction, auxiliaryName(target.id, action.name), {
        name: action.name,
        // The target's own attributes, so each action waits for the target.
        serviceNamespace: resource.serviceNamespace,
        scalableDimension: resource.scalableDimension,
        resourceId: resource.resourceId,
        schedule: action.schedule,
        ...optional("timezone", action.timezone),
        // The provider types the capacities as strings.
        scalableTargetAction: {
          ...optional("minCapacity", action.minCapacity === undefined ? undefined : String(action.minCapacity)),
          ...optional("maxCapacity", action.maxCapacity === undefined ? undefined : String(action.maxCapacity)),
        },
        // One at a time: concurrent changes to one scalable target are rejected.
        ...(previous === undefined ? {} : { dependsOn: [previous] }),
      });
    }
    return resource;
  },
};

/** `scalingPolicy` → `aws_appautoscaling_policy`, naming its target through the target's `resource_id`. */
export const scalingPolicyEmitter: KindEmitter<ScalingPolicyResource> = {
  attributes: { arn: "arn" },
  emit(policy, ctx) {
    const spec = policy.policy;
    return ctx.create(AppautoscalingPolicy, primaryName(policy.id), {
      name: policy.name,
      policyType: spec.type === "step" ? "StepScaling" : "TargetTrackingScaling",
      serviceNamespace: policy.serviceNamespace,
      scalableDimension: policy.scalableDimension,
      resourceId: ctx.ref({ resource: policy.target, attribute: "id" }),
      ...(spec.type === "step" ? { stepScalingPolicyConfiguration: stepConfiguration(spec) } : {}),
      ...(spec.type === "targetTracking" ? { targetTrackingScalingPolicyConfiguration: targetTracking(spec, ctx) } : {}),
      ...nonEmpty("dependsOn", policy.dependsOn.map((id) => ctx.dependency(id))),
    });
  },
};

function targetTracking(policy: TargetTrackingPolicy, ctx: EmitContext): AppautoscalingPolicyTargetTrackingScalingPolicyConfiguration {
  const metric = policy.metric;
  return {
    targetValue: policy.targetValue,
    scaleInCooldown: policy.scaleInCooldownSeconds,
    scaleOutCooldown: policy.scaleOutCooldownSeconds,
    disableScaleIn: policy.disableScaleIn,
    ...(metric.kind === "predefined"
      ? {
          predefinedMetricSpecification: {
            predefinedMetricType: metric.type,
            ...optional("resourceLabel", metric.resourceLabel && concatenation(metric.resourceLabel, ctx)),
          },
        }
      : { customizedMetricSpecification: { metrics: metric.queries.map((query) => metricQuery(query, ctx)) } }),
  };
}

function metricQuery(query: MetricQuery, ctx: EmitContext) {
  const metric = query.metric;
  return {
    id: query.id,
    label: query.label,
    returnData: query.returnData,
    ...optional("expression", query.expression),
    ...(metric === undefined
      ? {}
      : {
          metricStat: {
            metric: {
              namespace: metric.namespace,
              metricName: metric.metricName,
              ...nonEmpty("dimensions", metric.dimensions.map((d) => ({ name: d.name, value: ctx.value(d.value) }))),
            },
            stat: metric.stat,
          },
        }),
  };
}

function stepConfiguration(policy: StepScalingPolicy) {
  return {
    adjustmentType: policy.adjustmentType,
    cooldown: policy.cooldownSeconds,
    metricAggregationType: policy.metricAggregationType,
    ...optional("minAdjustmentMagnitude", policy.minAdjustmentMagnitude),
    // The provider types the bounds as strings; an absent bound is unbounded.
    stepAdjustment: policy.steps.map((step) => ({
      ...optional("metricIntervalLowerBound", step.lowerBound === undefined ? undefined : String(step.lowerBound)),
      ...optional("metricIntervalUpperBound", step.upperBound === undefined ? undefined : String(step.upperBound)),
      scalingAdjustment: step.adjustment,
    })),
  };
}
