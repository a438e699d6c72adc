/**
 * Parser for EventBridge schedule expressions (`cron(…)`, `rate(…)`, `at(…)`), as both
 * EventBridge Scheduler and scheduled EventBridge rules read them. Pure: it reports what is
 * wrong as data, and validation turns that into diagnostics. Sources: the EventBridge
 * "Schedule expressions for rules" reference and Scheduler's "Schedule types" page.
 */

/** One of cron's six fields, in order. */
export interface CronField {
  readonly name: "minutes" | "hours" | "day-of-month" | "month" | "day-of-week" | "year";
  readonly min: number;
  readonly max: number;
  /** Names accepted in place of numbers (case-insensitive), first name = `min`. */
  readonly names?: readonly string[];
  /** Wildcards allowed besides `, - * /`, as the reference lists them. */
  readonly allowed: string;
}

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const DAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

/** EventBridge's cron fields: note the year, and day-of-week 1–7 = SUN–SAT (not Unix's 0–6). */
export const CRON_FIELDS: readonly CronField[] = [
  { name: "minutes", min: 0, max: 59, allowed: "0–59 and , - * /" },
  { name: "hours", min: 0, max: 23, allowed: "0–23 and , - * /" },
  { name: "day-of-month", min: 1, max: 31, allowed: "1–31 and , - * ? / L W" },
  { name: "month", min: 1, max: 12, names: MONTHS, allowed: "1–12 or JAN–DEC and , - * /" },
  { name: "day-of-week", min: 1, max: 7, names: DAYS, allowed: "1–7 or SUN–SAT and , - * ? L #" },
  { name: "year", min: 1970, max: 2199, allowed: "1970–2199 and , - * /" },
];

/** What is wrong with an expression, if anything. */
export type ExpressionProblem =
  | { readonly kind: "unknown-form" }
  | { readonly kind: "cron-field-count"; readonly count: number }
  | { readonly kind: "cron-field"; readonly field: CronField; readonly value: string }
  | { readonly kind: "cron-day-fields"; readonly dayOfMonth: string; readonly dayOfWeek: string }
  | { readonly kind: "rate-syntax"; readonly body: string }
  | { readonly kind: "rate-unit-number"; readonly value: number; readonly unit: string; readonly expected: string }
  | { readonly kind: "at-timestamp"; readonly body: string };

/** A parsed expression: its form, plus every problem found (empty when valid). */
export interface ParsedExpression {
  readonly form: "cron" | "rate" | "at" | undefined;
  readonly problems: readonly ExpressionProblem[];
}

/** Parses one schedule expression and lists every problem in it. */
export function parseScheduleExpression(expression: string): ParsedExpression {
  const match = /^(cron|rate|at)\((.*)\)$/.exec(expression);
  if (!match) return { form: undefined, problems: [{ kind: "unknown-form" }] };
  const form = match[1] as "cron" | "rate" | "at";
  const body = match[2] ?? "";
  if (form === "cron") return { form, problems: cronProblems(body) };
  if (form === "rate") return { form, problems: rateProblems(body) };
  return { form, problems: isTimestamp(body) ? [] : [{ kind: "at-timestamp", body }] };
}

function cronProblems(body: string): ExpressionProblem[] {
  const values = body.trim() === "" ? [] : body.trim().split(/\s+/);
  if (values.length !== CRON_FIELDS.length) return [{ kind: "cron-field-count", count: values.length }];
  const problems: ExpressionProblem[] = [];
  CRON_FIELDS.forEach((field, i) => {
    const value = values[i] as string;
    if (!cronFieldValid(field, value)) problems.push({ kind: "cron-field", field, value });
  });
  // "You can't specify the Day-of-month and Day-of-week fields in the same cron expression":
  // exactly one of them is `?`.
  const dayOfMonth = values[2] as string;
  const dayOfWeek = values[4] as string;
  if ((dayOfMonth === "?") === (dayOfWeek === "?")) problems.push({ kind: "cron-day-fields", dayOfMonth, dayOfWeek });
  return problems;
}

/** True when `value` is acceptable in `field`: `?` alone, or a list of items. */
export function cronFieldValid(field: CronField, value: string): boolean {
  if (value === "?") return field.name === "day-of-month" || field.name === "day-of-week";
  return value.split(",").every((item) => cronItemValid(field, item));
}

function cronItemValid(field: CronField, item: string): boolean {
  if (field.name === "day-of-month") {
    // L = last day; LW = last weekday; 15W = weekday nearest the 15th.
    if (item === "L" || item === "LW") return true;
    const weekday = /^(\d{1,2})W$/.exec(item);
    if (weekday) return inRange(field, Number(weekday[1]));
  }
  if (field.name === "day-of-week") {
    // L = last day of the week (Saturday); 6L = last Friday of the month; 3#2 = second Tuesday.
    if (item === "L") return true;
    const last = /^([A-Za-z]{3}|\d)L$/.exec(item);
    if (last) return valueOf(field, last[1] as string) !== undefined;
    const nth = /^([A-Za-z]{3}|\d)#([1-5])$/.exec(item);
    if (nth) return valueOf(field, nth[1] as string) !== undefined;
  }
  const [range, step, ...rest] = item.split("/");
  if (rest.length > 0 || range === undefined) return false;
  if (step !== undefined && !(/^\d+$/.test(step) && Number(step) >= 1 && Number(step) <= field.max)) return false;
  if (range === "*") return true;
  const bounds = range.split("-");
  if (bounds.length > 2) return false;
  return bounds.every((bound) => valueOf(field, bound) !== undefined);
}

/** A number or (case-insensitive) name in the field's range, as a number; undefined otherwise. */
function valueOf(field: CronField, text: string): number | undefined {
  const named = field.names?.indexOf(text.toUpperCase()) ?? -1;
  if (named >= 0) return field.min + named;
  if (!/^\d{1,4}$/.test(text)) return undefined;
  const number = Number(text);
  return inRange(field, number) ? number : undefined;
}

function inRange(field: CronField, value: number): boolean {
  return value >= field.min && value <= field.max;
}

function rateProblems(body: string): ExpressionProblem[] {
  const match = /^([1-9]\d*) (minute|minutes|hour|hours|day|days)$/.exec(body);
  if (!match) return [{ kind: "rate-syntax", body }];
  const value = Number(match[1]);
  const unit = match[2] as string;
  const singular = unit.replace(/s$/, "");
  // EventBridge rejects rate(1 minutes) and rate(5 minute): the unit must agree with the value.
  const expected = value === 1 ? singular : `${singular}s`;
  return unit === expected ? [] : [{ kind: "rate-unit-number", value, unit, expected }];
}

/** `yyyy-mm-ddThh:mm:ss`, a real calendar date and time (no zone: the schedule's time zone applies). */
function isTimestamp(body: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(body);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC avoids any local-time quirk.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
