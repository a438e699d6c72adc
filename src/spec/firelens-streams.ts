/**
 * FireLens outputs that ship records to an AWS stream or bucket — Kinesis Data Firehose,
 * Kinesis Data Streams and S3 — read from a Fluent Bit output's options. The log router runs
 * inside the task with the task role's credentials, so each such output needs a task-role
 * permission on exactly its destination; this module names the destination, the lowering
 * grants the permission and validation warns when the destination cannot be named.
 */
import { partitionOf } from "./aws-formats.js";
import { logGroupPattern, optionValue } from "./firelens.js";

/** One kind of destination: the plugins that write to it, the option naming it, and the API call. */
interface StreamKind {
  readonly service: "firehose" | "kinesis" | "s3";
  /** Fluent Bit plugin names: the C plugin first, then the older Go plugin. */
  readonly plugins: readonly string[];
  /** The output option that names the destination. */
  readonly option: string;
  /** What the router calls on the destination (S3 multipart uploads are covered by PutObject). */
  readonly actions: readonly string[];
}

/** The AWS destinations of Fluent Bit's AWS output plugins (docs.fluentbit.io, "Outputs"). */
export const STREAM_KINDS: readonly StreamKind[] = [
  { service: "firehose", plugins: ["kinesis_firehose", "firehose"], option: "delivery_stream", actions: ["firehose:PutRecordBatch"] },
  { service: "kinesis", plugins: ["kinesis_streams", "kinesis"], option: "stream", actions: ["kinesis:PutRecords"] },
  { service: "s3", plugins: ["s3"], option: "bucket", actions: ["s3:PutObject"] },
];

/** A FireLens output to Firehose, Kinesis or S3. */
export interface StreamOutput {
  readonly kind: StreamKind;
  /** The plugin as written (lower-cased). */
  readonly plugin: string;
  /** The destination's name as an IAM pattern, or undefined when the option is missing. */
  readonly destination: string | undefined;
  readonly region: string | undefined;
  /** With `role_arn`, the router writes as that role and the task role only assumes it. */
  readonly roleArn: string | undefined;
}

/** The stream output these Fluent Bit options describe, or undefined for any other plugin. */
export function streamOutput(options: Readonly<Record<string, string>>): StreamOutput | undefined {
  const plugin = optionValue(options, "Name")?.trim().toLowerCase();
  const kind = STREAM_KINDS.find((k) => plugin !== undefined && k.plugins.includes(plugin));
  if (kind === undefined || plugin === undefined) return undefined;
  const name = optionValue(options, kind.option)?.trim();
  return {
    kind,
    plugin,
    destination: name === undefined || name === "" ? undefined : logGroupPattern(name),
    region: optionValue(options, "region"),
    roleArn: optionValue(options, "role_arn"),
  };
}

/** The ARN of a stream output's destination in the stack's account (S3: every object of the bucket). */
export function streamDestinationArn(output: StreamOutput & { destination: string }, home: { region: string; account: string }): string {
  const region = output.region ?? home.region;
  const partition = partitionOf(region);
  switch (output.kind.service) {
    case "firehose":
      return `arn:${partition}:firehose:${region}:${home.account}:deliverystream/${output.destination}`;
    case "kinesis":
      return `arn:${partition}:kinesis:${region}:${home.account}:stream/${output.destination}`;
    case "s3":
      return `arn:${partition}:s3:::${output.destination}/*`;
  }
}
