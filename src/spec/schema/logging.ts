import { z } from "zod";
import { secretRef } from "./secrets.js";

/** Retention periods CloudWatch Logs accepts, in days. */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

/** awslogs logging to a log group the stack creates (`/ecs/<service name>`). */
export const logging = z.strictObject({
  /** Days to keep log events; one of CloudWatch's allowed values. @default 30 */
  retentionDays: z.number().int().default(30),
  /** Log stream prefix. @default "ecs" */
  streamPrefix: z.string().min(1).default("ecs"),
  /**
   * KMS key ARN that encrypts the log group's events. Its key policy must allow the
   * `logs.<region>.amazonaws.com` principal. @default none (CloudWatch Logs' own encryption)
   */
  kmsKey: z.string().min(1).optional(),
  /** Log group class; `INFREQUENT_ACCESS` costs less to ingest and has fewer features. @default "STANDARD" */
  logGroupClass: z.enum(["STANDARD", "INFREQUENT_ACCESS"]).default("STANDARD"),
  /**
   * Keep the log group and its events when the stack is deleted (CloudFormation
   * `DeletionPolicy`/`UpdateReplacePolicy: Retain`; Terraform `skip_destroy`). @default false
   */
  retainOnDelete: z.boolean().default(false),
});

export type LoggingSpec = z.input<typeof logging>;

/**
 * Options of the FireLens output for one container: Fluent Bit (or Fluentd) output-plugin
 * settings, passed through as strings, as the ECS API requires. The CloudWatch Logs keys are
 * typed for completion; any other plugin's keys (`Host`, `dd_service`, `delivery_stream`, …)
 * are accepted as written.
 */
export const firelensOptions = z
  .object({
    /** Fluent Bit output plugin, e.g. `cloudwatch_logs`, `firehose`, `datadog` (Fluentd uses `@type`). */
    Name: z.string().min(1).optional(),
    /** cloudwatch_logs: region of the log group; must be a region code such as `us-east-1`. */
    region: z.string().optional(),
    /** cloudwatch_logs: destination log group. The task role may write to exactly this group. */
    log_group_name: z.string().optional(),
    /** cloudwatch_logs: prefix of the log stream names (the record's tag is appended). */
    log_stream_prefix: z.string().optional(),
    /** cloudwatch_logs: one fixed log stream name; not together with `log_stream_prefix`. */
    log_stream_name: z.string().optional(),
    /** cloudwatch_logs: create the log group if it is missing (grants logs:CreateLogGroup). @default "false" */
    auto_create_group: z.enum(["true", "false"]).optional(),
    /** cloudwatch_logs: retention of a group Fluent Bit creates, in days (grants logs:PutRetentionPolicy). */
    log_retention_days: z.string().optional(),
  })
  .catchall(z.string());

/**
 * A container that logs with the awslogs driver to the stack's log group (`/ecs/<name>`). The
 * default: `driver` may be left out.
 */
export const awslogsLogging = z.strictObject({
  /** @default "awslogs" */
  driver: z.literal("awslogs").optional(),
  /** Stream prefix inside the log group. @default the spec's `logging.streamPrefix` */
  streamPrefix: z.string().min(1).optional(),
  /**
   * An existing log group to write to instead of the stack's (`awslogs-group`); the execution
   * role may write to exactly its streams. @default the stack's group `/ecs/<name>`
   */
  group: z.string().regex(/^[.\-_/#A-Za-z0-9]{1,512}$/, "must be a log group name: letters, digits and . - _ / #").optional(),
  /**
   * `"non-blocking"`: the container never waits for CloudWatch Logs; lines beyond the buffer are
   * dropped. @default "blocking" (ECS's default)
   */
  mode: z.enum(["blocking", "non-blocking"]).optional(),
  /** Buffer of non-blocking mode, e.g. `"25m"` (`max-buffer-size`). @default "1m" (Docker's) */
  maxBufferSize: z.string().regex(/^[0-9]+[kmg]?$/, 'must be a size such as "25m"').optional(),
  /** Regular expression that starts a new log event (`awslogs-multiline-pattern`). @default none */
  multilinePattern: z.string().min(1).optional(),
  /** strftime format that starts a new log event (`awslogs-datetime-format`). @default none */
  datetimeFormat: z.string().min(1).optional(),
});

/**
 * A container that logs through FireLens (the `awsfirelens` driver) to the task's log router
 * container (the one with `firelens`), which ships the logs wherever `options` say.
 */
export const firelensLogging = z.strictObject({
  driver: z.literal("firelens"),
  /**
   * Output-plugin options, e.g. `{ Name: "cloudwatch_logs", region: "us-east-1",
   * log_group_name: "/ecs/my-api", log_stream_prefix: "from-firelens-", auto_create_group: "true" }`.
   * Empty only when the log router's `configFile` defines the outputs. @default {}
   */
  options: firelensOptions.default({}),
  /**
   * Options whose values are secrets (API keys, tokens), filled in from Secrets Manager or SSM
   * at task start, e.g. `{ apikey: secretsManager("arn:…:secret:datadog-api-key") }`; the
   * execution role may read exactly these. @default {}
   */
  secretOptions: z.record(z.string().min(1), secretRef).default({}),
});

/** How one container logs: awslogs to the stack's log group (default) or through FireLens. */
export const containerLogging = z.discriminatedUnion("driver", [awslogsLogging, firelensLogging]);

/**
 * Makes a container the task's FireLens log router: ECS writes the router's configuration from
 * the `options` of every container that logs with `driver: "firelens"`. The router itself keeps
 * logging to the stack's log group with awslogs, so its own failures stay visible.
 */
export const firelensRouter = z.strictObject({
  /** Which router the image runs. @default "fluentbit" */
  type: z.enum(["fluentbit", "fluentd"]).default("fluentbit"),
  /**
   * Add the ECS task metadata (cluster, task ARN, task definition, container name) to every
   * record (`enable-ecs-log-metadata`). @default true
   */
  ecsLogMetadata: z.boolean().default(true),
  /**
   * An extra configuration file included in the generated one (`config-file-type` /
   * `config-file-value`): a path inside the image (`file`), or an S3 object ARN (`s3`, EC2 only;
   * grants the execution role s3:GetObject on it). @default none
   */
  configFile: z.strictObject({ type: z.enum(["file", "s3"]), value: z.string().min(1) }).optional(),
});

/** FireLens output options as a spec author writes them. */
export type FirelensOptionsSpec = z.input<typeof firelensOptions>;
/** A container's `logging` as a spec author writes it (awslogs or FireLens). */
export type ContainerLoggingSpec = z.input<typeof containerLogging>;
/** A container's `firelens` (log router) settings as a spec author writes them. */
export type FirelensRouterSpec = z.input<typeof firelensRouter>;
