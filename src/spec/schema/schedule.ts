import { z } from "zod";

/**
 * What EventBridge does when starting the task fails (RunTask throttled, no Fargate capacity,
 * …): retry with backoff until either limit is reached, then drop the run or send it to the
 * dead-letter queue. These are not retries of a task that started and then failed.
 */
export const scheduleRetry = z.strictObject({
  /** Retry attempts after the first failure (0–185). @default 185 (EventBridge's own default) */
  maximumAttempts: z.number().int().default(185),
  /** Seconds after the scheduled time during which retries may happen (60–86400). @default 86400 */
  maximumEventAgeSeconds: z.number().int().default(86400),
});

/**
 * When and how the task runs. Expressions are EventBridge's: `cron(minutes hours day-of-month
 * month day-of-week year)` with `?` in one of the two day fields, `rate(1 day)` / `rate(5
 * minutes)`, or a one-time `at(2026-12-01T03:00:00)` (Scheduler only).
 */
export const schedule = z.strictObject({
  /** `cron(0 3 * * ? *)`, `rate(1 day)` or `at(2026-12-01T03:00:00)`. */
  expression: z.string().min(1),
  /**
   * IANA time zone the expression is evaluated in, e.g. `Europe/Berlin` (daylight saving time
   * included). Scheduler only: rules always run in UTC. @default "UTC"
   */
  timezone: z.string().min(1).optional(),
  /**
   * Let Scheduler start the run anywhere within this many minutes after the scheduled time
   * (1–1440), which spreads load. Scheduler only. @default off (runs at the scheduled time)
   */
  flexibleWindowMinutes: z.number().int().optional(),
  /** Retries of a failed start. @default { maximumAttempts: 185, maximumEventAgeSeconds: 86400 } */
  retry: scheduleRetry.default({ maximumAttempts: 185, maximumEventAgeSeconds: 86400 }),
  /**
   * ARN of a standard SQS queue that receives the runs that could not be started after all
   * retries. @default none (such runs are dropped)
   */
  deadLetterQueue: z.string().optional(),
  /** Copies of the task each run starts (1–10). @default 1 */
  taskCount: z.number().int().min(1).max(10).default(1),
  /**
   * `scheduler`: EventBridge Scheduler (time zones, flexible windows, one-time `at()`).
   * `rule`: a scheduled EventBridge rule (UTC only), for accounts that standardise on rules.
   * @default "scheduler"
   */
  via: z.enum(["scheduler", "rule"]).default("scheduler"),
  /** Create the schedule enabled; `false` pauses it without deleting anything. @default true */
  enabled: z.boolean().default(true),
});

/** What a spec author writes for `schedule`. */
export type ScheduleSpec = z.input<typeof schedule>;
/** A schedule after parsing. */
export type ParsedSchedule = z.output<typeof schedule>;
