import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/index.js";
import type { ScalingSpec, ServiceSpec, StepScalingSpec } from "../../src/spec/schema/index.js";
import { validateService } from "../../src/validate/index.js";
import minimal from "../fixtures/valid/minimal.js";

/** Validates the minimal valid spec with `scaling` (desiredCount 3 by default) after `edit`. */
function check(scaling: ScalingSpec, edit: (spec: ServiceSpec) => void = () => {}): readonly Diagnostic[] {
  const spec: ServiceSpec = { ...structuredClone(minimal.spec), desiredCount: 3, scaling };
  edit(spec);
  return validateService(spec, "spec.ts").diagnostics;
}
const codes = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => d.code);
const step = (overrides: Partial<StepScalingSpec> = {}): StepScalingSpec => ({
  name: "depth",
  metric: { namespace: "AWS/SQS", name: "ApproximateNumberOfMessagesVisible", dimensions: { QueueName: "orders" } },
  when: "above",
  steps: [{ at: 100, change: 1 }],
  ...overrides,
});

describe("scaling bounds", () => {
  it("accepts a desiredCount at either bound", () => {
    expect(check({ min: 3, max: 12, cpuPercent: 60 })).toEqual([]);
    expect(check({ min: 1, max: 3, cpuPercent: 60 })).toEqual([]);
  });

  it("reports min > max once, without also reporting the desired count", () => {
    expect(codes(check({ min: 5, max: 4, cpuPercent: 60 }))).toEqual(["B700"]);
  });

  it("reports a desired count above max", () => {
    expect(check({ min: 1, max: 2, cpuPercent: 60 })).toMatchObject([{ code: "B701", path: "desiredCount" }]);
  });

  it("warns (without failing) when scaling has no policy and no schedule", () => {
    const [d, ...rest] = check({ min: 1, max: 4 });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "B703", severity: "warning", path: "scaling" });
    expect(check({ min: 1, max: 4, schedule: [{ name: "night", expression: "cron(0 22 * * ? *)", max: 2 }] })).toEqual([]);
  });

  it("lets queue scaling reach zero tasks only with a step policy that scales out", () => {
    const queue = { arn: "arn:aws:sqs:us-east-1:123456789012:orders", backlogPerTask: 10 };
    expect(codes(check({ min: 0, max: 4, queue }))).toEqual(["B710"]);
    expect(check({ min: 0, max: 4, queue, stepScaling: [step()] })).toEqual([]);
    expect(codes(check({ min: 0, max: 4, queue, stepScaling: [step({ when: "below", steps: [{ at: 1, change: -1 }] })] }))).toEqual(["B710"]);
  });

  it("checks the queue ARN's region against the spec", () => {
    const d = check({ min: 1, max: 4, queue: { arn: "arn:aws:sqs:eu-west-1:123456789012:orders", backlogPerTask: 10 } });
    expect(d).toMatchObject([{ code: "B402", path: "scaling.queue.arn" }]);
    expect(codes(check({ min: 1, max: 4, queue: { arn: "arn:aws:sqs:us-east-1:123456789012:orders.fifo", backlogPerTask: 10 } }))).toEqual([]);
  });
});

describe("scheduled actions", () => {
  const schedule = (action: NonNullable<ScalingSpec["schedule"]>[number]) => check({ min: 3, max: 12, cpuPercent: 60, schedule: [action] });

  it.each(["cron(0 8 ? * MON-FRI *)", "cron(15 12 * * ? *)", "rate(6 hours)", "rate(5 minute)", "at(2026-11-27T06:00:00)"])("accepts %s", (expression) => {
    expect(schedule({ name: "x", expression, min: 4 })).toEqual([]);
  });

  it.each([
    ["cron(0 8 * * MON-FRI *)", "days"],
    ["cron(0 25 ? * MON-FRI *)", "field"],
    ["rate(0 hours)", "rate"],
    ["at(2026-02-30T06:00:00)", "at"],
    ["0 8 * * *", "form"],
  ])("rejects %s", (expression, problem) => {
    const [d] = schedule({ name: "x", expression, min: 4 });
    expect(d).toMatchObject({ code: "B704", path: "scaling.schedule[0].expression" });
    expect(d?.message).toContain(expression);
    if (problem === "field") expect(d?.message).toContain('"25" is not valid in the hours field');
  });

  it("suggests the right spelling of a time zone", () => {
    const [d] = schedule({ name: "x", expression: "cron(0 8 ? * MON-FRI *)", timezone: "europe/berlin", min: 4 });
    expect(d).toMatchObject({ code: "B705", hint: 'Did you mean "Europe/Berlin"?' });
  });

  it("accepts a max-only action above every min, and rejects one below every min", () => {
    expect(schedule({ name: "x", expression: "rate(1 day)", max: 3 })).toEqual([]);
    expect(schedule({ name: "x", expression: "rate(1 day)", max: 2 })).toMatchObject([{ code: "B708", path: "scaling.schedule[0].max" }]);
  });

  it("lets another action raise max for a scheduled min above scaling.max", () => {
    const d = check({
      min: 3,
      max: 12,
      cpuPercent: 60,
      schedule: [
        { name: "peak-max", expression: "at(2026-11-27T05:00:00)", max: 30 },
        { name: "peak-min", expression: "at(2026-11-27T06:00:00)", min: 20 },
      ],
    });
    expect(d).toEqual([]);
  });
});

describe("step scaling policies", () => {
  const policies = (...stepScaling: StepScalingSpec[]) => check({ min: 1, max: 10, stepScaling });

  it("accepts steps in any order and exact counts of zero", () => {
    expect(policies(step({ steps: [{ at: 500, change: 3 }, { at: 100, change: 1 }] }))).toEqual([]);
    expect(policies(step({ adjustment: "exact", steps: [{ at: 100, change: 0 }] }))).toEqual([]);
  });

  it("rejects a scale-in policy that adds tasks and an exact negative count", () => {
    expect(policies(step({ when: "below", steps: [{ at: 1, change: 1 }] }))).toMatchObject([{ code: "B712", path: "scaling.stepScaling[0].steps[0].change" }]);
    expect(codes(policies(step({ adjustment: "exact", steps: [{ at: 1, change: -1 }] })))).toEqual(["B712"]);
  });

  it("reports duplicate policy names", () => {
    expect(policies(step(), step())).toMatchObject([{ code: "B709", path: "scaling.stepScaling[1].name" }]);
  });

  it("limits the alarm's evaluation window to a day and its datapoints to the periods", () => {
    expect(policies(step({ periodSeconds: 3600, evaluationPeriods: 25 }))).toMatchObject([{ code: "B713", path: "scaling.stepScaling[0].evaluationPeriods" }]);
    expect(policies(step({ evaluationPeriods: 2, datapointsToAlarm: 3 }))).toMatchObject([{ code: "B713", path: "scaling.stepScaling[0].datapointsToAlarm" }]);
    expect(policies(step({ periodSeconds: 10 }))).toEqual([]);
  });
});

describe("Fargate Spot on arm64", () => {
  const spot = (region: string) =>
    codes(
      check({ min: 1, max: 4, cpuPercent: 50 }, (s) => {
        s.architecture = "arm64";
        s.capacityProviders = [{ provider: "FARGATE_SPOT", weight: 1 }];
        s.region = region;
      }),
    );

  it("is accepted where AWS supports it (platform 1.4.0)", () => {
    expect(spot("us-east-1")).not.toContain("B714");
  });

  it("is rejected in the China regions", () => {
    expect(spot("cn-northwest-1")).toContain("B714");
  });
});
