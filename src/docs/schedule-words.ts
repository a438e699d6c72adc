import type { RunTaskTarget, ScheduleResource, ScheduleRuleResource, Stack } from "../ir/index.js";
import { cell, code, count, duration, listing } from "./markdown.js";
import { valueText } from "./stack-sections.js";

const DAY_NAMES: Readonly<Record<string, string>> = { SUN: "Sunday", MON: "Monday", TUE: "Tuesday", WED: "Wednesday", THU: "Thursday", FRI: "Friday", SAT: "Saturday" };

/** `MON-FRI` → `Monday to Friday`, `MON,WED` → `Monday and Wednesday`; undefined for anything else. */
function days(field: string): string | undefined {
  const range = /^([A-Z]{3})-([A-Z]{3})$/.exec(field);
  if (range) {
    const [from, to] = [DAY_NAMES[range[1] ?? ""], DAY_NAMES[range[2] ?? ""]];
    return from && to ? `${from} to ${to}` : undefined;
  }
  const names = field.split(",").map((d) => DAY_NAMES[d]);
  return names.every((n): n is string => n !== undefined) ? listing(names) : undefined;
}

/**
 * A schedule expression in plain words, for the common shapes only: `rate(…)`, a one-time
 * `at(…)`, and a cron that fires once a day at a fixed time (every day, or on named weekdays).
 * Anything else returns undefined and the README shows the expression alone: a wrong paraphrase
 * would be worse than none.
 */
export function describeExpression(expression: string): string | undefined {
  const rate = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(expression);
  if (rate) {
    const value = Number(rate[1]);
    const unit = (rate[2] ?? "").replace(/s$/, "");
    return value === 1 ? `every ${unit}` : `every ${count(value, unit)}`;
  }
  const at = /^at\((\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}):(\d{2})\)$/.exec(expression);
  if (at) return `once, on ${at[1]} at ${at[2]}${at[3] === "00" ? "" : `:${at[3]}`}`;
  const cron = /^cron\((\S+) (\S+) (\S+) (\S+) (\S+) (\S+)\)$/.exec(expression);
  if (!cron) return undefined;
  const [, minute = "", hour = "", dayOfMonth = "", month = "", dayOfWeek = "", year = ""] = cron;
  if (!/^\d{1,2}$/.test(minute) || !/^\d{1,2}$/.test(hour) || month !== "*" || year !== "*") return undefined;
  if (Number(minute) > 59 || Number(hour) > 23) return undefined;
  const time = `${hour.padStart(2, "0")}:${minute.padStart(2, "0")}`;
  const anyDay = (field: string) => field === "*" || field === "?";
  if (anyDay(dayOfMonth) && anyDay(dayOfWeek)) return `every day at ${time}`;
  const weekdays = anyDay(dayOfMonth) ? days(dayOfWeek) : undefined;
  return weekdays === undefined ? undefined : `at ${time} every ${weekdays}`;
}

/** Where and how each run starts: launch type or strategy, copies, network, ECS Exec. */
export function describeTarget(stack: Stack, target: RunTaskTarget): string[] {
  const capacity =
    target.capacityProviderStrategy.length > 0
      ? `with the capacity provider strategy ${listing(target.capacityProviderStrategy.map((p) => `${code(cell(p.provider))} (weight ${p.weight}${p.base > 0 ? `, base ${p.base}` : ""})`))}`
      : `with launch type ${code(target.launchType ?? "FARGATE")}`;
  const { network } = target;
  return [
    `Each run starts ${target.taskCount === 1 ? "one copy" : `${target.taskCount} copies`} of the task in cluster ${code(cell(target.clusterArn))}, ${capacity}.`,
    `The tasks run in ${network.subnets.length === 1 ? "subnet" : "subnets"} ${listing(network.subnets.map((s) => code(cell(s))))} with ${network.securityGroups.length === 1 ? "security group" : "security groups"} ${listing(network.securityGroups.map((g) => valueText(stack, g)))}, ${network.assignPublicIp ? "with" : "without"} a public IP address. ECS Exec is ${target.enableExecuteCommand ? "enabled" : "off"} for them; they carry the task definition's tags and ECS's managed tags.`,
  ];
}

/** What happens when starting a run fails: the retries and the dead-letter queue, in plain words. */
export function describeRetries(target: RunTaskTarget, via: "scheduler" | "rule"): string {
  const { maximumAttempts, maximumEventAgeSeconds } = target.retry;
  const retries =
    maximumAttempts === 0
      ? "is not retried"
      : `is retried up to ${count(maximumAttempts, "time")} (with back-off) for at most ${duration(maximumEventAgeSeconds)} after the scheduled time`;
  const queue = target.deadLetterQueueArn;
  const run = maximumAttempts === 0 ? "the run" : "a run that still cannot start";
  const after =
    queue === undefined
      ? `${run} is dropped (no dead-letter queue)`
      : via === "scheduler"
        ? `${run} goes to the dead-letter queue ${code(cell(queue))} (the schedule's role may send to it)`
        : `${run} goes to the dead-letter queue ${code(cell(queue))}, which EventBridge writes with the queue's own policy: it must allow \`events.amazonaws.com\` to \`sqs:SendMessage\` for this rule (berth does not manage the queue)`;
  const started = maximumAttempts === 0 ? "Nothing reruns a task that started and then failed either." : "These are retries of the start only: a task that started and then failed is not run again.";
  return `When EventBridge cannot start a run (the RunTask call fails, e.g. throttled), it ${retries}; ${after}. ${started}`;
}

/** The schedule's sentences: what starts the task, when, in which time zone, within which window. */
export function describeSchedule(schedule: ScheduleResource | ScheduleRuleResource): string[] {
  const words = describeExpression(schedule.expression);
  const when = words === undefined ? code(cell(schedule.expression)) : `${words} (${code(cell(schedule.expression))})`;
  const lines: string[] = [];
  if (schedule.kind === "schedule") {
    const zone = schedule.timezone === "UTC" ? "in UTC" : `in time zone ${code(cell(schedule.timezone))} (local time, daylight saving time included where the zone observes it)`;
    lines.push(`EventBridge Scheduler schedule ${code(cell(schedule.name))} (default schedule group) starts the task ${when}, ${zone}.`);
    lines.push(
      schedule.flexibleWindowMinutes === undefined
        ? "Runs start at the scheduled time (no flexible window)."
        : `A run may start up to ${count(schedule.flexibleWindowMinutes, "minute")} after the scheduled time (flexible window), which spreads load.`,
    );
  } else {
    lines.push(`EventBridge rule ${code(cell(schedule.name))} (default event bus) starts the task ${when}, in UTC: rules have no time zone and no flexible window.`);
  }
  if (!schedule.enabled) lines.push(`The ${schedule.kind === "schedule" ? "schedule" : "rule"} is created disabled: nothing runs until \`schedule.enabled\` is set to \`true\` and the stack is deployed again.`);
  return lines;
}
