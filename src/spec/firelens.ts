/**
 * How berth reads FireLens settings: which container is the log router, and what a container's
 * Fluent Bit output options mean when they ship to CloudWatch Logs. Validation and lowering use
 * these same readers, so a spec that passed validation is lowered the way it was checked.
 */
import { containersOf } from "./containers.js";
import type { ParsedContainer, WorkloadSpec } from "./workload.js";

/** A container's FireLens logging after parsing (the `driver: "firelens"` branch). */
export type ParsedFirelensLogging = Extract<NonNullable<ParsedContainer["logging"]>, { driver: "firelens" }>;

/** The Fluent Bit output plugins that write to CloudWatch Logs: the C plugin and the older Go plugin. */
export const CLOUDWATCH_PLUGINS = ["cloudwatch_logs", "cloudwatch"] as const;

/**
 * The log group the stack creates for its containers (`/ecs/<name>`), as lower/logs.ts names it:
 * a FireLens output writing there needs no group of its own and inherits the stack's retention.
 */
export function stackLogGroupName(spec: { readonly name: string }): string {
  return `/ecs/${spec.name}`;
}

/** The option that names the output plugin for each router type. */
export function pluginKey(type: "fluentbit" | "fluentd"): "Name" | "@type" {
  return type === "fluentbit" ? "Name" : "@type";
}

/**
 * Whether the task's log router is Fluent Bit: only then do output options such as `Name`,
 * `log_group_name` or `delivery_stream` mean what berth reads them as (Fluentd's differ).
 */
export function routesThroughFluentBit(spec: Pick<WorkloadSpec, "container" | "sidecars">): boolean {
  return containersOf(spec).find((c) => c.firelens !== undefined)?.firelens?.type === "fluentbit";
}

/** The container's FireLens logging, or undefined when it logs with awslogs. */
export function firelensLoggingOf(container: ParsedContainer): ParsedFirelensLogging | undefined {
  const logging = container.logging;
  return logging?.driver === "firelens" ? logging : undefined;
}

/**
 * An option by name, ignoring case: Fluent Bit reads `Region` and `region` alike, so a rule or a
 * policy that only looked for the lower-case spelling would miss what the router acts on.
 */
export function optionValue(options: Readonly<Record<string, string>>, key: string): string | undefined {
  const wanted = key.toLowerCase();
  const found = Object.keys(options).find((k) => k.toLowerCase() === wanted);
  return found === undefined ? undefined : options[found];
}

/** The option key as the author wrote it (for diagnostics paths), or the canonical spelling. */
export function optionKey(options: Readonly<Record<string, string>>, key: string): string {
  const wanted = key.toLowerCase();
  return Object.keys(options).find((k) => k.toLowerCase() === wanted) ?? key;
}

/** What a Fluent Bit CloudWatch Logs output does, as far as permissions and checks care. */
export interface CloudWatchOutput {
  readonly plugin: (typeof CLOUDWATCH_PLUGINS)[number];
  /** The `region` option, when given. */
  readonly region: string | undefined;
  /** `log_group_name` and `log_group_template`, as written (templates keep their `$(…)` parts). */
  readonly logGroups: readonly string[];
  readonly autoCreateGroup: boolean;
  /** `log_retention_days` is set: Fluent Bit sets the retention of groups it creates. */
  readonly setsRetention: boolean;
  /** `role_arn`: Fluent Bit assumes this role and writes with its permissions instead. */
  readonly roleArn: string | undefined;
}

/**
 * The CloudWatch Logs output a Fluent Bit router runs for these options, or undefined when the
 * options name another plugin (Datadog, Firehose, …) or none.
 */
export function cloudWatchOutput(options: Readonly<Record<string, string>>): CloudWatchOutput | undefined {
  const name = optionValue(options, "Name")?.trim().toLowerCase();
  const plugin = CLOUDWATCH_PLUGINS.find((p) => p === name);
  if (plugin === undefined) return undefined;
  const groups = [optionValue(options, "log_group_name"), optionValue(options, "log_group_template")];
  const retention = optionValue(options, "log_retention_days");
  return {
    plugin,
    region: optionValue(options, "region"),
    logGroups: groups.filter((g): g is string => g !== undefined && g.trim() !== ""),
    autoCreateGroup: optionValue(options, "auto_create_group")?.trim().toLowerCase() === "true",
    setsRetention: retention !== undefined && retention.trim() !== "" && retention.trim() !== "0",
    roleArn: optionValue(options, "role_arn"),
  };
}

/**
 * Parts of a log group name Fluent Bit fills in at run time: record accessors in
 * `log_group_template` (`$ecs_cluster`, `$kubernetes['namespace_name']`), the Go plugin's
 * `$(ecs_task_id)` and environment variables (`${ENV}`).
 */
const RUNTIME_PART = /\$\([^)]*\)|\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*(?:\[(?:'[^']*'|"[^"]*"|\d+)\])*/g;

/**
 * A log group name as an IAM resource pattern: each part filled in at run time becomes `*`
 * (the narrowest pattern that still matches every group the router may write to).
 */
export function logGroupPattern(name: string): string {
  return name.replace(RUNTIME_PART, "*");
}

/** Whether a log group name is filled in at run time (has record-accessor, `$(…)` or `${…}` parts). */
export function isTemplated(name: string): boolean {
  return logGroupPattern(name) !== name;
}
