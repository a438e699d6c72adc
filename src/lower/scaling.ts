import type {
  AlarmResource,
  Concatenation,
  MetricMathScalingMetric,
  Resource,
  ScalableTargetResource,
  ScalingPolicyResource,
  StepAdjustment,
  TargetTrackingPolicy,
} from "../ir/index.js";
import { parseArn } from "../spec/aws-formats.js";
import { primaryAttachment } from "../spec/load-balancers.js";
import { stepPolicyIds } from "../spec/names.js";
import { listenerArnOf } from "./load-balancer.js";
import type { ParsedScaling, ParsedService } from "../spec/schema/index.js";
import { IDS, type LowerContext } from "./context.js";

type StepSpec = ParsedScaling["stepScaling"][number];

/** Logical ids of the scaling resources of a service stack. Stable: changing one replaces the resource. */
export const SCALING_IDS = {
  scalableTarget: "ScalableTarget",
  cpuPolicy: "CpuScalingPolicy",
  memoryPolicy: "MemoryScalingPolicy",
  requestsPolicy: "RequestsScalingPolicy",
  queuePolicy: "QueueBacklogScalingPolicy",
} as const;

/** Template ids of a step policy and its alarm (see {@link stepPolicyIds}). */
export const stepIds = stepPolicyIds;

/** The cluster's name: the spec gives a name or an ARN (`…:cluster/<name>`). */
export function clusterName(cluster: string): string {
  const arn = parseArn(cluster);
  return arn ? arn.resource.replace(/^cluster\//, "") : cluster;
}

/**
 * The scalable target for the service's task count, its policies, and the alarms of its step
 * policies; empty without `scaling`. The service itself stops owning the count (see
 * `externallyManaged` in the service lowering). Pure; assumes validation passed.
 */
export function lowerScaling(ctx: LowerContext): Resource[] {
  const scaling = ctx.spec.scaling;
  if (!scaling) return [];
  const target = scalableTarget(ctx, scaling);
  const policies: ScalingPolicyResource[] = [];
  const alarms: AlarmResource[] = [];
  const add = (id: string, name: string, policy: ScalingPolicyResource["policy"]): void => {
    const previous = policies.at(-1);
    policies.push({
      kind: "scalingPolicy",
      id,
      name,
      target: target.id,
      serviceNamespace: target.serviceNamespace,
      scalableDimension: target.scalableDimension,
      policy,
      dependsOn: previous ? [previous.id] : [],
    });
  };
  const tracking = (targetValue: number, metric: TargetTrackingPolicy["metric"]): TargetTrackingPolicy => ({
    type: "targetTracking",
    targetValue,
    metric,
    scaleInCooldownSeconds: scaling.scaleInCooldown,
    scaleOutCooldownSeconds: scaling.scaleOutCooldown,
    disableScaleIn: scaling.disableScaleIn,
  });
  const service = ctx.spec.name;
  if (scaling.cpuPercent !== undefined) {
    add(SCALING_IDS.cpuPolicy, `${service}-cpu`, tracking(scaling.cpuPercent, { kind: "predefined", type: "ECSServiceAverageCPUUtilization" }));
  }
  if (scaling.memoryPercent !== undefined) {
    add(SCALING_IDS.memoryPolicy, `${service}-memory`, tracking(scaling.memoryPercent, { kind: "predefined", type: "ECSServiceAverageMemoryUtilization" }));
  }
  if (scaling.requestsPerTarget !== undefined) {
    const metric = { kind: "predefined", type: "ALBRequestCountPerTarget", resourceLabel: albResourceLabel(ctx.spec) } as const;
    add(SCALING_IDS.requestsPolicy, `${service}-requests`, tracking(scaling.requestsPerTarget, metric));
  }
  if (scaling.queue) {
    add(SCALING_IDS.queuePolicy, `${service}-queue-backlog`, tracking(scaling.queue.backlogPerTask, backlogPerTask(ctx.spec, scaling.queue.arn)));
  }
  for (const step of scaling.stepScaling) {
    const ids = stepIds(step.name);
    const { threshold, steps } = stepAdjustments(step);
    // "step-" keeps a step policy named e.g. "cpu" from taking the CPU tracking policy's name.
    add(ids.policy, `${service}-step-${step.name}`, {
      type: "step",
      adjustmentType: ADJUSTMENT_TYPES[step.adjustment],
      cooldownSeconds: step.cooldown ?? (step.when === "above" ? scaling.scaleOutCooldown : scaling.scaleInCooldown),
      // Application Auto Scaling aggregates with Average, Minimum or Maximum only.
      metricAggregationType: step.metric.statistic === "Minimum" || step.metric.statistic === "Maximum" ? step.metric.statistic : "Average",
      ...(step.minAdjustmentMagnitude === undefined ? {} : { minAdjustmentMagnitude: step.minAdjustmentMagnitude }),
      steps,
    });
    alarms.push(stepAlarm(ctx, step, threshold, ids));
  }
  return [target, ...policies, ...alarms];
}

const ADJUSTMENT_TYPES = { count: "ChangeInCapacity", percent: "PercentChangeInCapacity", exact: "ExactCapacity" } as const;

function scalableTarget(ctx: LowerContext, scaling: ParsedScaling): ScalableTargetResource {
  return {
    kind: "scalableTarget",
    id: SCALING_IDS.scalableTarget,
    serviceNamespace: "ecs",
    scalableDimension: "ecs:service:DesiredCount",
    // The service's name by reference: the target can only be registered once the service exists.
    resourceId: { parts: [`service/${clusterName(ctx.spec.cluster)}/`, { resource: IDS.service, attribute: "name" }] },
    minCapacity: scaling.min,
    maxCapacity: scaling.max,
    scheduledActions: scaling.schedule.map((action) => ({
      name: action.name,
      schedule: action.expression,
      ...(action.timezone === undefined ? {} : { timezone: action.timezone }),
      ...(action.min === undefined ? {} : { minCapacity: action.min }),
      ...(action.max === undefined ? {} : { maxCapacity: action.max }),
    })),
    tags: ctx.tags,
  };
}

/**
 * ALBRequestCountPerTarget's label: `app/<lb name>/<lb id>/targetgroup/<tg name>/<tg id>`. The load
 * balancer part comes from the listener ARN (`…:listener/app/<name>/<id>/<listener id>`), the target
 * group part is the target group's full name, by reference.
 */
function albResourceLabel(spec: ParsedService): Concatenation {
  // B535 refuses requestsPerTarget on a listener berth creates (its load balancer id is unknown until deployed).
  const primary = primaryAttachment(spec);
  const arn = primary && listenerArnOf(primary);
  const listener = typeof arn === "string" ? parseArn(arn) : undefined;
  const balancer = listener && /^listener\/(app\/[^/]+\/[^/]+)\/[^/]+$/.exec(listener.resource)?.[1];
  if (!balancer) throw new Error("berth bug: requestsPerTarget without a valid ALB listener passed validation");
  return { parts: [`${balancer}/`, { resource: IDS.targetGroup, attribute: "fullName" }] };
}

/**
 * SQS backlog per task, as Application Auto Scaling's metric math example computes it: visible
 * messages (Sum) divided by the service's running tasks (Container Insights, Average).
 */
function backlogPerTask(spec: ParsedService, queueArn: string): MetricMathScalingMetric {
  const queue = parseArn(queueArn)?.resource ?? queueArn;
  return {
    kind: "math",
    queries: [
      {
        id: "m1",
        label: `Visible messages in ${queue}`,
        returnData: false,
        metric: { namespace: "AWS/SQS", metricName: "ApproximateNumberOfMessagesVisible", dimensions: [{ name: "QueueName", value: queue }], stat: "Sum" },
      },
      {
        id: "m2",
        label: `Running tasks of ${spec.name}`,
        returnData: false,
        metric: {
          namespace: "ECS/ContainerInsights",
          metricName: "RunningTaskCount",
          dimensions: [
            { name: "ClusterName", value: clusterName(spec.cluster) },
            { name: "ServiceName", value: spec.name },
          ],
          stat: "Average",
        },
      },
      { id: "e1", label: "Backlog per task", returnData: true, expression: "m1 / m2" },
    ],
  };
}

/**
 * Turns absolute step values into Application Auto Scaling's bounds relative to the alarm
 * threshold (the first step): contiguous, no overlaps, unbounded outermost step.
 */
export function stepAdjustments(step: StepSpec): { threshold: number; steps: StepAdjustment[] } {
  const above = step.when === "above";
  const sorted = [...step.steps].sort((a, b) => (above ? a.at - b.at : b.at - a.at));
  const threshold = sorted[0]?.at ?? 0;
  // toPrecision keeps 0.3 - 0.1 from becoming 0.19999999999999998 in the template.
  const offset = (value: number) => Number((value - threshold).toPrecision(12));
  const steps = sorted.map((current, i): StepAdjustment => {
    const next = sorted[i + 1];
    const near = offset(current.at);
    const far = next === undefined ? undefined : offset(next.at);
    return above
      ? { lowerBound: near, ...(far === undefined ? {} : { upperBound: far }), adjustment: current.change }
      : { upperBound: near, ...(far === undefined ? {} : { lowerBound: far }), adjustment: current.change };
  });
  return { threshold, steps };
}

function stepAlarm(ctx: LowerContext, step: StepSpec, threshold: number, ids: { policy: string; alarm: string }): AlarmResource {
  const above = step.when === "above";
  const metric = step.metric;
  return {
    kind: "alarm",
    id: ids.alarm,
    // Alarm names are unique per account and region; services of the same name in two clusters must not clash.
    name: `${clusterName(ctx.spec.cluster)}-${ctx.spec.name}-${step.name}`,
    description: `Scales ECS service ${ctx.spec.name} ${above ? "out" : "in"} (step policy ${step.name}) when ${metric.namespace} ${metric.name} (${metric.statistic}) is ${above ? ">=" : "<="} ${threshold}.`,
    namespace: metric.namespace,
    metricName: metric.name,
    dimensions: Object.keys(metric.dimensions)
      .sort()
      .map((name) => ({ name, value: metric.dimensions[name] ?? "" })),
    statistic: metric.statistic,
    periodSeconds: step.periodSeconds,
    evaluationPeriods: step.evaluationPeriods,
    datapointsToAlarm: step.datapointsToAlarm ?? step.evaluationPeriods,
    threshold,
    comparison: above ? "GreaterThanOrEqualToThreshold" : "LessThanOrEqualToThreshold",
    treatMissingData: step.treatMissingData,
    alarmActions: [{ resource: ids.policy, attribute: "arn" }],
    tags: ctx.tags,
  };
}
