import { containersOf } from "../spec/containers.js";
import type { ContainerLogging, FirelensConfiguration, PolicyStatement } from "../ir/index.js";
import { partitionOf } from "../spec/aws-formats.js";
import { cloudWatchOutput, firelensLoggingOf, routesThroughFluentBit, logGroupPattern, type CloudWatchOutput } from "../spec/firelens.js";
import type { ParsedContainer } from "../spec/workload.js";
import { streamDestinationArn, streamOutput, type StreamOutput } from "../spec/firelens-streams.js";
import { sortedRecord } from "./aws.js";
import type { WorkloadContext } from "./context.js";
import { secretValueFrom } from "./secrets.js";

/**
 * A container's log configuration: awslogs to the stack's log group (or the existing group it
 * names, with its awslogs options) unless it logs through
 * FireLens, in which case its output options go to the log router unchanged (keys sorted).
 */
export function lowerContainerLogging(ctx: WorkloadContext, c: ParsedContainer): ContainerLogging {
  const logging = c.logging;
  if (logging?.driver !== "firelens") {
    const options = sortedRecord({
      ...(logging?.mode === undefined ? {} : { mode: logging.mode }),
      ...(logging?.maxBufferSize === undefined ? {} : { "max-buffer-size": logging.maxBufferSize }),
      ...(logging?.multilinePattern === undefined ? {} : { "awslogs-multiline-pattern": logging.multilinePattern }),
      ...(logging?.datetimeFormat === undefined ? {} : { "awslogs-datetime-format": logging.datetimeFormat }),
    });
    return {
      driver: "awslogs",
      logGroup: logging?.group ?? { resource: ctx.ids.logGroup, attribute: "name" },
      region: ctx.env.region,
      streamPrefix: logging?.streamPrefix ?? ctx.spec.logging.streamPrefix,
      ...(Object.keys(options).length === 0 ? {} : { options }),
    };
  }
  return {
    driver: "awsfirelens",
    options: sortedRecord(logging.options),
    secretOptions: Object.keys(logging.secretOptions)
      .sort()
      .map((name) => ({ name, valueFrom: secretValueFrom(ctx, logging.secretOptions[name]!) })),
  };
}

/**
 * The router's `firelensConfiguration`. `enable-ecs-log-metadata` is always written, even at its
 * ECS default of true, so a reviewer sees whether records carry task metadata.
 */
export function lowerFirelensConfiguration(c: ParsedContainer): FirelensConfiguration | undefined {
  if (c.firelens === undefined) return undefined;
  const { type, ecsLogMetadata, configFile } = c.firelens;
  const options: Record<string, string> = { "enable-ecs-log-metadata": String(ecsLogMetadata) };
  if (configFile) {
    options["config-file-type"] = configFile.type;
    options["config-file-value"] = configFile.value;
  }
  return { type, options: sortedRecord(options) };
}

/**
 * The CloudWatch Logs outputs of the task's containers. Only a Fluent Bit router reads these
 * option names; Fluentd's CloudWatch plugin has other options, so nothing is inferred for it.
 */
function cloudWatchOutputs(ctx: WorkloadContext): CloudWatchOutput[] {
  if (!routesThroughFluentBit(ctx.spec)) return [];
  return containersOf(ctx.spec).flatMap((c) => {
    const output = cloudWatchOutput(firelensLoggingOf(c)?.options ?? {});
    return output ? [output] : [];
  });
}

/** The ARN of a log group (pattern) in the output's region, the stack's account. */
function groupArn(ctx: WorkloadContext, output: CloudWatchOutput, group: string): string {
  const region = output.region ?? ctx.env.region;
  return `arn:${partitionOf(region)}:logs:${region}:${ctx.env.account}:log-group:${logGroupPattern(group)}`;
}

/**
 * Task role statements for FireLens: the log router runs in the task and ships with the task
 * role's credentials, so the role may write exactly the log groups the outputs name (streams
 * `:*`), create them only with `auto_create_group`, set their retention only with
 * `log_retention_days`, and call DescribeLogStreams only for the Go `cloudwatch` plugin (the C
 * plugin never does). With `role_arn`, the router writes as that role, so only AssumeRole on it
 * is granted. Group-level actions get both ARN forms CloudWatch Logs uses (with and without `:*`).
 */
export function firelensTaskRoleStatements(ctx: WorkloadContext): PolicyStatement[] {
  const streams = new Set<string>();
  const describe = new Set<string>();
  const create = new Set<string>();
  const retention = new Set<string>();
  const roles = new Set<string>();
  for (const output of cloudWatchOutputs(ctx)) {
    if (output.roleArn !== undefined) {
      roles.add(output.roleArn);
      continue;
    }
    for (const group of output.logGroups) {
      const arn = groupArn(ctx, output, group);
      streams.add(`${arn}:*`);
      if (output.plugin === "cloudwatch") describe.add(`${arn}:*`);
      if (output.autoCreateGroup) [arn, `${arn}:*`].forEach((a) => create.add(a));
      if (output.autoCreateGroup && output.setsRetention) [arn, `${arn}:*`].forEach((a) => retention.add(a));
    }
  }
  const statement = (sid: string, actions: string[], resources: Set<string>): PolicyStatement[] =>
    resources.size === 0 ? [] : [{ sid, effect: "Allow", actions, resources: [...resources].sort() }];
  const destinations = streamDestinations(ctx, roles);
  return [
    ...statement("FireLensWriteLogs", ["logs:CreateLogStream", "logs:PutLogEvents"], streams),
    ...statement("FireLensDescribeLogStreams", ["logs:DescribeLogStreams"], describe),
    ...statement("FireLensCreateLogGroups", ["logs:CreateLogGroup"], create),
    ...statement("FireLensLogRetention", ["logs:PutRetentionPolicy"], retention),
    ...statement("FireLensPutFirehose", ["firehose:PutRecordBatch"], destinations.firehose),
    ...statement("FireLensPutKinesis", ["kinesis:PutRecords"], destinations.kinesis),
    ...statement("FireLensPutS3", ["s3:PutObject"], destinations.s3),
    ...statement("FireLensAssumeRole", ["sts:AssumeRole"], roles),
  ];
}

/**
 * The Firehose delivery streams, Kinesis streams and S3 buckets the task's Fluent Bit outputs
 * write to, by service; an output with `role_arn` adds its role to `roles` instead. An output
 * without a destination name gets nothing here (validation warns, B667).
 */
function streamDestinations(ctx: WorkloadContext, roles: Set<string>): Record<StreamOutput["kind"]["service"], Set<string>> {
  const found = { firehose: new Set<string>(), kinesis: new Set<string>(), s3: new Set<string>() };
  if (!routesThroughFluentBit(ctx.spec)) return found;
  for (const c of containersOf(ctx.spec)) {
    const output = streamOutput(firelensLoggingOf(c)?.options ?? {});
    if (output?.roleArn !== undefined) roles.add(output.roleArn);
    else if (output?.destination !== undefined) {
      found[output.kind.service].add(streamDestinationArn({ ...output, destination: output.destination }, ctx.env));
    }
  }
  return found;
}

/**
 * Execution role statements for FireLens: a router configuration file in S3 is fetched by the
 * ECS agent with the execution role (EC2 only; Fargate takes files from the image).
 */
export function firelensExecutionStatements(ctx: WorkloadContext): PolicyStatement[] {
  const objects = containersOf(ctx.spec).flatMap((c) => (c.firelens?.configFile?.type === "s3" ? [c.firelens.configFile.value] : []));
  if (objects.length === 0) return [];
  // arn:aws:s3:::bucket/key → the bucket's ARN is everything before the first slash.
  const buckets = objects.map((o) => o.slice(0, o.indexOf("/") === -1 ? o.length : o.indexOf("/")));
  return [
    { sid: "FireLensConfigObject", effect: "Allow", actions: ["s3:GetObject"], resources: [...new Set(objects)].sort() },
    { sid: "FireLensConfigBucket", effect: "Allow", actions: ["s3:GetBucketLocation"], resources: [...new Set(buckets)].sort() },
  ];
}
