import type { AlarmResource, MetricDimension, StringValue } from "../ir/index.js";
import { deploymentAlarmName } from "../spec/deploy-names.js";
import type { LowerContext } from "./context.js";
import { DEPLOY_IDS, isBlueGreen } from "./deploy-ids.js";
import { listenerArnOf, serviceTargetGroupId } from "./load-balancer.js";
import { primaryAttachment } from "../spec/load-balancers.js";

/**
 * Every created alarm looks at one-minute datapoints and fires on 2 of the last 3: quick enough
 * for a 5-minute canary, and one noisy minute does not roll a release back. A minute without
 * data (no traffic, a task set not yet registered) is not a breach.
 */
const EVALUATION = { periodSeconds: 60, evaluationPeriods: 3, datapointsToAlarm: 2, treatMissingData: "notBreaching" } as const;

/** A cluster's name from a name or an ARN: CloudWatch dimensions and CodeDeploy want the name. */
export function clusterName(cluster: string): string {
  const marker = ":cluster/";
  const at = cluster.indexOf(marker);
  return cluster.startsWith("arn:") && at >= 0 ? cluster.slice(at + marker.length) : cluster;
}

/**
 * The `LoadBalancer` dimension of ALB metrics (`app/<name>/<id>`), read off the listener ARN
 * (`…:listener/app/<name>/<id>/<listener id>`). ALB publishes per-target-group metrics only with
 * both the TargetGroup and LoadBalancer dimensions.
 */
export function loadBalancerDimension(listenerArn: string): string {
  const resource = listenerArn.slice(listenerArn.indexOf(":listener/") + ":listener/".length);
  return resource.split("/").slice(0, 3).join("/");
}

function ecsAlarm(ctx: LowerContext, id: string, metric: "cpu" | "memory", percent: number): AlarmResource {
  const { spec } = ctx;
  const metricName = metric === "cpu" ? "CPUUtilization" : "MemoryUtilization";
  return {
    kind: "alarm",
    id,
    name: deploymentAlarmName(spec, metric),
    description: `berth: stops deployments of ${spec.name} while its average ${metric === "cpu" ? "CPU" : "memory"} utilization is above ${percent} %`,
    namespace: "AWS/ECS",
    metricName,
    dimensions: [
      { name: "ClusterName", value: clusterName(spec.cluster) },
      // A literal name, not a reference: the service lists this alarm, so a reference back would be a cycle.
      { name: "ServiceName", value: spec.name },
    ],
    statistic: "Average",
    ...EVALUATION,
    threshold: percent,
    comparison: "GreaterThanThreshold",
    alarmActions: [],
    tags: ctx.tags,
  };
}

function target5xxAlarm(ctx: LowerContext, id: string, targetGroup: string, metric: "5xx" | "blue-5xx" | "green-5xx", count: number): AlarmResource | undefined {
  const lb = primaryAttachment(ctx.spec);
  const listener = lb && listenerArnOf(lb);
  if (listener === undefined) return undefined;
  // B535 refuses the 5xx alarm on a listener berth creates: its load balancer id is unknown until deployed.
  if (typeof listener !== "string") throw new Error("berth bug: a 5xx alarm on a referenced listener passed validation");
  const dimensions: MetricDimension[] = [
    { name: "LoadBalancer", value: loadBalancerDimension(listener) },
    { name: "TargetGroup", value: { resource: targetGroup, attribute: "fullName" } },
  ];
  return {
    kind: "alarm",
    id,
    name: deploymentAlarmName(ctx.spec, metric),
    description: `berth: stops deployments of ${ctx.spec.name} while its tasks${metric === "5xx" ? "" : ` in the ${metric.slice(0, -4)} target group`} answer ${count} or more 5xx responses a minute`,
    namespace: "AWS/ApplicationELB",
    metricName: "HTTPCode_Target_5XX_Count",
    dimensions,
    statistic: "Sum",
    ...EVALUATION,
    threshold: count,
    comparison: "GreaterThanOrEqualToThreshold",
    alarmActions: [],
    tags: ctx.tags,
  };
}

/**
 * The alarms berth creates for `deploy.alarms`: CPU and memory of the service, and 5xx answers
 * of its tasks. Blue/green gets one 5xx alarm per target group, since the two swap roles on
 * every deployment and the new tasks may sit behind either.
 */
export function lowerDeploymentAlarms(ctx: LowerContext): AlarmResource[] {
  const alarms = ctx.spec.deploy.alarms;
  if (!alarms) return [];
  const created: (AlarmResource | undefined)[] = [];
  if (alarms.cpuPercent !== undefined) created.push(ecsAlarm(ctx, DEPLOY_IDS.cpuAlarm, "cpu", alarms.cpuPercent));
  if (alarms.memoryPercent !== undefined) created.push(ecsAlarm(ctx, DEPLOY_IDS.memoryAlarm, "memory", alarms.memoryPercent));
  const count = alarms.target5xxPerMinute;
  if (count !== undefined && isBlueGreen(ctx.spec)) {
    created.push(target5xxAlarm(ctx, DEPLOY_IDS.blue5xxAlarm, DEPLOY_IDS.blueTargetGroup, "blue-5xx", count));
    created.push(target5xxAlarm(ctx, DEPLOY_IDS.green5xxAlarm, DEPLOY_IDS.greenTargetGroup, "green-5xx", count));
  } else if (count !== undefined) {
    created.push(target5xxAlarm(ctx, DEPLOY_IDS.target5xxAlarm, serviceTargetGroupId(ctx), "5xx", count));
  }
  return created.filter((a): a is AlarmResource => a !== undefined);
}

/** The alarm names a deployment watches: the existing ones in spec order, then the created ones. */
export function deploymentAlarmRefs(ctx: LowerContext): StringValue[] {
  const existing = ctx.spec.deploy.alarms?.names ?? [];
  return [...existing, ...lowerDeploymentAlarms(ctx).map((a): StringValue => ({ resource: a.id, attribute: "name" }))];
}

/** The same names as plain text (created alarms by the name berth gives them), for the README. */
export function deploymentAlarmNames(ctx: LowerContext): string[] {
  const existing = ctx.spec.deploy.alarms?.names ?? [];
  return [...existing, ...lowerDeploymentAlarms(ctx).map((a) => a.name)];
}
