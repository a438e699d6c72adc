import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm/index.js";
import type { AlarmResource } from "../../../ir/index.js";
import type { KindEmitter } from "../context.js";
import { primaryName } from "../names.js";
import { nonEmpty } from "./arguments.js";
import { tagsArgument } from "./tags.js";

/** `alarm` → `aws_cloudwatch_metric_alarm` on a single metric. The provider's `id` is the alarm name. */
export const alarmEmitter: KindEmitter<AlarmResource> = {
  attributes: { name: "alarm_name", arn: "arn" },
  emit(alarm, ctx) {
    return ctx.create(CloudwatchMetricAlarm, primaryName(alarm.id), {
      alarmName: alarm.name,
      alarmDescription: alarm.description,
      namespace: alarm.namespace,
      metricName: alarm.metricName,
      ...(alarm.dimensions.length === 0 ? {} : { dimensions: Object.fromEntries(alarm.dimensions.map((d) => [d.name, ctx.value(d.value)])) }),
      statistic: alarm.statistic,
      period: alarm.periodSeconds,
      evaluationPeriods: alarm.evaluationPeriods,
      datapointsToAlarm: alarm.datapointsToAlarm,
      threshold: alarm.threshold,
      comparisonOperator: alarm.comparison,
      treatMissingData: alarm.treatMissingData,
      ...nonEmpty("alarmActions", alarm.alarmActions.map((action) => ctx.value(action))),
      ...tagsArgument(alarm.tags),
    });
  },
};
