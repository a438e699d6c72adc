import { isAccountId, isRegion, parseArn, partitionOf } from "../../spec/aws-formats.js";
import { parseScheduleExpression } from "../../spec/schedule-expression.js";
import { TIME_ZONES, TZDATA_VERSION } from "../../spec/time-zones.js";
import type { TaskRule } from "./rule.js";

const EXPRESSION = ["schedule", "expression"] as const;

/**
 * B770–B776: the expression must be one EventBridge accepts. CloudFormation and Terraform only
 * check its length, so a Unix-style `cron(0 3 * * *)` or `rate(1 days)` otherwise fails at
 * deploy time, after the task definition and roles have been created.
 */
export const scheduleExpression: TaskRule = (spec, context) => {
  const expression = spec.schedule?.expression;
  if (expression === undefined) return;
  for (const problem of parseScheduleExpression(expression).problems) {
    switch (problem.kind) {
      case "unknown-form":
        context.report("B770", EXPRESSION, { expression });
        break;
      case "cron-field-count":
        context.report("B771", EXPRESSION, { expression, count: problem.count });
        break;
      case "cron-field":
        context.report("B772", EXPRESSION, { expression, field: problem.field.name, value: problem.value, allowed: problem.field.allowed });
        break;
      case "cron-day-fields":
        context.report("B773", EXPRESSION, { expression, dayOfMonth: problem.dayOfMonth, dayOfWeek: problem.dayOfWeek });
        break;
      case "rate-syntax":
        context.report("B774", EXPRESSION, { expression });
        break;
      case "rate-unit-number":
        context.report("B775", EXPRESSION, { expression, value: problem.value, unit: problem.unit, expected: problem.expected });
        break;
      case "at-timestamp":
        context.report("B776", EXPRESSION, { expression });
        break;
    }
  }
};

/**
 * B777/B779/B780: what only EventBridge Scheduler can do. A rule has no time zone (it runs in
 * UTC), no flexible window and no one-time `at()`; CloudFormation would reject the first two
 * properties outright, and an `at()` rule is rejected by EventBridge.
 */
export const schedulerOnlyOptions: TaskRule = (spec, context) => {
  const schedule = spec.schedule;
  if (schedule?.via !== "rule") return;
  if (parseScheduleExpression(schedule.expression).form === "at") context.report("B777", EXPRESSION, {});
  // "UTC" is what a rule does anyway; anything else would silently shift the run time.
  if (schedule.timezone !== undefined && schedule.timezone !== "UTC") {
    context.report("B779", ["schedule", "timezone"], { value: schedule.timezone });
  }
  if (schedule.flexibleWindowMinutes !== undefined) context.report("B780", ["schedule", "flexibleWindowMinutes"], {});
};

/**
 * B778: Scheduler time zones are IANA names. Checked against a list generated from a tz
 * database release (src/spec/time-zones.ts), not against `Intl`, whose list depends on the ICU
 * build of the Node running berth.
 */
export const scheduleTimezone: TaskRule = (spec, context) => {
  const timezone = spec.schedule?.timezone;
  // With a rule any time zone is already B779; naming a second problem would only distract.
  if (timezone === undefined || spec.schedule?.via === "rule" || TIME_ZONES.includes(timezone)) return;
  const suggestion = suggestTimezone(timezone);
  context.report("B778", ["schedule", "timezone"], { value: timezone, version: TZDATA_VERSION, ...(suggestion ? { suggestion } : {}) });
};

/**
 * The zone meant by a wrongly cased name ("europe/berlin"), a bare city ("Berlin", "New York")
 * or a typo of at most two letters ("Europe/Berln"); undefined when no single zone fits.
 */
export function suggestTimezone(value: string): string | undefined {
  const wanted = value.trim().replace(/ /g, "_").toLowerCase();
  const exact = TIME_ZONES.find((zone) => zone.toLowerCase() === wanted);
  if (exact) return exact;
  // Not Etc/: its signs are inverted (Etc/GMT+2 is UTC−2), so "GMT+2" must not become "Etc/GMT+2".
  const byCity = TIME_ZONES.filter(
    (zone) => zone.includes("/") && !zone.startsWith("Etc/") && zone.slice(zone.lastIndexOf("/") + 1).toLowerCase() === wanted,
  );
  if (byCity.length === 1) return byCity[0];
  // Short names are too close to each other ("GMT+2" is one letter from "GMT+0", a different
  // offset): only full Area/City names are guessed from typos.
  if (!wanted.includes("/")) return undefined;
  const near = TIME_ZONES.map((zone) => ({ zone, distance: editDistance(zone.toLowerCase(), wanted) })).filter((c) => c.distance <= 2);
  const best = Math.min(...near.map((c) => c.distance));
  const closest = near.filter((c) => c.distance === best);
  return closest.length === 1 ? closest[0]?.zone : undefined;
}

/** Levenshtein distance: insertions, deletions and substitutions of one character each count 1. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** B781–B783: EventBridge's ranges for the flexible window and the retry policy. */
export const scheduleLimits: TaskRule = (spec, context) => {
  const schedule = spec.schedule;
  if (!schedule) return;
  const window = schedule.flexibleWindowMinutes;
  if (window !== undefined && (window < 1 || window > 1440)) context.report("B781", ["schedule", "flexibleWindowMinutes"], { minutes: window });
  const { maximumAttempts, maximumEventAgeSeconds } = schedule.retry;
  if (maximumAttempts < 0 || maximumAttempts > 185) context.report("B782", ["schedule", "retry", "maximumAttempts"], { attempts: maximumAttempts });
  if (maximumEventAgeSeconds < 60 || maximumEventAgeSeconds > 86400) {
    context.report("B783", ["schedule", "retry", "maximumEventAgeSeconds"], { seconds: maximumEventAgeSeconds });
  }
};

/**
 * B784–B787: the dead-letter queue is a standard SQS queue in the stack's account and region.
 * For a rule, EventBridge writes to it under the queue's own policy (not the role's), which
 * berth cannot manage without clobbering the queue's existing policy: a warning says what to add.
 */
export const deadLetterQueue: TaskRule = (spec, context) => {
  const queue = spec.schedule?.deadLetterQueue;
  if (queue === undefined || spec.schedule === undefined) return;
  const path = ["schedule", "deadLetterQueue"];
  const region = isRegion(spec.region) ? spec.region : undefined;
  const account = isAccountId(spec.account) ? spec.account : undefined;
  const example = `arn:${region ? partitionOf(region) : "aws"}:sqs:${region ?? "<region>"}:${account ?? "<account>"}:<queue name>`;
  const arn = parseArn(queue);
  const reason = queueProblem(arn, region);
  if (reason !== undefined) {
    context.report("B784", path, { value: queue, example, ...(reason ? { reason } : {}) });
    return;
  }
  if (arn && region !== undefined && arn.region !== region) context.report("B785", path, { value: queue, found: arn.region, expected: region });
  if (arn && account !== undefined && arn.account !== account) context.report("B786", path, { value: queue, found: arn.account, expected: account });
  if (spec.schedule.via === "rule" && region !== undefined && account !== undefined) {
    context.report("B787", path, { ruleArn: `arn:${partitionOf(region)}:events:${region}:${account}:rule/${spec.name}` }, "warning");
  }
};

/** Why an SQS ARN is malformed: a reason, "" when only the example can explain it, undefined when fine. */
function queueProblem(arn: ReturnType<typeof parseArn>, region: string | undefined): string | undefined {
  if (!arn) return "";
  if (arn.service !== "sqs") return `it names the service "${arn.service}", expected "sqs"`;
  if (!isRegion(arn.region)) return `"${arn.region}" is not a region`;
  if (!isAccountId(arn.account)) return `"${arn.account}" is not a 12-digit account id`;
  if (arn.resource.endsWith(".fifo")) return "EventBridge cannot use a FIFO queue as a dead-letter queue";
  // Queue names: 1–80 letters, digits, hyphens and underscores.
  if (!/^[A-Za-z0-9_-]{1,80}$/.test(arn.resource)) return "";
  const expected = partitionOf(region ?? arn.region);
  if (arn.partition !== expected) return `partition "${arn.partition}" does not match region ${region ?? arn.region} (expected "${expected}")`;
  return undefined;
}

/** Every rule that only tasks have, in reporting order. */
export const SCHEDULE_RULES: readonly TaskRule[] = [scheduleExpression, schedulerOnlyOptions, scheduleTimezone, scheduleLimits, deadLetterQueue];
