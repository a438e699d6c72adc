/**
 * Every diagnostic berth can print, keyed by its stable code. This file is the only place that
 * holds user-facing wording, so messages stay consistent and codes never drift.
 *
 * Code ranges: B1xx spec shape and loading · B2xx task size · B3xx network ids · B4xx ARNs and
 * account/region · B5xx load balancer and names · B6xx containers, environment and secrets.
 */

interface Entry<A> {
  readonly message: (args: A) => string;
  readonly hint?: (args: A) => string;
}

function entry<A = Record<string, never>>(e: Entry<A>): Entry<A> {
  return e;
}

const list = (values: readonly (string | number)[]) => values.join(", ");

export const CATALOGUE = {
  B100: entry<{ detail: string }>({
    message: (a) => a.detail,
    hint: () => "Check the field against the TSDoc of defineService(); your editor shows it on hover.",
  }),
  B101: entry<{ key: string; allowed: readonly string[] }>({
    message: (a) => `Unknown field "${a.key}".`,
    hint: (a) => (a.allowed.length ? `Fields allowed here: ${list(a.allowed)}.` : "No extra fields are allowed here."),
  }),
  B102: entry<{ expected: string }>({
    message: (a) => `Required field is missing (expected ${a.expected}).`,
  }),
  B103: entry<{ expected: string; received: string }>({
    message: (a) => `Expected ${a.expected}, got ${a.received}.`,
  }),
  B110: entry<{ exported: string }>({
    message: (a) => `The spec's default export is ${a.exported}, not a berth definition.`,
    hint: () => 'Write `export default defineService({ ... })` with defineService imported from "berth".',
  }),
  B111: entry<{ reason: string }>({
    message: (a) => `The spec file could not be loaded: ${a.reason}`,
    hint: () => "Fix the TypeScript/JavaScript error above; `npx tsc --noEmit` on the spec shows it with context.",
  }),
  B112: entry<{ name: string; other: string }>({
    message: (a) => `The name "${a.name}" is also used by ${a.other}.`,
    hint: () => "Each service, task and cluster writes to out/<name>/; give every spec a unique name.",
  }),
  B201: entry<{ cpu: number; valid: readonly number[] }>({
    message: (a) => `cpu ${a.cpu} is not a Fargate task size.`,
    hint: (a) => `Use one of: ${list(a.valid)} (CPU units; 1024 = 1 vCPU).`,
  }),
  B202: entry<{ cpu: number; memory: number; valid: readonly number[] }>({
    message: (a) => `memory ${a.memory} MiB is not valid for a Fargate task with cpu ${a.cpu}.`,
    hint: (a) => `With cpu ${a.cpu}, memory must be one of: ${list(a.valid)} (MiB).`,
  }),
  B203: entry<{ sum: number; task: number }>({
    message: (a) => `The containers reserve ${a.sum} CPU units in total, more than the task's ${a.task}.`,
    hint: () => "Lower the containers' cpu values or raise the task cpu.",
  }),
  B204: entry<{ sum: number; task: number }>({
    message: (a) => `The containers ask for ${a.sum} MiB of memory in total, more than the task's ${a.task} MiB.`,
    hint: () => "Lower the containers' memory/memoryReservation or raise the task memory.",
  }),
  B205: entry<{ reservation: number; memory: number }>({
    message: (a) => `memoryReservation ${a.reservation} MiB is more than the container's hard memory limit ${a.memory} MiB.`,
    hint: () => "memoryReservation is the soft limit and must be below memory; lower it or raise memory.",
  }),
  B301: entry<{ kind: string; value: string; prefix: string }>({
    message: (a) => `"${a.value}" is not a valid ${a.kind} id.`,
    hint: (a) => `A ${a.kind} id is "${a.prefix}-" followed by 8 or 17 lower-case hex digits, e.g. ${a.prefix}-0a1b2c3d4e5f60718.`,
  }),
  B302: entry<{ value: string }>({
    message: (a) => `"${a.value}" is neither a security group id nor an IPv4 CIDR block.`,
    hint: () => 'Use the load balancer\'s security group ("sg-0a1b2c3d") or a CIDR such as "10.0.0.0/16".',
  }),
  B303: entry({
    message: () => "allowFrom only applies to the security group berth generates, but securityGroups are given.",
    hint: () => "Either remove securityGroups (berth then creates one from allowFrom) or open the ports in your own groups.",
  }),
  B304: entry<{ value: string }>({
    message: (a) => `Duplicate entry "${a.value}".`,
  }),
  B305: entry({
    message: () => "network.allowFrom is empty, so the generated security group admits no traffic and the load balancer cannot reach the tasks.",
    hint: () => 'Add the load balancer\'s security group, e.g. allowFrom: ["sg-0a1b2c3d"], or give your own securityGroups.',
  }),
  B306: entry({
    message: () => "awsvpc tasks need a network (vpc and subnets).",
    hint: () => 'Add network: { vpc: "vpc-…", subnets: ["subnet-…"] }; private subnets are the safe choice.',
  }),
  B307: entry({
    message: () => "A load balancer target group needs the VPC it lives in.",
    hint: () => 'Add network: { vpc: "vpc-…" }; in bridge or host mode only vpc is used.',
  }),
  B401: entry<{ kind: string; value: string; example: string; reason?: string }>({
    message: (a) => `"${a.value}" is not a valid ${a.kind} ARN${a.reason ? `: ${a.reason}` : ""}.`,
    hint: (a) => `Expected the form ${a.example}.`,
  }),
  B402: entry<{ value: string; found: string; expected: string }>({
    message: (a) => `ARN region "${a.found}" does not match the spec's region "${a.expected}".`,
    hint: () => "Resources referenced by a task must live in the region it runs in; check the ARN or the spec's region.",
  }),
  B403: entry<{ value: string; found: string; expected: string }>({
    message: (a) => `ARN account "${a.found}" does not match the spec's account "${a.expected}".`,
    hint: () => "Cross-account references need resource policies berth does not manage; check the ARN or the spec's account.",
  }),
  B404: entry<{ value: string }>({
    message: (a) => `"${a.value}" is not an AWS account id.`,
    hint: () => "Account ids are exactly 12 digits, e.g. 123456789012.",
  }),
  B405: entry<{ value: string }>({
    message: (a) => `"${a.value}" is not an AWS region name.`,
    hint: () => "Use a region code such as us-east-1, eu-west-2 or ap-southeast-1.",
  }),
  B406: entry<{ value: string }>({
    message: (a) => `KMS key "${a.value}" is an alias; an IAM policy naming an alias grants nothing on the key behind it.`,
    hint: () => "Use the key ARN (arn:…:kms:<region>:<account>:key/<key id>) so the execution role can decrypt the secret.",
  }),
  B407: entry<{ value: string }>({
    message: (a) => `"${a.value}" is not a valid ECS cluster name.`,
    hint: () => "Cluster names are 1–255 letters, digits, hyphens and underscores; or give the cluster ARN.",
  }),
  B501: entry<{ what: string; value: string; max: number }>({
    message: (a) => `The ${a.what} "${a.value}" is ${a.value.length} characters; AWS allows at most ${a.max}.`,
    hint: (a) =>
      a.what === "target group name"
        ? `Set loadBalancer.targetGroupName to a name of at most ${a.max} characters, or shorten the service name.`
        : "Use a shorter service name.",
  }),
  B502: entry<{ priority: number }>({
    message: (a) => `Listener rule priority ${a.priority} is outside 1–50000.`,
    hint: () => "Pick a priority in 1–50000 that no other rule on the shared listener uses.",
  }),
  B503: entry({
    message: () => "A listener rule needs at least one condition.",
    hint: () => 'Add loadBalancer.paths (e.g. ["/api/*"]) or loadBalancer.hosts (e.g. ["api.example.com"]).',
  }),
  B504: entry<{ name: string; known: readonly string[] }>({
    message: (a) => `No container is named "${a.name}".`,
    hint: (a) => `Containers in this task: ${list(a.known)}.`,
  }),
  B505: entry<{ container: string; port: number | undefined; ports: readonly number[] }>({
    message: (a) =>
      a.port === undefined
        ? `Container "${a.container}" has no TCP port for the load balancer to send traffic to.`
        : `Port ${a.port} is not a TCP port mapping of container "${a.container}".`,
    hint: (a) => (a.ports.length ? `Its TCP ports are: ${list(a.ports)}.` : `Give the container a port, e.g. port: 8080.`),
  }),
  B506: entry<{ path: string }>({
    message: (a) => `Health check path "${a.path}" must start with "/".`,
    hint: (a) => `Write "/${a.path.replace(/^\/*/, "")}".`,
  }),
  B507: entry<{ timeout: number; interval: number }>({
    message: (a) => `Health check timeout ${a.timeout}s must be shorter than its interval ${a.interval}s.`,
  }),
  B508: entry<{ kind: "path pattern" | "host header"; value: string }>({
    message: (a) => `"${a.value}" is not a valid ${a.kind} condition.`,
    hint: (a) =>
      a.kind === "path pattern"
        ? "Path patterns start with / (or a wildcard) and are at most 128 characters of letters, digits and -_.$/~\"'@:+&*? (* and ? are wildcards)."
        : 'Host headers are at most 128 characters of letters, digits and -.*? with at least one "." and only letters after the last one, e.g. api.example.com or *.example.com.',
  }),
  B509: entry<{ value: string }>({
    message: (a) => `Target group name "${a.value}" must not start or end with a hyphen, nor start with "internal-".`,
    hint: () => "Set loadBalancer.targetGroupName (or the service name) to a name that starts and ends with a letter or digit.",
  }),
  B510: entry<{ what: string; count: number; max: number }>({
    message: (a) => `The listener rule has ${a.count} ${a.what}; an ALB rule allows at most ${a.max}.`,
    hint: () => "ALB allows 3 values per condition, 5 values per rule and 5 wildcards per rule; use fewer, broader patterns such as /api/*.",
  }),
  B601: entry<{ name: string }>({
    message: (a) => `Environment variable ${a.name} looks like a credential but has a literal value.`,
    hint: (a) =>
      `Store it in Secrets Manager and reference it instead:\n  secrets: { ${a.name}: secretsManager("arn:aws:secretsmanager:<region>:<account>:secret:<name>") }`,
  }),
  B602: entry<{ name: string }>({
    message: (a) => `${a.name} is set in both environment and secrets.`,
    hint: () => "A variable comes from one place only; remove it from one of them.",
  }),
  B603: entry<{ name: string }>({
    message: (a) => `Two containers are named "${a.name}".`,
    hint: () => 'Container names must be unique in a task; the main container is called "app" unless it has a name.',
  }),
  B604: entry({
    message: () => "No container is essential, so ECS could never tell that the task failed.",
    hint: () => "Leave essential at its default (true) on the main container.",
  }),
  B605: entry({
    message: () => "Both port and portMappings are set.",
    hint: () => "Use port for one TCP port, or portMappings for several; not both.",
  }),
  B606: entry({
    message: () => "versionStage and versionId are both set.",
    hint: () => "A secret reference pins either a stage or an id.",
  }),
  B607: entry<{ name: string; known: readonly string[] }>({
    message: (a) => `dependsOn names "${a.name}", which is not another container of this task.`,
    hint: (a) => `Other containers: ${a.known.length ? list(a.known) : "(none)"}.`,
  }),
  B608: entry<{ days: number; allowed: readonly number[] }>({
    message: (a) => `CloudWatch Logs does not accept a retention of ${a.days} days.`,
    hint: (a) => `Use one of: ${list(a.allowed)}.`,
  }),
  B609: entry<{ port: number; protocol: string }>({
    message: (a) => `Port ${a.port}/${a.protocol} is mapped twice in this container.`,
    hint: () => "List each container port once per protocol.",
  }),
  B610: entry<{ name: string }>({
    message: (a) => `dependsOn waits for "${a.name}" to be HEALTHY, but that container has no healthCheck.`,
    hint: () => "Add a healthCheck to that container or wait for START instead.",
  }),
  B611: entry<{ name: string }>({
    message: (a) => `"${a.name}" is not a valid environment variable name.`,
    hint: () => "Use letters, digits and underscores, not starting with a digit.",
  }),
  B612: entry({
    message: () => "This sidecar has no name.",
    hint: () => 'Give every sidecar a name unique in the task, e.g. name: "log-router"; only the main container defaults to "app".',
  }),
  B613: entry<{ name: string; condition: string }>({
    message: (a) => `dependsOn waits for "${a.name}" to ${a.condition === "SUCCESS" ? "exit successfully" : "exit"} (${a.condition}), but "${a.name}" is essential.`,
    hint: () => "An essential container exiting stops the whole task. Set essential: false on containers that run to completion.",
  }),
} as const;

/** A code in the catalogue. */
export type DiagnosticCode = keyof typeof CATALOGUE;

/** The arguments a code's message needs. */
export type DiagnosticArgs<C extends DiagnosticCode> = Parameters<(typeof CATALOGUE)[C]["message"]>[0];

/** Renders the message and hint of a catalogued diagnostic. */
export function render<C extends DiagnosticCode>(code: C, args: DiagnosticArgs<C>): { message: string; hint?: string } {
  const e = CATALOGUE[code] as Entry<DiagnosticArgs<C>>;
  const hint = e.hint?.(args);
  return hint === undefined ? { message: e.message(args) } : { message: e.message(args), hint };
}
