import { entry, list } from "./entry.js";

/** FireLens log routing (B870–B889). */
export const firelensEntries = {
  B870: entry<{ name: string }>({
    message: (a) => `Container "${a.name}" logs through FireLens, but no container in the task is the log router.`,
    hint: () =>
      'Add a log router sidecar, e.g. { name: "log-router", image: "public.ecr.aws/aws-observability/aws-for-fluent-bit:<version>", firelens: { type: "fluentbit" } }; ECS rejects the task definition without one.',
  }),
  B871: entry<{ names: readonly string[] }>({
    message: (a) => `A task can have one FireLens log router; ${a.names.length} containers have firelens: ${list(a.names.map((n) => `"${n}"`))}.`,
    hint: () => "Keep firelens on one container; it routes the logs of every container that logs with driver: \"firelens\".",
  }),
  B872: entry<{ name: string }>({
    message: (a) => `The log router "${a.name}" is not essential: if it stops, the task keeps running and its logs are lost.`,
    hint: () => "AWS recommends an essential log router: remove essential: false so ECS replaces the task when the router fails.",
  }),
  B873: entry<{ name: string }>({
    message: (a) => `The log router "${a.name}" cannot log through FireLens itself.`,
    hint: () => "Remove its logging (it then logs to the stack's log group with awslogs, so router failures stay visible).",
  }),
  B874: entry<{ name: string }>({
    message: (a) => `"${a.name}" is a FireLens log router, but no container logs through it.`,
    hint: () => 'Set logging: { driver: "firelens", options: { … } } on the containers to route, or remove firelens; ECS rejects a router nobody uses.',
  }),
  B875: entry<{ key: string; type: string }>({
    message: (a) => `These FireLens options do not name an output plugin: ${a.type === "fluentbit" ? "Fluent Bit" : "Fluentd"} needs "${a.key}".`,
    hint: (a) =>
      a.key === "Name"
        ? 'Add the Fluent Bit plugin, e.g. Name: "cloudwatch_logs", "firehose", "kinesis_streams", "datadog" or "es".'
        : 'Add the Fluentd plugin, e.g. "@type": "cloudwatch_logs" or "kinesis_firehose".',
  }),
  B876: entry<{ router: string }>({
    message: (a) => `This container logs through FireLens without options, and the log router "${a.router}" has no configFile: its logs go nowhere.`,
    hint: () => 'Give options naming an output (e.g. Name: "cloudwatch_logs" with region and log_group_name), or a configFile on the router that defines outputs.',
  }),
  B877: entry<{ region: string }>({
    message: () => "The CloudWatch Logs output has no region.",
    hint: (a) => `Fluent Bit's CloudWatch Logs plugins require it, e.g. region: "${a.region}".`,
  }),
  B878: entry<{ value: string; region: string }>({
    message: (a) => `"${a.value}" is not an AWS region code.`,
    hint: (a) => `Use a region code such as "${a.region}" (the spec's region).`,
  }),
  B879: entry<{ value: string; region: string }>({
    message: (a) => `Logs are shipped to ${a.value}, but the stack deploys to ${a.region}.`,
    hint: () => "Cross-region shipping adds latency and data-transfer cost; if it is deliberate (a central logging region), keep it. Otherwise use the spec's region.",
  }),
  B880: entry<{ plugin: string }>({
    message: (a) => `The ${a.plugin} output has no log_group_name.`,
    hint: () => 'Name the destination group, e.g. log_group_name: "/ecs/<name>" (the stack\'s own group, kept with its retention).',
  }),
  B881: entry<{ value: string }>({
    message: (a) => `"${a.value}" is not a valid log group name.`,
    hint: () => "Log group names are 1–512 characters: letters, digits, and _ - / . #.",
  }),
  B882: entry<{ problem: "both" | "none" }>({
    message: (a) =>
      a.problem === "both"
        ? "log_stream_name and log_stream_prefix are both set; Fluent Bit accepts one of them."
        : "The CloudWatch Logs output names no log stream.",
    hint: (a) =>
      a.problem === "both"
        ? "Use log_stream_prefix (one stream per container, the tag appended) or log_stream_name (one fixed stream), not both."
        : 'Set log_stream_prefix, e.g. "from-firelens-" (one stream per container), or log_stream_name.',
  }),
  B883: entry<{ name: string }>({
    message: (a) => `FireLens option ${a.name} looks like a credential but has a literal value.`,
    hint: (a) =>
      `Literal options are readable by anyone with ecs:DescribeTaskDefinition and in every template diff. Move it to secretOptions:\n  secretOptions: { ${a.name}: secretsManager("arn:aws:secretsmanager:<region>:<account>:secret:<name>") }`,
  }),
  B884: entry<{ name: string }>({
    message: (a) => `FireLens option ${a.name} is set in both options and secretOptions.`,
    hint: () => "An option comes from one place only; keep the secretOptions entry.",
  }),
  B885: entry({
    message: () => "A FireLens configFile from S3 is not supported on Fargate.",
    hint: () => 'On Fargate, bake the file into the router image and use configFile: { type: "file", value: "/fluent-bit/etc/extra.conf" }.',
  }),
  B886: entry<{ type: string; value: string }>({
    message: (a) =>
      a.type === "s3" ? `"${a.value}" is not an S3 object ARN.` : `"${a.value}" is not an absolute path inside the router image.`,
    hint: (a) => (a.type === "s3" ? "Write arn:<partition>:s3:::<bucket>/<key>, e.g. arn:aws:s3:::my-bucket/fluent-bit/extra.conf." : "Write a path starting with /, e.g. /fluent-bit/etc/extra.conf."),
  }),
  B887: entry<{ group: string }>({
    message: (a) => `Fluent Bit creates "${a.group}" (auto_create_group) without a retention, so its logs never expire.`,
    hint: () => 'Add log_retention_days (e.g. "30"), or write to the stack\'s own log group, which has logging.retentionDays.',
  }),
} as const;
