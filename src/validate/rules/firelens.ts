import type { SpecPath } from "../../diagnostics/diagnostic.js";
import { isRegion } from "../../spec/aws-formats.js";
import { computeOf } from "../../spec/compute.js";
import { cloudWatchOutput, firelensLoggingOf, isTemplated, optionKey, optionValue, pluginKey, stackLogGroupName } from "../../spec/firelens.js";
import type { WorkloadSpec } from "../../spec/workload.js";
import type { RuleContext } from "../context.js";
import { looksLikeCredential } from "./environment.js";
import type { WorkloadRule } from "./rule.js";
import { taskContainers, type TaskContainer } from "../../spec/containers.js";

/** CloudWatch Logs' rule for group names (names with run-time parts are not checked). */
const LOG_GROUP_NAME = /^[A-Za-z0-9_\-/.#]{1,512}$/;

/** An S3 object ARN as ECS takes it for `config-file-value`: no region or account, a bucket and a key. */
const S3_OBJECT_ARN = /^arn:[a-z-]+:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/.+$/;

/**
 * A value that names a record field rather than holding a secret (`log_key: "log"`,
 * `time_key: "time"`): short, identifier-like, not starting with a capital (which access key
 * ids do). Fluent Bit has many `*_key` options of this kind, which the credential heuristic
 * would otherwise flag.
 */
const FIELD_REFERENCE = /^[a-z_$@][A-Za-z0-9_.$@[\]"'-]{0,23}$/;

/**
 * B870–B874: the task's log-routing topology, the way ECS checks it at RegisterTaskDefinition:
 * containers that log through FireLens need exactly one router, a router needs someone to route
 * for, and the router cannot route its own logs. The router should be essential (AWS's advice):
 * a warning, because ECS accepts a non-essential one.
 */
export const firelensRouting: WorkloadRule = (spec, context) => {
  const containers = taskContainers(spec);
  const routers = containers.filter(({ container }) => container.firelens !== undefined);
  const routed = containers.filter(({ container }) => firelensLoggingOf(container) !== undefined);
  if (routers.length > 1) {
    const names = routers.map((r) => r.name ?? "");
    for (const router of routers.slice(1)) context.report("B871", [...router.path, "firelens"], { names });
  }
  for (const router of routers) {
    const name = router.name ?? "";
    if (!router.container.essential) context.report("B872", [...router.path, "essential"], { name }, "warning");
    if (firelensLoggingOf(router.container)) context.report("B873", [...router.path, "logging", "driver"], { name });
  }
  const [first] = routers;
  if (first === undefined) {
    for (const { path, name } of routed) context.report("B870", [...path, "logging", "driver"], { name: name ?? "" });
  } else if (routed.length === 0) {
    context.report("B874", [...first.path, "firelens"], { name: first.name ?? "" });
  }
};

/**
 * B875/B876/B883/B884: each routed container's options. They must name the output plugin
 * (`Name` for Fluent Bit, `@type` for Fluentd) unless empty, and empty options only work when
 * the router's config file defines the outputs. Credentials belong in `secretOptions`, and an
 * option comes from one place.
 */
export const firelensOptions: WorkloadRule = (spec, context) => {
  const containers = taskContainers(spec);
  const router = containers.find(({ container }) => container.firelens !== undefined);
  for (const entry of containers) {
    const logging = firelensLoggingOf(entry.container);
    if (!logging || entry === router) continue;
    const at: SpecPath = [...entry.path, "logging"];
    const keys = Object.keys(logging.options);
    if (router?.container.firelens) {
      const { type, configFile } = router.container.firelens;
      const key = pluginKey(type);
      const named = type === "fluentbit" ? optionValue(logging.options, key) !== undefined : Object.hasOwn(logging.options, key);
      if (keys.length > 0 && !named) context.report("B875", [...at, "options"], { key, type });
      if (keys.length === 0 && configFile === undefined) context.report("B876", [...at, "options"], { router: router.name ?? "" }, "warning");
    }
    for (const name of keys) {
      const value = logging.options[name] ?? "";
      if (looksLikeSecretOption(name, value)) context.report("B883", [...at, "options", name], { name }, "warning");
      if (Object.hasOwn(logging.secretOptions, name)) context.report("B884", [...at, "options", name], { name });
    }
  }
};

/** The credential heuristic of `environment`, minus options that name a record field. */
function looksLikeSecretOption(name: string, value: string): boolean {
  if (!looksLikeCredential(name, value)) return false;
  const fieldOption = /key$/i.test(name) && !/api_?key$/i.test(name);
  return !(fieldOption && FIELD_REFERENCE.test(value.trim()));
}

/**
 * B877–B882/B887: a Fluent Bit CloudWatch Logs output. The plugin needs a region, a log group
 * and one way of naming streams; the region should be the stack's unless logs deliberately go
 * to a central region (warning); a group Fluent Bit creates has no retention unless
 * `log_retention_days` says so (warning; the stack's own group has one).
 */
export const firelensCloudWatch: WorkloadRule = (spec, context) => {
  const containers = taskContainers(spec);
  const router = containers.find(({ container }) => container.firelens !== undefined);
  if (router?.container.firelens?.type !== "fluentbit") return;
  for (const entry of containers) {
    if (entry === router) continue;
    checkCloudWatchOutput(spec, entry, context);
  }
};

function checkCloudWatchOutput(spec: WorkloadSpec, entry: TaskContainer, context: RuleContext): void {
  const options = firelensLoggingOf(entry.container)?.options ?? {};
  const output = cloudWatchOutput(options);
  if (!output) return;
  const at = (key: string): SpecPath => [...entry.path, "logging", "options", optionKey(options, key)];
  const homeRegion = isRegion(spec.region) ? spec.region : "us-east-1";
  if (output.region === undefined) context.report("B877", [...entry.path, "logging", "options"], { region: homeRegion });
  else if (!isRegion(output.region)) context.report("B878", at("region"), { value: output.region, region: homeRegion });
  else if (isRegion(spec.region) && output.region !== spec.region) context.report("B879", at("region"), { value: output.region, region: spec.region }, "warning");

  const groupName = optionValue(options, "log_group_name");
  if (groupName === undefined || groupName.trim() === "") {
    // The C plugin can take the group from log_group_template alone; the Go plugin cannot.
    if (output.plugin === "cloudwatch" || optionValue(options, "log_group_template") === undefined) {
      context.report("B880", [...entry.path, "logging", "options"], { plugin: output.plugin });
    }
  } else if (!isTemplated(groupName) && !LOG_GROUP_NAME.test(groupName)) {
    context.report("B881", at("log_group_name"), { value: groupName });
  }

  const streamName = optionValue(options, "log_stream_name");
  const streamPrefix = optionValue(options, "log_stream_prefix");
  if (streamName !== undefined && streamPrefix !== undefined) context.report("B882", at("log_stream_prefix"), { problem: "both" });
  else if (streamName === undefined && streamPrefix === undefined && optionValue(options, "log_stream_template") === undefined) {
    context.report("B882", [...entry.path, "logging", "options"], { problem: "none" });
  }

  if (output.autoCreateGroup && !output.setsRetention) {
    for (const group of output.logGroups) {
      if (group !== stackLogGroupName(spec)) context.report("B887", at("auto_create_group"), { group }, "warning");
    }
  }
}

/**
 * B885/B886: the router's extra configuration file. ECS on Fargate only reads files baked into
 * the image; an S3 file needs an object ARN, a file an absolute path.
 */
export const firelensConfigFile: WorkloadRule = (spec, context) => {
  for (const { container, path } of taskContainers(spec)) {
    const configFile = container.firelens?.configFile;
    if (!configFile) continue;
    const at: SpecPath = [...path, "firelens", "configFile"];
    if (configFile.type === "s3" && computeOf(spec) === "FARGATE") context.report("B885", [...at, "type"], {});
    const valid = configFile.type === "s3" ? S3_OBJECT_ARN.test(configFile.value) : configFile.value.startsWith("/");
    if (!valid) context.report("B886", [...at, "value"], { type: configFile.type, value: configFile.value });
  }
};
