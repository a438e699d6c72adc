import type { DiagnosticArgs } from "../../diagnostics/catalogue.js";
import type { SpecPath } from "../../diagnostics/diagnostic.js";
import { isAccountId, isRegion, parseArn, partitionOf } from "../../spec/aws-formats.js";
import { parseScheduleExpression, type ExpressionProblem } from "../../spec/schedule-expression.js";
import type { ParsedScaling } from "../../spec/schema/index.js";
import { TIME_ZONES, TZDATA_VERSION } from "../../spec/time-zones.js";
import { stepPolicyIds } from "../../spec/names.js";
import type { RuleContext } from "../context.js";
import type { ServiceRule } from "./rule.js";

type StepPolicy = ParsedScaling["stepScaling"][number];

/**
 * B700–B703, B710: the bounds and what drives them. min > max and a starting count outside
 * min..max are rejected or silently corrected by AWS; requests per target needs the ALB's
 * target group; scaling without a policy or schedule only stops the stack from setting the
 * count (a warning: legal, but most likely a forgotten policy). Queue scaling divides by the
 * running tasks, so at zero tasks it has no value and cannot start the first one.
 */
export const scalingBounds: ServiceRule = (spec, context) => {
  const scaling = spec.scaling;
  if (!scaling) return;
  if (scaling.min > scaling.max) context.report("B700", ["scaling", "min"], { min: scaling.min, max: scaling.max });
  else if (spec.scheduling === "REPLICA" && spec.desiredCount !== undefined && (spec.desiredCount < scaling.min || spec.desiredCount > scaling.max)) {
    context.report("B701", ["desiredCount"], { count: spec.desiredCount, min: scaling.min, max: scaling.max });
  }
  if (scaling.requestsPerTarget !== undefined && !spec.loadBalancer) context.report("B702", ["scaling", "requestsPerTarget"], {});
  const tracking = [scaling.cpuPercent, scaling.memoryPercent, scaling.requestsPerTarget, scaling.queue].some((v) => v !== undefined);
  if (!tracking && scaling.stepScaling.length === 0 && scaling.schedule.length === 0) context.report("B703", ["scaling"], {}, "warning");
  const scalesOutFromZero = scaling.stepScaling.some((step) => step.when === "above");
  if (scaling.queue && scaling.min === 0 && !scalesOutFromZero) context.report("B710", ["scaling", "min"], {});
};

/** B401–B403 on the queue ARN of queue scaling: an SQS queue in the spec's own partition, region and account. */
export const scalingQueue: ServiceRule = (spec, context) => {
  const queue = spec.scaling?.queue;
  if (!queue) return;
  const path = ["scaling", "queue", "arn"];
  const region = isRegion(spec.region) ? spec.region : undefined;
  const account = isAccountId(spec.account) ? spec.account : undefined;
  const example = `arn:${partitionOf(region ?? "us-east-1")}:sqs:${region ?? "<region>"}:${account ?? "<account>"}:<queue name>`;
  const arn = parseArn(queue.arn);
  const reason = arnProblem(queue.arn, arn, region);
  if (reason !== undefined || !arn) {
    context.report("B401", path, { kind: "SQS queue", value: queue.arn, example, ...(reason ? { reason } : {}) });
    return;
  }
  if (region !== undefined && arn.region !== region) context.report("B402", path, { value: queue.arn, found: arn.region, expected: region });
  if (account !== undefined && arn.account !== account) context.report("B403", path, { value: queue.arn, found: arn.account, expected: account });
};

function arnProblem(value: string, arn: ReturnType<typeof parseArn>, home: string | undefined): string | undefined {
  // The queue URL is what SDKs and consoles show first; it is the classic mix-up.
  if (value.startsWith("https://")) return "that is the queue's URL; scaling needs its ARN";
  if (!arn) return "";
  if (arn.service !== "sqs") return `it names the service "${arn.service}", expected "sqs"`;
  if (!isRegion(arn.region)) return `"${arn.region}" is not a region`;
  if (!isAccountId(arn.account)) return `"${arn.account}" is not a 12-digit account id`;
  // Queue names: up to 80 letters, digits, - and _, with .fifo for FIFO queues.
  if (!/^(?:[A-Za-z0-9_-]{1,80}|[A-Za-z0-9_-]{1,75}\.fifo)$/.test(arn.resource)) return "queue names are up to 80 letters, digits, - and _ (FIFO: ending in .fifo)";
  const region = home ?? arn.region;
  if (arn.partition !== partitionOf(region)) return `partition "${arn.partition}" does not match region ${region} (expected "${partitionOf(region)}")`;
  return undefined;
}

/** B704–B709: scheduled actions: expression syntax, time zone, and bounds that can take effect. */
export const scalingSchedule: ServiceRule = (spec, context) => {
  const scaling = spec.scaling;
  if (!scaling) return;
  const maxima = [scaling.max, ...scaling.schedule.flatMap((a) => (a.max === undefined ? [] : [a.max]))];
  const minima = [scaling.min, ...scaling.schedule.flatMap((a) => (a.min === undefined ? [] : [a.min]))];
  reportDuplicates(scaling.schedule, "scheduled action", (i) => ["scaling", "schedule", i, "name"], context);
  scaling.schedule.forEach((action, i) => {
    const path = ["scaling", "schedule", i];
    const problem = parseScheduleExpression(action.expression).problems.find((p) => p.kind !== "rate-unit-number");
    if (problem) context.report("B704", [...path, "expression"], expressionArgs(action.expression, problem));
    if (action.timezone !== undefined && !TIME_ZONES.includes(action.timezone)) {
      const suggestion = TIME_ZONES.find((zone) => zone.toLowerCase() === action.timezone?.toLowerCase());
      context.report("B705", [...path, "timezone"], { value: action.timezone, version: TZDATA_VERSION, ...(suggestion ? { suggestion } : {}) });
    }
    const { min, max, name } = action;
    if (min === undefined && max === undefined) context.report("B706", path, { name });
    else if (min !== undefined && max !== undefined) {
      if (min > max) context.report("B707", [...path, "min"], { name, min, max });
    } else if (min !== undefined && min > Math.max(...maxima)) {
      context.report("B708", [...path, "min"], { name, bound: "min", value: min, limit: Math.max(...maxima) });
    } else if (max !== undefined && max < Math.min(...minima)) {
      context.report("B708", [...path, "max"], { name, bound: "max", value: max, limit: Math.min(...minima) });
    }
  });
};

/**
 * The catalogue's arguments for one expression problem. Application Auto Scaling documents the
 * rate units without EventBridge's singular/plural rule, so that problem is not reported here.
 */
function expressionArgs(expression: string, problem: ExpressionProblem): DiagnosticArgs<"B704"> {
  switch (problem.kind) {
    case "unknown-form":
      return { expression, problem: "form" };
    case "cron-field-count":
      return { expression, problem: "fields", count: problem.count };
    case "cron-field":
      return { expression, problem: "field", field: problem.field.name, value: problem.value, allowed: problem.field.allowed };
    case "cron-day-fields":
      return { expression, problem: "days" };
    case "rate-syntax":
    case "rate-unit-number":
      return { expression, problem: "rate" };
    case "at-timestamp":
      return { expression, problem: "at" };
  }
}

/** B709, B711–B713, B715: step scaling policies and their alarms. */
export const stepScalingPolicies: ServiceRule = (spec, context) => {
  const steps = spec.scaling?.stepScaling ?? [];
  reportDuplicates(steps, "step scaling policy", (i) => ["scaling", "stepScaling", i, "name"], context);
  reportIdClashes(steps, context);
  steps.forEach((policy, i) => checkStepPolicy(policy, ["scaling", "stepScaling", i], context));
};

function checkStepPolicy(policy: StepPolicy, path: SpecPath, context: RuleContext): void {
  const seen = new Set<number>();
  policy.steps.forEach((step, j) => {
    if (seen.has(step.at)) context.report("B711", [...path, "steps", j, "at"], { at: step.at });
    seen.add(step.at);
    const wrongSign =
      policy.adjustment === "exact" ? step.change < 0 : policy.when === "above" ? step.change <= 0 : step.change >= 0;
    if (wrongSign) context.report("B712", [...path, "steps", j, "change"], { change: step.change, when: policy.when, adjustment: policy.adjustment });
  });
  if (policy.minAdjustmentMagnitude !== undefined && policy.adjustment !== "percent") {
    context.report("B715", [...path, "minAdjustmentMagnitude"], { adjustment: policy.adjustment });
  }
  const period = policy.periodSeconds;
  const evaluations = policy.evaluationPeriods;
  const datapoints = policy.datapointsToAlarm ?? evaluations;
  const args = { period, evaluations, datapoints };
  if (period !== 10 && period !== 30 && period % 60 !== 0) context.report("B713", [...path, "periodSeconds"], { reason: "period", ...args });
  else if (period * evaluations > 86400) context.report("B713", [...path, "evaluationPeriods"], { reason: "window", ...args });
  if (datapoints > evaluations) context.report("B713", [...path, "datapointsToAlarm"], { reason: "datapoints", ...args });
}

/**
 * B717: two different step policy names that become one template id (`age` and `age-`) would
 * give CloudFormation two resources with the same logical id. Exact duplicates are B709's.
 */
function reportIdClashes(steps: readonly StepPolicy[], context: RuleContext): void {
  const byId = new Map<string, string>();
  steps.forEach((step, i) => {
    const id = stepPolicyIds(step.name).policy;
    const first = byId.get(id);
    if (first !== undefined && first !== step.name) context.report("B717", ["scaling", "stepScaling", i, "name"], { name: step.name, other: first, id });
    if (first === undefined) byId.set(id, step.name);
  });
}

function reportDuplicates(items: readonly { readonly name: string }[], what: "scheduled action" | "step scaling policy", at: (i: number) => SpecPath, context: RuleContext): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.name)) context.report("B709", at(i), { what, name: item.name });
    seen.add(item.name);
  });
}

/**
 * B714: Fargate Spot and arm64. AWS added Graviton to Fargate Spot in 2024 (platform 1.4.0,
 * which berth's LATEST is), but the China regions' ECS guide still documents Fargate Spot as
 * X86_64-only: there ECS would accept the service and then never place its Spot share.
 */
export const spotArchitecture: ServiceRule = (spec, context) => {
  if (spec.architecture !== "arm64" || partitionOf(spec.region) !== "aws-cn") return;
  const spot = (spec.capacityProviders ?? []).findIndex((item) => item.provider === "FARGATE_SPOT");
  if (spot >= 0) context.report("B714", ["capacityProviders", spot, "provider"], { region: spec.region });
};
