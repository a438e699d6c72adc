import type { AlarmResource } from "../../../ir/index.js";
import type { References } from "../attributes.js";
import { cfnTags, nonEmpty, type CfnResource } from "../values.js";

/** `alarm` → `AWS::CloudWatch::Alarm` on a single metric. */
export function alarmResource(alarm: AlarmResource, refs: References): CfnResource {
  return {
    Type: "AWS::CloudWatch::Alarm",
    Properties: {
      AlarmName: alarm.name,
      AlarmDescription: alarm.description,
      Namespace: alarm.namespace,
      MetricName: alarm.metricName,
      Dimensions: nonEmpty(alarm.dimensions.map((d) => ({ Name: d.name, Value: refs.value(d.value) }))),
      Statistic: alarm.statistic,
      Period: alarm.periodSeconds,
      EvaluationPeriods: alarm.evaluationPeriods,
      DatapointsToAlarm: alarm.datapointsToAlarm,
      Threshold: alarm.threshold,
      ComparisonOperator: alarm.comparison,
      TreatMissingData: alarm.treatMissingData,
      AlarmActions: nonEmpty(alarm.alarmActions.map((action) => refs.value(action))),
      Tags: cfnTags(alarm.tags),
    },
  };
}
