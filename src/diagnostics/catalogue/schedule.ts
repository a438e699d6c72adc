import { entry } from "./entry.js";

/** Scheduled tasks (B770–B799). */
export const scheduleEntries = {
  B770: entry<{ expression: string }>({
    message: (a) => `"${a.expression}" is not an EventBridge schedule expression.`,
    hint: () =>
      "Use cron(minutes hours day-of-month month day-of-week year), e.g. cron(0 3 * * ? *); rate(value unit), e.g. rate(1 day); or, with Scheduler, at(yyyy-mm-ddThh:mm:ss).",
  }),
  B771: entry<{ expression: string; count: number }>({
    message: (a) => `EventBridge cron() takes 6 fields; "${a.expression}" has ${a.count}.`,
    hint: () => 'The fields are minutes hours day-of-month month day-of-week year, with ? in one day field: Unix "0 3 * * *" is cron(0 3 * * ? *).',
  }),
  B772: entry<{ expression: string; field: string; value: string; allowed: string }>({
    message: (a) => `"${a.value}" is not valid in the ${a.field} field of ${a.expression}.`,
    hint: (a) => `The ${a.field} field accepts ${a.allowed}${a.field === "day-of-week" ? " (1 = SUN; Unix's 0 is not accepted)" : ""}.`,
  }),
  B773: entry<{ expression: string; dayOfMonth: string; dayOfWeek: string }>({
    message: (a) =>
      `${a.expression} must have "?" in exactly one of day-of-month ("${a.dayOfMonth}") and day-of-week ("${a.dayOfWeek}").`,
    hint: () => "EventBridge cannot combine the two day fields: cron(0 3 * * ? *) runs every day, cron(0 3 ? * MON-FRI *) on weekdays.",
  }),
  B774: entry<{ expression: string }>({
    message: (a) => `"${a.expression}" is not a valid rate expression.`,
    hint: () => "Write rate(<whole number ≥ 1> <unit>) with unit minute(s), hour(s) or day(s), e.g. rate(5 minutes) or rate(1 day).",
  }),
  B775: entry<{ expression: string; value: number; unit: string; expected: string }>({
    message: (a) => `${a.expression} must say "${a.expected}": EventBridge wants the singular unit for 1 and the plural otherwise.`,
    hint: (a) => `Write rate(${a.value} ${a.expected}).`,
  }),
  B776: entry<{ expression: string }>({
    message: (a) => `"${a.expression}" is not a valid one-time schedule.`,
    hint: () => "Write at(yyyy-mm-ddThh:mm:ss) with a real date and time, e.g. at(2026-12-01T03:00:00); it is read in the schedule's timezone.",
  }),
  B777: entry({
    message: () => 'One-time at() schedules need EventBridge Scheduler; EventBridge rules only take cron() and rate().',
    hint: () => 'Remove via: "rule" (Scheduler is the default), or use a cron() or rate() expression.',
  }),
  B778: entry<{ value: string; suggestion?: string; version: string }>({
    message: (a) => `"${a.value}" is not a time zone EventBridge Scheduler knows.`,
    hint: (a) =>
      a.suggestion
        ? `Did you mean "${a.suggestion}"?`
        : `Use an IANA time zone name such as Europe/Berlin, America/New_York or UTC (berth checks against tz database ${a.version}).`,
  }),
  B779: entry<{ value: string }>({
    message: (a) => `EventBridge rules evaluate schedules in UTC, so timezone "${a.value}" cannot apply with via: "rule".`,
    hint: () => 'Use EventBridge Scheduler (remove via: "rule"), or write the expression in UTC and remove timezone (it then ignores daylight saving time).',
  }),
  B780: entry({
    message: () => 'flexibleWindowMinutes needs EventBridge Scheduler; EventBridge rules always run at the scheduled time.',
    hint: () => 'Remove flexibleWindowMinutes, or remove via: "rule" to use Scheduler.',
  }),
  B781: entry<{ minutes: number }>({
    message: (a) => `A flexible window of ${a.minutes} minutes is outside 1–1440.`,
    hint: () => "Give 1–1440 minutes (at most 24 hours), or leave flexibleWindowMinutes out to run exactly at the scheduled time.",
  }),
  B782: entry<{ attempts: number }>({
    message: (a) => `retry.maximumAttempts ${a.attempts} is outside 0–185.`,
    hint: () => "EventBridge retries a failed start at most 185 times; 0 turns retries off.",
  }),
  B783: entry<{ seconds: number }>({
    message: (a) => `retry.maximumEventAgeSeconds ${a.seconds} is outside 60–86400.`,
    hint: () => "Retries may go on from 60 seconds up to 24 hours (86400 seconds) after the scheduled time.",
  }),
  B784: entry<{ value: string; example: string; reason?: string }>({
    message: (a) => `"${a.value}" is not an SQS queue ARN${a.reason ? `: ${a.reason}` : ""}.`,
    hint: (a) => `Expected the form ${a.example}; the dead-letter queue must be a standard (not FIFO) queue.`,
  }),
  B785: entry<{ value: string; found: string; expected: string }>({
    message: (a) => `Dead-letter queue region "${a.found}" does not match the spec's region "${a.expected}".`,
    hint: () => "EventBridge delivers failed runs only to a queue in the schedule's own region.",
  }),
  B786: entry<{ value: string; found: string; expected: string }>({
    message: (a) => `Dead-letter queue account "${a.found}" does not match the spec's account "${a.expected}".`,
    hint: () => "Use a queue in the spec's account: a queue elsewhere needs a resource policy berth does not manage.",
  }),
  B787: entry<{ ruleArn: string }>({
    message: () => 'With via: "rule", EventBridge writes to the dead-letter queue through the queue\'s own policy, which berth does not manage.',
    hint: (a) => `Allow sqs:SendMessage for the service principal events.amazonaws.com in the queue policy, with the condition ArnEquals aws:SourceArn ${a.ruleArn}.`,
  }),
  // B800–B849: deployments (rolling alarms, CodeDeploy blue/green, image ownership).
} as const;
