/**
 * Every diagnostic berth can print, keyed by its stable code. This file is the only place that
 * holds user-facing wording, so messages stay consistent and codes never drift.
 *
 * Code ranges: B1xx spec shape and loading · B2xx task size · B3xx network ids · B4xx ARNs and
 * account/region · B5xx load balancer and names · B6xx containers, environment and secrets ·
 * B8xx deployments.
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
  // B700–B729: auto scaling and Fargate Spot.
  B700: entry<{ min: number; max: number }>({
    message: (a) => `scaling.min ${a.min} is greater than scaling.max ${a.max}.`,
    hint: () => "min is the fewest tasks auto scaling keeps and max the most; min must be at most max.",
  }),
  B701: entry<{ count: number; min: number; max: number }>({
    message: (a) => `desiredCount ${a.count} is outside scaling's ${a.min}–${a.max}.`,
    hint: (a) =>
      `With scaling, desiredCount is only the count a new service starts with (Terraform; CloudFormation starts it with 1), and Application Auto Scaling moves it into min..max at once. Set desiredCount to ${a.min}–${a.max} (it defaults to 2).`,
  }),
  B702: entry({
    message: () => "scaling.requestsPerTarget tracks ALB requests per task, but the service has no loadBalancer.",
    hint: () => "Add a loadBalancer, or scale on cpuPercent, memoryPercent, queue or a stepScaling policy instead.",
  }),
  B703: entry({
    message: () => "scaling has neither a policy nor a schedule, so nothing ever changes the task count; infra deploys no longer set it either.",
    hint: () => "Add cpuPercent, memoryPercent, requestsPerTarget, queue, stepScaling or schedule; or remove scaling and set desiredCount.",
  }),
  B704: entry<{ expression: string; problem: "form" | "fields" | "field" | "days" | "rate" | "at"; count?: number; field?: string; value?: string; allowed?: string }>({
    message: (a) => {
      const reason = {
        form: "it is neither cron(…), rate(…) nor at(…)",
        fields: `cron() takes 6 fields, this one has ${a.count ?? 0}`,
        field: `"${a.value ?? ""}" is not valid in the ${a.field ?? ""} field (it accepts ${a.allowed ?? ""})`,
        days: 'exactly one of day-of-month and day-of-week must be "?"',
        rate: "a rate is a whole number ≥ 1 and minute(s), hour(s) or day(s)",
        at: "at() takes a real date and time as yyyy-mm-ddThh:mm:ss",
      }[a.problem];
      return `"${a.expression}" is not a valid Application Auto Scaling schedule: ${reason}.`;
    },
    hint: () =>
      "Use cron(minutes hours day-of-month month day-of-week year), e.g. cron(0 8 ? * MON-FRI *) for weekdays at 08:00; rate(6 hours); or at(2026-11-27T06:00:00) for once.",
  }),
  B705: entry<{ value: string; suggestion?: string; version: string }>({
    message: (a) => `"${a.value}" is not an IANA time zone name.`,
    hint: (a) =>
      a.suggestion
        ? `Did you mean "${a.suggestion}"?`
        : `Use a name such as Europe/Berlin, America/New_York or UTC (berth checks against tz database ${a.version}); leave timezone out for UTC.`,
  }),
  B706: entry<{ name: string }>({
    message: (a) => `Scheduled action "${a.name}" sets neither min nor max, so it changes nothing.`,
    hint: () => "Give the new min, max or both, e.g. { min: 6 } to keep at least 6 tasks from that time on.",
  }),
  B707: entry<{ name: string; min: number; max: number }>({
    message: (a) => `Scheduled action "${a.name}" sets min ${a.min} above its max ${a.max}.`,
    hint: () => "min must be at most max; Application Auto Scaling rejects the action.",
  }),
  B708: entry<{ name: string; bound: "min" | "max"; value: number; limit: number }>({
    message: (a) =>
      a.bound === "min"
        ? `Scheduled action "${a.name}" sets min ${a.value}, above the highest max this service ever has (${a.limit}, from scaling.max or a scheduled max).`
        : `Scheduled action "${a.name}" sets max ${a.value}, below the lowest min this service ever has (${a.limit}, from scaling.min or a scheduled min).`,
    hint: (a) =>
      `Application Auto Scaling rejects a ${a.bound} that crosses the other bound when the action runs; set both min and max in the action, or change scaling.${a.bound === "min" ? "max" : "min"}.`,
  }),
  B709: entry<{ what: "scheduled action" | "step scaling policy"; name: string }>({
    message: (a) => `Two ${a.what}s are named "${a.name}".`,
    hint: () => "Names must be unique per service: they name the AWS resources and their ids in the templates.",
  }),
  B710: entry({
    message: () =>
      "Queue scaling with min 0 can scale the service in to no tasks, and then never out again: backlog per task has no value without running tasks.",
    hint: () =>
      'Set scaling.min to 1 or more, or add a stepScaling policy with when: "above" on the queue\'s ApproximateNumberOfMessagesVisible to start the first task.',
  }),
  B711: entry<{ at: number }>({
    message: (a) => `Two steps start at ${a.at}.`,
    hint: () => "Each step starts at a different metric value; a step covers its value up to the next step's.",
  }),
  B712: entry<{ change: number; when: "above" | "below"; adjustment: string }>({
    message: (a) =>
      a.adjustment === "exact"
        ? `change ${a.change} is not a task count; with adjustment "exact" it sets the count.`
        : `change ${a.change} ${a.change < 0 ? "removes" : "adds no"} tasks, but a policy on when: "${a.when}" ${a.when === "above" ? "scales out" : "scales in"}.`,
    hint: (a) =>
      a.adjustment === "exact"
        ? "Use a count of 0 or more."
        : a.when === "above"
          ? 'Use positive changes to add tasks; to remove tasks when a metric is low, write a policy with when: "below".'
          : "Use negative changes to remove tasks when the metric falls below the steps.",
  }),
  B713: entry<{ reason: "period" | "window" | "datapoints"; period: number; evaluations: number; datapoints: number }>({
    message: (a) =>
      ({
        period: `Alarm period ${a.period}s is not 10, 30 or a multiple of 60.`,
        window: `The alarm looks at ${a.evaluations} periods of ${a.period}s (${a.evaluations * a.period}s); CloudWatch allows at most one day (86400s).`,
        datapoints: `datapointsToAlarm ${a.datapoints} is more than evaluationPeriods ${a.evaluations}.`,
      })[a.reason],
    hint: (a) =>
      ({
        period: "Use periodSeconds 10, 30 (high-resolution metrics only) or 60, 120, 300 …",
        window: "Use fewer evaluationPeriods or a shorter periodSeconds.",
        datapoints: "datapointsToAlarm counts breaching datapoints among the evaluated periods; it must be at most evaluationPeriods.",
      })[a.reason],
  }),
  B714: entry<{ region: string }>({
    message: (a) => `FARGATE_SPOT runs only x86_64 tasks in ${a.region}; this task is arm64.`,
    hint: () =>
      'AWS documents Fargate Spot as X86_64-only in the China regions. Use architecture: "x86_64", or run arm64 tasks on FARGATE only.',
  }),
  B715: entry<{ adjustment: string }>({
    message: (a) => `minAdjustmentMagnitude only applies to adjustment "percent", not "${a.adjustment}".`,
    hint: () => 'Remove minAdjustmentMagnitude, or use adjustment: "percent".',
  }),
  B716: entry<{ cluster: string }>({
    message: (a) => `Queue scaling needs Container Insights, but cluster "${a.cluster}" has containerInsights: "disabled".`,
    hint: () =>
      'Backlog per task divides by the ECS/ContainerInsights metric RunningTaskCount; without it the policy never gets data. Set containerInsights: "enabled" on the cluster.',
  }),
  // B730–B769: clusters, EC2 services and capacity providers.
  B730: entry<{ container: string }>({
    message: (a) => `Container "${a.container}" asks for GPUs, but the task runs on Fargate, which has none.`,
    hint: () => 'Run it on EC2 GPU instances: launchType: "EC2", or capacityProviders: [{ provider: "<GPU capacity provider>" }] of a defineCluster() spec.',
  }),
  B731: entry({
    message: () => "DAEMON scheduling runs one task per EC2 instance; Fargate has no instances to run it on.",
    hint: () => 'Set launchType: "EC2" (on a cluster with EC2 capacity), or use scheduling: "REPLICA".',
  }),
  B732: entry<{ what: "constraints" | "strategies" }>({
    message: (a) => `Placement ${a.what} only apply to EC2 capacity; Fargate places tasks itself.`,
    hint: () => 'Remove placement, or run on EC2 (launchType: "EC2" or an EC2 capacity provider).',
  }),
  B733: entry<{ mode: string }>({
    message: (a) => `Network mode "${a.mode}" needs EC2 instances; Fargate tasks only support awsvpc.`,
    hint: () => 'Use networkMode: "awsvpc" (the default), or run on EC2 (launchType: "EC2" or an EC2 capacity provider).',
  }),
  B734: entry({
    message: () => "launchType and capacityProviders are both set; ECS accepts one or the other.",
    hint: () => "Remove launchType: the capacity provider strategy decides where tasks run.",
  }),
  B735: entry<{ fargate: readonly string[]; ec2: readonly string[] }>({
    message: (a) => `The strategy mixes Fargate (${list(a.fargate)}) with Auto Scaling group providers (${list(a.ec2)}); ECS rejects such a strategy.`,
    hint: () => "Use only FARGATE/FARGATE_SPOT, or only EC2 capacity providers, in one strategy.",
  }),
  B736: entry<{ providers: readonly string[] }>({
    message: (a) => `More than one capacity provider has a base (${list(a.providers)}); ECS allows a base on one provider only.`,
    hint: () => "Keep base on the provider that must always hold that many tasks (e.g. FARGATE base 1) and set the others to 0.",
  }),
  B737: entry({
    message: () => "Every capacity provider in the strategy has weight 0, so ECS can place no task beyond the base.",
    hint: () => "Give at least one provider a weight of 1 or more (e.g. FARGATE_SPOT weight 4, FARGATE weight 1).",
  }),
  B738: entry<{ provider: string }>({
    message: (a) => `Capacity provider "${a.provider}" is listed twice in the strategy.`,
    hint: () => "List each provider once, with its combined weight.",
  }),
  B739: entry<{ count: number }>({
    message: (a) => `desiredCount ${a.count} has no meaning for a DAEMON service: ECS runs exactly one task on each instance.`,
    hint: () => "Remove desiredCount; the number of instances in the cluster decides the task count.",
  }),
  B740: entry({
    message: () => "A DAEMON service cannot use a capacity provider strategy; ECS rejects it.",
    hint: () => 'Remove capacityProviders and set launchType: "EC2": the daemon then runs on every EC2 instance of the cluster.',
  }),
  B741: entry({
    message: () => "A DAEMON service cannot auto scale: its task count follows the number of instances.",
    hint: () => "Remove scaling; scale the cluster's Auto Scaling group (its capacity provider) instead.",
  }),
  B742: entry<{ value: number }>({
    message: (a) => `deploy.maximumPercent ${a.value} is above 100; ECS rejects it for a DAEMON service, which can run only one task per instance.`,
    hint: () => "Set deploy: { maximumPercent: 100, minimumHealthyPercent: 50 } (or 0 to replace every daemon at once).",
  }),
  B743: entry({
    message: () => "A DAEMON service cannot have placement strategies; ECS places one task on every instance that meets the constraints.",
    hint: () => "Remove placement.strategy; placement.constraints still select which instances run the daemon.",
  }),
  B744: entry<{ minimum: number; maximum: number }>({
    message: (a) => `deploy.minimumHealthyPercent ${a.minimum} leaves no room under maximumPercent ${a.maximum}: a daemon deploy could never stop an old task to start the new one.`,
    hint: () => "Lower minimumHealthyPercent below maximumPercent, e.g. 50, so ECS replaces the daemons in batches.",
  }),
  B745: entry<{ port: number; protocol: string; other: string; mode: string }>({
    message: (a) => `Port ${a.port}/${a.protocol} is also mapped by container "${a.other}"; in ${a.mode} mode the task's containers share one network namespace, so only one can bind it.`,
    hint: () => "Give each container its own port.",
  }),
  B746: entry<{ field: string; mode: string }>({
    message: (a) => `network.${a.field} has no effect in ${a.mode} mode: the tasks use the instance's network interface and security groups.`,
    hint: () => "Remove it and configure the instances' security groups in the cluster (capacity provider network.allowFrom or securityGroups).",
  }),
  B747: entry<{ cpu: number }>({
    message: (a) => `cpu ${a.cpu} is outside what ECS accepts for a task on EC2 (128–196608 CPU units).`,
    hint: () => "Use 128–196608 CPU units (1024 = 1 vCPU), no more than the instance type offers.",
  }),
  B748: entry<{ memory: number }>({
    message: (a) => `memory ${a.memory} MiB is below the 6 MiB ECS requires for a task on EC2.`,
    hint: () => "Give the task the memory its containers need, e.g. 512 (MiB), no more than the instance type offers.",
  }),
  B750: entry<{ provider: string; cluster: string; associated: readonly string[] }>({
    message: (a) => `Capacity provider "${a.provider}" is not associated with cluster "${a.cluster}" (defined in this project).`,
    hint: (a) => (a.associated.length ? `Providers of ${a.cluster}: ${list(a.associated)}.` : `Cluster ${a.cluster} has no capacity providers.`),
  }),
  B751: entry<{ cluster: string; file: string }>({
    message: (a) => `This service runs on EC2, but cluster "${a.cluster}" (${a.file}) has no EC2 capacity.`,
    hint: () => "Add an EC2 capacity provider to the cluster's capacityProviders.ec2, or run the service on Fargate.",
  }),
  B752: entry<{ cluster: string; providers: readonly string[] }>({
    message: (a) => `Containers ask for GPUs, but the capacity of cluster "${a.cluster}" they would run on (${list(a.providers)}) has no GPU instances.`,
    hint: () => "Add a capacity provider with gpu: true and GPU instance types (e.g. g5.xlarge) to the cluster and name it in capacityProviders.",
  }),
  B753: entry<{ architecture: string; provider: string; providerArchitecture: string }>({
    message: (a) => `The task is ${a.architecture}, but capacity provider "${a.provider}" launches ${a.providerArchitecture} instances.`,
    hint: () => "Match the service's architecture to the provider's, or use a provider of the other architecture.",
  }),
  B754: entry<{ cluster: string; found: string; expected: string }>({
    message: (a) => `Cluster "${a.cluster}" of this project deploys to ${a.found}, but this service deploys to ${a.expected}.`,
    hint: () => "A service runs in its cluster's account and region; align the two specs' account and region.",
  }),
  B755: entry<{ name: string }>({
    message: (a) => `Capacity provider name "${a.name}" starts with a prefix ECS reserves (aws, ecs, fargate).`,
    hint: () => 'Choose another name, e.g. "gpu-g5" or "general".',
  }),
  B756: entry<{ name: string; other: string }>({
    message: (a) => `Capacity provider "${a.name}" clashes with "${a.other}" in this cluster.`,
    hint: () => "Capacity provider names must be unique, also ignoring case and the difference between - and _ (they become resource ids).",
  }),
  B757: entry<{ min: number; max: number }>({
    message: (a) => `minSize ${a.min} is greater than maxSize ${a.max}.`,
    hint: () => "minSize must be at most maxSize.",
  }),
  B758: entry({
    message: () => "AWS publishes the ECS GPU-optimized AMI for x86_64 only; there is no arm64 GPU variant.",
    hint: () => 'Use architecture: "x86_64" with NVIDIA GPU instance types (g4dn, g5, g6, p4d, p5 …).',
  }),
  B759: entry<{ provider: string; associated: readonly string[] }>({
    message: (a) => `The default strategy names "${a.provider}", which this cluster does not associate.`,
    hint: (a) => (a.associated.length ? `Associated providers: ${list(a.associated)}.` : "Associate a capacity provider first."),
  }),
  B760: entry({
    message: () => "The cluster has no capacity provider at all, so no task could run on it.",
    hint: () => "Keep fargate: true (the default), or add an EC2 capacity provider.",
  }),
  B761: entry<{ type: string; architecture: string; typeArchitecture: string }>({
    message: (a) => `Instance type ${a.type} is ${a.typeArchitecture}, but the provider launches the ${a.architecture} AMI.`,
    hint: () => "Use instance types of the provider's architecture (Graviton types such as m7g or c7g are arm64), or change architecture.",
  }),
  B762: entry<{ type: string; gpu: boolean }>({
    message: (a) =>
      a.gpu
        ? `Instance type ${a.type} has no NVIDIA GPU, but the provider uses the GPU AMI (gpu: true).`
        : `Instance type ${a.type} has GPUs, but the provider uses the standard AMI without GPU drivers (gpu: false).`,
    hint: (a) => (a.gpu ? "Use GPU instance types (g4dn, g5, g6, p4d, p5 …) or set gpu: false." : "Set gpu: true so ECS can hand the GPUs to tasks, or use a type without GPUs."),
  }),
  B763: entry<{ value: string; max: number }>({
    message: (a) => `The instance role name "${a.value}" is ${a.value.length} characters; IAM allows at most ${a.max}.`,
    hint: () => "Use a shorter cluster name.",
  }),
  B770: entry<{ expression: string }>({
    message: (a) => `"${a.expression}" is not an EventBridge schedule expression.`,
    hint: () =>
      "Use cron(minutes hours day-of-month month day-of-week year), e.g. cron(0 3 * * ? *); rate(value unit), e.g. rate(1 day); or, with Scheduler, at(yyyy-mm-ddThh:mm:ss).",
  }),
  B771: entry<{ expression: string; count: number }>({
    message: (a) => `EventBridge cron() takes 6 fields; "${a.expression}" has ${a.count}.`,
    hint: () => 'The fields are minutes hours day-of-month month day-of-week year, with ? in one day field: Unix "0 3 * * *" is cron(0 3 * * ? *).',
  }),
  B772: entry<{ expression: string; field: string; value: string; allowed: string }>({
    message: (a) => `"${a.value}" is not valid in the ${a.field} field of ${a.expression}.`,
    hint: (a) => `The ${a.field} field accepts ${a.allowed}${a.field === "day-of-week" ? " (1 = SUN; Unix's 0 is not accepted)" : ""}.`,
  }),
  B773: entry<{ expression: string; dayOfMonth: string; dayOfWeek: string }>({
    message: (a) =>
      `${a.expression} must have "?" in exactly one of day-of-month ("${a.dayOfMonth}") and day-of-week ("${a.dayOfWeek}").`,
    hint: () => "EventBridge cannot combine the two day fields: cron(0 3 * * ? *) runs every day, cron(0 3 ? * MON-FRI *) on weekdays.",
  }),
  B774: entry<{ expression: string }>({
    message: (a) => `"${a.expression}" is not a valid rate expression.`,
    hint: () => "Write rate(<whole number ≥ 1> <unit>) with unit minute(s), hour(s) or day(s), e.g. rate(5 minutes) or rate(1 day).",
  }),
  B775: entry<{ expression: string; value: number; unit: string; expected: string }>({
    message: (a) => `${a.expression} must say "${a.expected}": EventBridge wants the singular unit for 1 and the plural otherwise.`,
    hint: (a) => `Write rate(${a.value} ${a.expected}).`,
  }),
  B776: entry<{ expression: string }>({
    message: (a) => `"${a.expression}" is not a valid one-time schedule.`,
    hint: () => "Write at(yyyy-mm-ddThh:mm:ss) with a real date and time, e.g. at(2026-12-01T03:00:00); it is read in the schedule's timezone.",
  }),
  B777: entry({
    message: () => 'One-time at() schedules need EventBridge Scheduler; EventBridge rules only take cron() and rate().',
    hint: () => 'Remove via: "rule" (Scheduler is the default), or use a cron() or rate() expression.',
  }),
  B778: entry<{ value: string; suggestion?: string; version: string }>({
    message: (a) => `"${a.value}" is not a time zone EventBridge Scheduler knows.`,
    hint: (a) =>
      a.suggestion
        ? `Did you mean "${a.suggestion}"?`
        : `Use an IANA time zone name such as Europe/Berlin, America/New_York or UTC (berth checks against tz database ${a.version}).`,
  }),
  B779: entry<{ value: string }>({
    message: (a) => `EventBridge rules evaluate schedules in UTC, so timezone "${a.value}" cannot apply with via: "rule".`,
    hint: () => 'Use EventBridge Scheduler (remove via: "rule"), or write the expression in UTC and remove timezone (it then ignores daylight saving time).',
  }),
  B780: entry({
    message: () => 'flexibleWindowMinutes needs EventBridge Scheduler; EventBridge rules always run at the scheduled time.',
    hint: () => 'Remove flexibleWindowMinutes, or remove via: "rule" to use Scheduler.',
  }),
  B781: entry<{ minutes: number }>({
    message: (a) => `A flexible window of ${a.minutes} minutes is outside 1–1440.`,
    hint: () => "Give 1–1440 minutes (at most 24 hours), or leave flexibleWindowMinutes out to run exactly at the scheduled time.",
  }),
  B782: entry<{ attempts: number }>({
    message: (a) => `retry.maximumAttempts ${a.attempts} is outside 0–185.`,
    hint: () => "EventBridge retries a failed start at most 185 times; 0 turns retries off.",
  }),
  B783: entry<{ seconds: number }>({
    message: (a) => `retry.maximumEventAgeSeconds ${a.seconds} is outside 60–86400.`,
    hint: () => "Retries may go on from 60 seconds up to 24 hours (86400 seconds) after the scheduled time.",
  }),
  B784: entry<{ value: string; example: string; reason?: string }>({
    message: (a) => `"${a.value}" is not an SQS queue ARN${a.reason ? `: ${a.reason}` : ""}.`,
    hint: (a) => `Expected the form ${a.example}; the dead-letter queue must be a standard (not FIFO) queue.`,
  }),
  B785: entry<{ value: string; found: string; expected: string }>({
    message: (a) => `Dead-letter queue region "${a.found}" does not match the spec's region "${a.expected}".`,
    hint: () => "EventBridge delivers failed runs only to a queue in the schedule's own region.",
  }),
  B786: entry<{ value: string; found: string; expected: string }>({
    message: (a) => `Dead-letter queue account "${a.found}" does not match the spec's account "${a.expected}".`,
    hint: () => "Use a queue in the spec's account: a queue elsewhere needs a resource policy berth does not manage.",
  }),
  B787: entry<{ ruleArn: string }>({
    message: () => 'With via: "rule", EventBridge writes to the dead-letter queue through the queue\'s own policy, which berth does not manage.',
    hint: (a) => `Allow sqs:SendMessage for the service principal events.amazonaws.com in the queue policy, with the condition ArnEquals aws:SourceArn ${a.ruleArn}.`,
  }),
  // B800–B849: deployments (rolling alarms, CodeDeploy blue/green, image ownership).
  B800: entry<{ strategy: string }>({
    message: (a) => `A ${a.strategy} deploy needs a load balancer: CodeDeploy moves traffic between two target groups behind a listener.`,
    hint: () => 'Add loadBalancer: { listener, priority, paths }, or deploy with strategy: "rolling".',
  }),
  B801: entry<{ value: number; strategy: string }>({
    message: (a) => `Traffic percent ${a.value} is not a whole number from 1 to 99.`,
    hint: (a) =>
      a.strategy === "canary"
        ? 'CodeDeploy shifts whole percentages; to move everything in one step use strategy: "allAtOnce".'
        : 'CodeDeploy shifts whole percentages per step; 100 % in one step is strategy: "allAtOnce".',
  }),
  B802: entry<{ field: string; value: number; min: number; max: number }>({
    message: (a) => `${a.field} ${a.value} is not a whole number of minutes from ${a.min} to ${a.max}.`,
    hint: (a) =>
      a.field === "terminationWaitMinutes"
        ? "CodeDeploy keeps the old tasks at most 2880 minutes (two days) after a deployment; 0 stops them right away."
        : "CodeDeploy waits whole minutes between traffic shifts, at most 2880 (two days).",
  }),
  B803: entry<{ event: string; value: string; reason: string }>({
    message: (a) => `The ${a.event} hook "${a.value}" is not a Lambda function ARN: ${a.reason}.`,
    hint: () => "Use the function's ARN, e.g. arn:aws:lambda:us-east-1:123456789012:function:PreTrafficHook (a version or alias suffix is allowed).",
  }),
  B804: entry<{ which: "blue" | "green"; value: string; reason: string }>({
    message: (a) => `The ${a.which} target group name "${a.value}" ${a.reason}.`,
    hint: (a) => `Set deploy.targetGroups.${a.which} to at most 32 letters, digits and hyphens, not starting or ending with a hyphen, or shorten the service name.`,
  }),
  B805: entry<{ value: string }>({
    message: (a) => `The blue and green target groups are both named "${a.value}".`,
    hint: () => "CodeDeploy moves traffic between two target groups; give deploy.targetGroups.blue and .green different names.",
  }),
  B806: entry({
    message: () => "The test listener is the production listener.",
    hint: () => "Test traffic needs a listener of its own (e.g. port 8443 of the same load balancer); or leave testTraffic out.",
  }),
  B807: entry({
    message: () => "deploy.alarms names no existing alarm and creates none.",
    hint: () => "List existing alarm names in alarms.names, or set cpuPercent, memoryPercent or target5xxPerMinute; or remove alarms.",
  }),
  B808: entry({
    message: () => "target5xxPerMinute needs a load balancer: the alarm counts the 5xx answers of the tasks' target group.",
    hint: () => "Add loadBalancer, or watch CPU and memory (cpuPercent, memoryPercent) instead.",
  }),
  B809: entry<{ field: string; strategy: string; belongsTo: string }>({
    message: (a) => `${a.field} does not apply to a ${a.strategy} deploy; it is a setting of ${a.belongsTo}.`,
    hint: (a) =>
      a.field === "loadBalancer.targetGroupName"
        ? "A blue/green service has two target groups: name them with deploy.targetGroups.blue and .green."
        : a.belongsTo === "rolling deploys"
          ? "CodeDeploy replaces the whole task set and watches the deployment group's alarms; remove the field (or use strategy: \"rolling\")."
          : "Remove the field, or set the strategy it belongs to.",
  }),
  B810: entry<{ count: number; max: number }>({
    message: (a) => `The deployment watches ${a.count} alarms; a CodeDeploy deployment group takes at most ${a.max}.`,
    hint: () => "Combine alarms into a composite alarm and list that one, or watch fewer metrics.",
  }),
  B811: entry({
    message: () => "The afterAllowTestTraffic hook only runs when there is a test listener.",
    hint: () => "Add deploy.testTraffic with the test listener's ARN, or run the check in beforeAllowTraffic.",
  }),
  B812: entry<{ value: string }>({
    message: (a) => `"${a.value}" is not a valid SSM parameter name.`,
    hint: () => "Use a path of letters, digits and _ . - segments starting with /, e.g. /berth/my-api/image-tag (at most 1011 characters).",
  }),
  B813: entry({
    message: () => "imageTagParameter is set, but the stack owns the image tag, so the parameter is never read.",
    hint: () => 'Add imageOwner: "ci" to let CI set the tag through the parameter, or remove imageTagParameter.',
  }),
  B814: entry<{ strategy: string }>({
    message: (a) => `A DAEMON service cannot be deployed with CodeDeploy (${a.strategy}).`,
    hint: () => 'ECS runs DAEMON services with its own rolling deployments only; use strategy: "rolling" or scheduling: "REPLICA".',
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
