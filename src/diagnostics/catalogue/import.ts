import { entry, list } from "./entry.js";

/**
 * `berth import` (B960–B979): reading a task definition JSON and mapping it to a spec. Errors
 * mean nothing is written; warnings are values the importer mapped but a person should check.
 */
export const importEntries = {
  B960: entry<{ reason: string }>({
    message: (a) => `The input is not a task definition: ${a.reason}.`,
    hint: () => "Pass the output of `aws ecs describe-task-definition` or a `register-task-definition` input (JSON).",
  }),
  B961: entry<{ what: string }>({
    message: (a) => `Cannot tell the ${a.what} from the task definition's ARNs or image hosts.`,
    hint: (a) => `Pass --${a.what} explicitly.`,
  }),
  B962: entry<{ field: string }>({
    message: (a) => `berth does not model "${a.field}"; it cannot be imported.`,
    hint: () => "Remove the field from the input if the task does not need it, or add it through a per-backend override after import.",
  }),
  B963: entry<{ value: string; field: string; allowed: string }>({
    message: (a) => `${a.field} "${a.value}" has no berth equivalent.`,
    hint: (a) => `berth accepts: ${a.allowed}.`,
  }),
  B964: entry<{ driver: string }>({
    message: (a) => `Log driver "${a.driver}" is not modelled by berth.`,
    hint: () => "berth writes awslogs (to the stack's log group or an existing one) or FireLens (awsfirelens); route other destinations through a FireLens router.",
  }),
  B965: entry<{ names: readonly string[] }>({
    message: (a) => `The input's log configuration options ${list(a.names)} have no berth field.`,
    hint: () => "awslogs options berth maps: awslogs-group, awslogs-region, awslogs-stream-prefix, mode, max-buffer-size, awslogs-multiline-pattern, awslogs-datetime-format.",
  }),
  B966: entry<{ valueFrom: string }>({
    message: (a) => `Secret "${a.valueFrom}" is neither a Secrets Manager ARN nor an SSM parameter.`,
    hint: () => "Use a full secretsmanager ARN (optionally with :jsonKey:versionStage:versionId) or an ssm parameter ARN or /name.",
  }),
  B967: entry<{ containers: number }>({
    message: (a) => `The task definition has ${a.containers} containers; a spec needs at least one.`,
    hint: () => "containerDefinitions must list at least one container.",
  }),
  B968: entry<{ family: string }>({
    message: (a) => `Family "${a.family}" is not a berth name; the spec is named after it in lower case.`,
    hint: () => "berth names are lower-case letters, digits and hyphens (32 at most); check the generated `name`.",
  }),
  B969: entry<{ field: string; value: string }>({
    message: (a) => `${a.field} "${a.value}" is kept as an existing role: berth creates neither that role nor its policies.`,
    hint: () => "The generated README lists what the role must allow. To have berth create a least-privilege role instead, remove executionRole / taskRole.arn from the spec.",
  }),
  B970: entry<{ container: string }>({
    message: (a) => `Container "${a.container}" asks awslogs to create its log group (awslogs-create-group); the stack creates the group itself, so the option is left out.`,
    hint: () => "Nothing to do: berth's stack owns the log group (with its retention), and the execution role needs no logs:CreateLogGroup.",
  }),
  B971: entry<{ logRegion: string; region: string }>({
    message: (a) => `The container logs to region ${a.logRegion}, but the spec deploys to ${a.region}.`,
    hint: () => "berth's awslogs writes to the stack's own region; import with --region matching awslogs-region, or route cross-region logs through FireLens.",
  }),
  B972: entry<{ errors: number }>({
    message: (a) => `The imported spec would not validate (${a.errors} error${a.errors === 1 ? "" : "s"} above); nothing was written.`,
    hint: () => "The input itself is likely invalid for ECS (e.g. a cpu/memory pair Fargate does not offer); fix it, or import and edit the spec.",
  }),
} as const;
