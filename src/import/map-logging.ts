import { ImportReport, obj, objectOf, str, type Json, type SpecObject } from "./spec-tree.js";
import { secretRecord } from "./map-secrets.js";

/** What a container's logging maps to: the spec's `logging` (when not the default) and a TODO. */
export interface MappedLogging {
  readonly logging?: SpecObject;
  readonly todo?: string;
}

/** Where the spec will log: its name (for `/ecs/<name>`), region and spec-level stream prefix. */
export interface LoggingContext {
  readonly name: string;
  readonly region: string;
  readonly streamPrefix: string;
}

/** awslogs options berth models, by the spec field they map to. */
const AWSLOGS_FIELDS: Readonly<Record<string, string>> = {
  mode: "mode",
  "max-buffer-size": "maxBufferSize",
  "awslogs-multiline-pattern": "multilinePattern",
  "awslogs-datetime-format": "datetimeFormat",
};

/**
 * The spec-level stream prefix: the main container's awslogs prefix, so most containers need
 * no per-container one. @returns "ecs" (berth's default) when the main container has none.
 */
export function mainStreamPrefix(container: Json): string {
  return str(obj(obj(container.logConfiguration).options)["awslogs-stream-prefix"]) ?? "ecs";
}

/**
 * A container's `logConfiguration` as the spec's `logging`. awslogs writes to the stack's log
 * group `/ecs/<name>`; a different group in the input is a decision (TODO), not a silent change.
 * awsfirelens keeps its options and secret options. Other drivers and options are B964/B965.
 */
export function mapLogging(input: Json, ctx: LoggingContext, report: ImportReport, path: string): MappedLogging {
  const config = obj(input.logConfiguration);
  const driver = str(config.logDriver);
  if (driver === undefined) return { todo: "the input container had no logConfiguration; berth logs it with awslogs to the stack's log group" };
  const options = obj(config.options);
  if (driver === "awsfirelens") {
    const logging = objectOf({ driver: "firelens" });
    const plain: Record<string, string> = {};
    for (const [key, value] of Object.entries(options)) plain[key] = String(value);
    if (Object.keys(plain).length > 0) logging.set("options", objectOf(plain));
    logging.set("secretOptions", secretRecord(config.secretOptions, report, `${path}.logConfiguration.secretOptions`));
    return { logging };
  }
  if (driver !== "awslogs") {
    report.add("error", "B964", `${path}.logConfiguration.logDriver`, { driver });
    return {};
  }
  const logging = objectOf({});
  const prefix = str(options["awslogs-stream-prefix"]);
  if (prefix !== undefined && prefix !== ctx.streamPrefix) logging.set("streamPrefix", prefix);
  const unknown: string[] = [];
  for (const [key, value] of Object.entries(options)) {
    const field = AWSLOGS_FIELDS[key];
    if (field !== undefined) logging.set(field, String(value));
    else if (key === "awslogs-create-group") report.add("warning", "B970", `${path}.logConfiguration.options.awslogs-create-group`, { container: str(input.name) ?? "" });
    else if (!["awslogs-group", "awslogs-region", "awslogs-stream-prefix"].includes(key)) unknown.push(key);
  }
  if (unknown.length > 0) report.add("error", "B965", `${path}.logConfiguration.options`, { names: unknown });
  const region = str(options["awslogs-region"]);
  if (region !== undefined && region !== ctx.region) {
    report.add("error", "B971", `${path}.logConfiguration.options.awslogs-region`, { logRegion: region, region: ctx.region });
  }
  if (config.secretOptions !== undefined && Array.isArray(config.secretOptions) && config.secretOptions.length > 0) {
    report.add("error", "B962", `${path}.logConfiguration.secretOptions`, { field: "awslogs secretOptions" });
  }
  const group = str(options["awslogs-group"]);
  const stackGroup = `/ecs/${ctx.name}`;
  const todo =
    group !== undefined && group !== stackGroup
      ? `the input logged to "${group}"; berth's stack creates and uses "${stackGroup}". To keep the existing group, add group: ${JSON.stringify(group)}`
      : undefined;
  return { ...(logging.properties.length > 0 ? { logging } : {}), ...(todo ? { todo } : {}) };
}

/**
 * The log router's `firelensConfiguration` as the spec's `firelens`: type, the ECS metadata
 * switch and the extra config file. Unknown options are B965.
 */
export function mapFirelens(input: Json, report: ImportReport, path: string): SpecObject | undefined {
  if (input.firelensConfiguration === undefined || input.firelensConfiguration === null) return undefined;
  const config = obj(input.firelensConfiguration);
  const options = obj(config.options);
  const firelens = objectOf({ type: str(config.type) ?? "fluentbit" });
  const metadata = options["enable-ecs-log-metadata"];
  if (metadata !== undefined && String(metadata) === "false") firelens.set("ecsLogMetadata", false);
  const fileType = str(options["config-file-type"]);
  const fileValue = str(options["config-file-value"]);
  if (fileType !== undefined && fileValue !== undefined) firelens.set("configFile", objectOf({ type: fileType, value: fileValue }));
  const unknown = Object.keys(options).filter((k) => !["enable-ecs-log-metadata", "config-file-type", "config-file-value"].includes(k));
  if (unknown.length > 0) report.add("error", "B965", `${path}.firelensConfiguration.options`, { names: unknown });
  return firelens;
}
