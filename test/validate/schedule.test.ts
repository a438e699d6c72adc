import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/index.js";
import { parseScheduleExpression } from "../../src/spec/schedule-expression.js";
import type { TaskSpec } from "../../src/spec/schema/index.js";
import { TIME_ZONES } from "../../src/spec/time-zones.js";
import { suggestTimezone } from "../../src/validate/rules/schedule.js";
import { validateTask } from "../../src/validate/task.js";
import nightly from "../../specs/nightly-report.js";

/** Validates a copy of the nightly job after `edit` changed it. */
function check(edit: (spec: TaskSpec) => void = () => {}): readonly Diagnostic[] {
  const spec = structuredClone(nightly.spec);
  edit(spec);
  return validateTask(spec, "spec.ts").diagnostics;
}
const codes = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => d.code);
const withSchedule = (schedule: NonNullable<TaskSpec["schedule"]>) => check((s) => (s.schedule = schedule));
const problems = (expression: string) => parseScheduleExpression(expression).problems.map((p) => p.kind);

describe("schedule expressions", () => {
  it.each([
    "cron(0 3 * * ? *)",
    "cron(0/15 * * * ? *)",
    "cron(15 10 ? * MON-FRI *)",
    "cron(0 8 1 * ? *)",
    "cron(0 18 ? * mon-fri *)",
    "cron(0 12 L * ? *)",
    "cron(0 12 LW * ? *)",
    "cron(0 12 15W * ? *)",
    "cron(0 12 ? * 6L *)",
    "cron(0 12 ? * 3#2 *)",
    "cron(0 12 ? * L 2026-2030)",
    "cron(5,35 14 * JAN,JUL ? *)",
    "cron(0 0-23/2 ? * SUN *)",
    "rate(1 minute)",
    "rate(5 minutes)",
    "rate(1 hour)",
    "rate(12 hours)",
    "rate(1 day)",
    "rate(7 days)",
    "at(2026-12-01T03:00:00)",
    "at(2028-02-29T23:59:59)",
  ])("accepts %s", (expression) => {
    expect(parseScheduleExpression(expression).problems).toEqual([]);
  });

  it.each([
    ["0 3 * * ? *", ["unknown-form"]],
    ["cron 0 3 * * ? *", ["unknown-form"]],
    ["cron(0 3 * * ?)", ["cron-field-count"]],
    ["cron(0 3 * * ? * *)", ["cron-field-count"]],
    ["cron(60 3 * * ? *)", ["cron-field"]],
    ["cron(0 24 * * ? *)", ["cron-field"]],
    ["cron(0 3 32 * ? *)", ["cron-field"]],
    ["cron(0 3 ? 13 * *)", ["cron-field"]],
    ["cron(0 3 ? * 8 *)", ["cron-field"]],
    ["cron(0 3 ? * MON-FRY *)", ["cron-field"]],
    ["cron(0 3 * * ? 1969)", ["cron-field"]],
    ["cron(0/0 3 * * ? *)", ["cron-field"]],
    ["cron(0 3 ? * 3#6 *)", ["cron-field"]],
    ["cron(0 3 L ? * *)", ["cron-field", "cron-day-fields"]],
    ["cron(0 3 * * * *)", ["cron-day-fields"]],
    ["cron(0 3 ? * ? *)", ["cron-day-fields"]],
    ["rate(1.5 hours)", ["rate-syntax"]],
    ["rate(5 weeks)", ["rate-syntax"]],
    ["rate(5minutes)", ["rate-syntax"]],
    ["rate(2 day)", ["rate-unit-number"]],
    ["at(2026-13-01T03:00:00)", ["at-timestamp"]],
    ["at(2027-02-29T03:00:00)", ["at-timestamp"]],
    ["at(2026-12-01 03:00:00)", ["at-timestamp"]],
    ["at(2026-12-01T03:00:00Z)", ["at-timestamp"]],
  ])("rejects %s", (expression, expected) => {
    expect(problems(expression)).toEqual(expected);
  });

  it("reports every bad cron field, not only the first", () => {
    expect(problems("cron(61 25 * * ? *)")).toEqual(["cron-field", "cron-field"]);
  });

  it("a rate is valid iff its unit agrees with its value (singular exactly for 1)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.constantFrom("minute", "hour", "day"), fc.boolean(), (value, unit, plural) => {
        const ok = parseScheduleExpression(`rate(${value} ${unit}${plural ? "s" : ""})`).problems.length === 0;
        expect(ok).toBe(plural === (value !== 1));
      }),
    );
  });
});

describe("time zones", () => {
  it("ships a sorted, duplicate-free list with UTC and current and former IANA names", () => {
    expect([...TIME_ZONES].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(TIME_ZONES);
    expect(new Set(TIME_ZONES).size).toBe(TIME_ZONES.length);
    for (const zone of ["UTC", "Etc/UTC", "Europe/Berlin", "Europe/Kyiv", "Europe/Kiev", "America/New_York", "Asia/Kolkata", "Asia/Calcutta"]) {
      expect(TIME_ZONES, zone).toContain(zone);
    }
    expect(TIME_ZONES).not.toContain("Factory");
  });

  it("suggests the zone for a wrongly cased name or a bare city, and nothing when ambiguous or unknown", () => {
    expect(suggestTimezone("europe/berlin")).toBe("Europe/Berlin");
    expect(suggestTimezone("New York")).toBe("America/New_York");
    expect(suggestTimezone("Europe/Berln")).toBe("Europe/Berlin");
    expect(suggestTimezone("America/Sao_Pablo")).toBe("America/Sao_Paulo");
    expect(suggestTimezone("CEST")).toBeUndefined();
    // "Etc/GMT+1" and "Etc/GMT-1" are equally close: no guess.
    expect(suggestTimezone("Etc/GMT 1")).toBeUndefined();
  });

  it("accepts Scheduler time zones and rejects others with B778", () => {
    expect(withSchedule({ expression: "cron(0 3 * * ? *)", timezone: "America/Sao_Paulo" })).toEqual([]);
    const [d, ...rest] = withSchedule({ expression: "cron(0 3 * * ? *)", timezone: "GMT+2" });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "B778", path: "schedule.timezone" });
    // No guess: "GMT+0" is one letter away, and Etc/GMT+2 is UTC−2 (inverted sign).
    expect(d?.hint).toContain("IANA time zone name");
  });
});

describe("Scheduler-only options on a rule", () => {
  it("accepts a rule written in UTC", () => {
    expect(withSchedule({ expression: "cron(0 1 * * ? *)", via: "rule", timezone: "UTC" })).toEqual([]);
  });

  it("reports a rule's time zone once (B779), even when the zone is unknown", () => {
    expect(codes(withSchedule({ expression: "cron(0 1 * * ? *)", via: "rule", timezone: "Mars/Olympus" }))).toEqual(["B779"]);
  });

  it("accepts a flexible window and at() on Scheduler", () => {
    expect(withSchedule({ expression: "at(2026-12-01T03:00:00)", timezone: "Europe/Berlin", flexibleWindowMinutes: 1440 })).toEqual([]);
  });
});

describe("retry and window limits", () => {
  it.each([
    [{ maximumAttempts: 0 }, []],
    [{ maximumAttempts: 185 }, []],
    [{ maximumAttempts: 186 }, ["B782"]],
    [{ maximumAttempts: -1 }, ["B782"]],
    [{ maximumEventAgeSeconds: 60 }, []],
    [{ maximumEventAgeSeconds: 86400 }, []],
    [{ maximumEventAgeSeconds: 86401 }, ["B783"]],
  ])("retry %o → %o", (retry, expected) => {
    expect(codes(withSchedule({ expression: "rate(1 day)", retry }))).toEqual(expected);
  });

  it("bounds the flexible window to 1–1440 minutes", () => {
    expect(codes(withSchedule({ expression: "rate(1 day)", flexibleWindowMinutes: 0 }))).toEqual(["B781"]);
    expect(codes(withSchedule({ expression: "rate(1 day)", flexibleWindowMinutes: 1 }))).toEqual([]);
  });

  it("leaves the task count to the schema (1–10)", () => {
    expect(codes(withSchedule({ expression: "rate(1 day)", taskCount: 11 }))).toEqual(["B100"]);
  });
});

describe("dead-letter queue", () => {
  const dlq = (deadLetterQueue: string, via: "scheduler" | "rule" = "scheduler") => withSchedule({ expression: "rate(1 day)", deadLetterQueue, via });

  it("wants an SQS queue ARN, with the spec's partition", () => {
    expect(dlq("arn:aws:sns:eu-central-1:123456789012:alerts")).toMatchObject([{ code: "B784", message: expect.stringContaining('service "sns"') }]);
    expect(dlq("nightly-report-dlq")).toMatchObject([{ code: "B784" }]);
    expect(dlq("arn:aws-cn:sqs:eu-central-1:123456789012:dlq")).toMatchObject([{ code: "B784", message: expect.stringContaining("partition") }]);
  });

  it("reports region and account separately", () => {
    expect(codes(dlq("arn:aws:sqs:eu-west-1:210987654321:dlq"))).toEqual(["B785", "B786"]);
  });

  it("warns (without failing) that a rule's DLQ needs a queue policy naming the rule", () => {
    const [warning, ...rest] = dlq("arn:aws:sqs:eu-central-1:123456789012:dlq", "rule");
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ code: "B787", severity: "warning" });
    expect(warning?.hint).toContain("arn:aws:events:eu-central-1:123456789012:rule/nightly-report");
  });
});

describe("the rules tasks share with services", () => {
  it("the example has no diagnostics", () => {
    expect(check()).toEqual([]);
  });

  it("run on containers, secrets, network ids and account", () => {
    const diagnostics = check((s) => {
      s.container.environment = { DB_PASSWORD: "hunter2" };
      s.network.subnets = ["subnet-XYZ"];
      s.account = "12345";
    });
    expect(codes(diagnostics).sort()).toEqual(["B301", "B404", "B601", "B602"]);
  });

  it("reject a launch type together with a capacity provider strategy", () => {
    expect(codes(check((s) => ((s.launchType = "FARGATE"), (s.capacityProviders = [{ provider: "FARGATE_SPOT" }]))))).toContain("B734");
  });

  it("list the task's own fields for an unknown key", () => {
    const [d] = check((s) => Object.assign(s, { desiredCount: 2 }));
    expect(d).toMatchObject({ code: "B101", path: "desiredCount" });
    expect(d?.hint).toContain("schedule");
    expect(d?.hint).not.toContain("loadBalancer");
  });
});
