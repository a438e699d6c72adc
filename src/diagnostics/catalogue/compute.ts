import { entry, list } from "./entry.js";

/** Compute: EC2, Fargate, DAEMON, capacity providers and cluster specs (B730–B769). */
export const computeEntries = {
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
  B764: entry({
    message: () => "awsvpc tasks on EC2 cannot get a public IP; ECS rejects assignPublicIp for the EC2 launch type.",
    hint: () => "Remove assignPublicIp and route outbound traffic through a NAT gateway, or run on Fargate.",
  }),
  B765: entry<{ container: string }>({
    message: () => "ECS Exec cannot open a session: every container has a read-only root file system, and the SSM agent ECS Exec injects needs to write to it.",
    hint: (a) => `Set readonlyRootFilesystem: false on the container you exec into (e.g. "${a.container}"), or turn exec off.`,
  }),
} as const;
