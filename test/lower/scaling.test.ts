import { describe, expect, it } from "vitest";
import type { AlarmResource, Resource, ScalableTargetResource, ScalingPolicyResource, ServiceResource } from "../../src/ir/index.js";
import { lowerServiceSpec } from "../../src/lower/index.js";
import { clusterName, stepAdjustments, stepIds } from "../../src/lower/scaling.js";
import { serviceSchema, stepScaling, type ServiceSpec } from "../../src/spec/schema/index.js";
import steps from "../fixtures/valid/scaling-steps.js";
import myApi from "../../specs/my-api.js";
import worker from "../../specs/queue-worker.js";
import spot from "../../specs/spot-api.js";

const lower = (spec: ServiceSpec) => lowerServiceSpec(serviceSchema.parse(spec), "specs/x.ts");
const byKind = <K extends Resource["kind"]>(resources: readonly Resource[], kind: K) =>
  resources.filter((r): r is Extract<Resource, { kind: K }> => r.kind === kind);
const policy = (resources: readonly Resource[], id: string) => resources.find((r) => r.id === id) as ScalingPolicyResource;

describe("lowering the Spot-heavy API", () => {
  const stack = lower(spot.spec);
  const target = byKind(stack.resources, "scalableTarget")[0] as ScalableTargetResource;
  const service = byKind(stack.resources, "service")[0] as ServiceResource;

  it("adds a scalable target and one tracking policy per metric after the service", () => {
    const ids = stack.resources.map((r) => r.id);
    expect(ids.slice(ids.indexOf("Service"))).toEqual(["Service", "ScalableTarget", "CpuScalingPolicy", "RequestsScalingPolicy"]);
  });

  it("registers the service's task count by referencing the service's name", () => {
    expect(target).toMatchObject({ serviceNamespace: "ecs", scalableDimension: "ecs:service:DesiredCount", minCapacity: 3, maxCapacity: 12 });
    expect(target.resourceId.parts).toEqual(["service/prod-cluster/", { resource: "Service", attribute: "name" }]);
  });

  it("hands the task count to auto scaling: desiredCount is only the initial count", () => {
    expect(service.externallyManaged).toEqual(["desiredCount"]);
    expect(service.desiredCount).toBe(3);
    expect(service.launchType).toBeUndefined();
    expect(service.capacityProviderStrategy).toEqual([
      { provider: "FARGATE_SPOT", weight: 4, base: 0 },
      { provider: "FARGATE", weight: 1, base: 1 },
    ]);
  });

  it("builds the ALB resource label from the listener ARN and the target group's full name", () => {
    const requests = policy(stack.resources, "RequestsScalingPolicy");
    expect(requests.policy).toMatchObject({ type: "targetTracking", targetValue: 1000, scaleInCooldownSeconds: 300, scaleOutCooldownSeconds: 60, disableScaleIn: false });
    expect(requests.policy.type === "targetTracking" && requests.policy.metric).toEqual({
      kind: "predefined",
      type: "ALBRequestCountPerTarget",
      resourceLabel: { parts: ["app/prod/50dc6c495c0c9188/", { resource: "TargetGroup", attribute: "fullName" }] },
    });
  });

  it("creates the policies one after another", () => {
    expect(policy(stack.resources, "CpuScalingPolicy").dependsOn).toEqual([]);
    expect(policy(stack.resources, "RequestsScalingPolicy").dependsOn).toEqual(["CpuScalingPolicy"]);
  });

  it("keeps the scheduled actions with their time zone, in spec order", () => {
    expect(target.scheduledActions).toEqual([
      { name: "weekday-morning", schedule: "cron(0 7 ? * MON-FRI *)", timezone: "Europe/Berlin", minCapacity: 6 },
      { name: "weekday-evening", schedule: "cron(0 20 ? * MON-FRI *)", timezone: "Europe/Berlin", minCapacity: 3 },
    ]);
  });
});

describe("lowering the queue worker", () => {
  const stack = lower(worker.spec);
  const backlog = policy(stack.resources, "QueueBacklogScalingPolicy");

  it("uses the cluster's name, not its ARN, in the resource id and the metric dimensions", () => {
    const target = byKind(stack.resources, "scalableTarget")[0]!;
    expect(target.resourceId.parts[0]).toBe("service/prod-cluster/");
    expect(JSON.stringify(backlog)).not.toContain("arn:aws:ecs");
  });

  it("tracks visible messages divided by Container Insights' running task count", () => {
    if (backlog.policy.type !== "targetTracking" || backlog.policy.metric.kind !== "math") throw new Error("expected metric math");
    expect(backlog.policy.targetValue).toBe(100);
    expect(backlog.policy.scaleInCooldownSeconds).toBe(600);
    const [m1, m2, e1] = backlog.policy.metric.queries;
    expect(m1).toMatchObject({ id: "m1", returnData: false, metric: { namespace: "AWS/SQS", metricName: "ApproximateNumberOfMessagesVisible", stat: "Sum", dimensions: [{ name: "QueueName", value: "orders" }] } });
    expect(m2).toMatchObject({
      id: "m2",
      returnData: false,
      metric: {
        namespace: "ECS/ContainerInsights",
        metricName: "RunningTaskCount",
        stat: "Average",
        dimensions: [
          { name: "ClusterName", value: "prod-cluster" },
          { name: "ServiceName", value: "queue-worker" },
        ],
      },
    });
    expect(e1).toEqual({ id: "e1", label: "Backlog per task", returnData: true, expression: "m1 / m2" });
  });

  it("turns the step policy's absolute values into bounds relative to its alarm's threshold", () => {
    const step = policy(stack.resources, "OldestMessageStepPolicy");
    expect(step.name).toBe("queue-worker-step-oldest-message");
    expect(step.dependsOn).toEqual(["QueueBacklogScalingPolicy"]);
    expect(step.policy).toEqual({
      type: "step",
      adjustmentType: "ChangeInCapacity",
      cooldownSeconds: 60,
      metricAggregationType: "Maximum",
      steps: [
        { lowerBound: 0, upperBound: 600, adjustment: 2 },
        { lowerBound: 600, adjustment: 5 },
      ],
    });
    const alarm = stack.resources.find((r) => r.id === "OldestMessageStepAlarm") as AlarmResource;
    expect(alarm).toMatchObject({
      name: "prod-cluster-queue-worker-oldest-message",
      namespace: "AWS/SQS",
      metricName: "ApproximateAgeOfOldestMessage",
      statistic: "Maximum",
      threshold: 300,
      comparison: "GreaterThanOrEqualToThreshold",
      evaluationPeriods: 2,
      datapointsToAlarm: 2,
      alarmActions: [{ resource: "OldestMessageStepPolicy", attribute: "arn" }],
    });
  });
});

describe("step scaling in both directions", () => {
  const stack = lower(steps.spec);

  it("scales in below the highest step, with the scale-in cooldown unless one is given", () => {
    const low = policy(stack.resources, "InFlightLowStepPolicy");
    expect(low.policy).toMatchObject({ cooldownSeconds: 900, metricAggregationType: "Average", steps: [{ upperBound: 0, lowerBound: -7.5, adjustment: -1 }, { upperBound: -7.5, adjustment: -2 }] });
    const alarm = stack.resources.find((r) => r.id === "InFlightLowStepAlarm") as AlarmResource;
    expect(alarm).toMatchObject({ threshold: 10, comparison: "LessThanOrEqualToThreshold", treatMissingData: "breaching", periodSeconds: 300, datapointsToAlarm: 3 });
    expect(alarm.dimensions.map((d) => d.name)).toEqual(["Service", "Stage"]);
  });

  it("passes percent adjustments with their minimum magnitude, and disables scale-in of tracking", () => {
    expect(policy(stack.resources, "InFlightHighStepPolicy").policy).toMatchObject({ adjustmentType: "PercentChangeInCapacity", minAdjustmentMagnitude: 2 });
    expect(policy(stack.resources, "MemoryScalingPolicy").policy).toMatchObject({ disableScaleIn: true, targetValue: 70 });
  });

  it("keeps scheduled actions without a time zone or with only one bound as written", () => {
    const target = byKind(stack.resources, "scalableTarget")[0]!;
    expect(target.scheduledActions.slice(2)).toEqual([
      { name: "nightly-cap", schedule: "cron(0 2 * * ? *)", maxCapacity: 6 },
      { name: "morning-cap", schedule: "rate(1 day)", maxCapacity: 10 },
    ]);
  });

  it("avoids binary floating point noise in relative bounds", () => {
    const spec = stepScaling.parse({ name: "x", metric: { namespace: "N", name: "M" }, when: "above", steps: [{ at: 0.1, change: 1 }, { at: 0.3, change: 2 }] });
    expect(stepAdjustments(spec)).toEqual({ threshold: 0.1, steps: [{ lowerBound: 0, upperBound: 0.2, adjustment: 1 }, { lowerBound: 0.2, adjustment: 2 }] });
  });
});

describe("without scaling", () => {
  it("creates no scaling resources and the stack keeps owning the count", () => {
    const stack = lower(myApi.spec);
    expect(stack.resources.map((r) => r.kind)).not.toContain("scalableTarget");
    expect(stack.resources.map((r) => r.kind)).not.toContain("scalingPolicy");
    expect((byKind(stack.resources, "service")[0] as ServiceResource).externallyManaged).toEqual([]);
  });
});

describe("names", () => {
  it("derives the cluster name from a name or an ARN", () => {
    expect(clusterName("prod-cluster")).toBe("prod-cluster");
    expect(clusterName("arn:aws-cn:ecs:cn-north-1:123456789012:cluster/prod_cluster-2")).toBe("prod_cluster-2");
  });

  it("gives step policies and alarms PascalCase ids", () => {
    expect(stepIds("queue-age-2")).toEqual({ policy: "QueueAge2StepPolicy", alarm: "QueueAge2StepAlarm" });
  });
});

describe("desired count under scaling", () => {
  it("defaults to scaling.min when the spec leaves it out, and to 2 without scaling", async () => {
    const { serviceSchema } = await import("../../src/spec/schema/index.js");
    const { lowerServiceSpec } = await import("../../src/lower/index.js");
    const base = (await import("../../specs/spot-api.js")).default.spec;
    const countOf = (spec: unknown) => {
      const stack = lowerServiceSpec(serviceSchema.parse(spec), "specs/x.ts");
      return stack.resources.find((r) => r.kind === "service")?.desiredCount;
    };
    expect(countOf({ ...base, desiredCount: undefined, scaling: { ...base.scaling!, min: 4 } })).toBe(4);
    expect(countOf({ ...base, desiredCount: undefined, scaling: undefined })).toBe(2);
  });
});
