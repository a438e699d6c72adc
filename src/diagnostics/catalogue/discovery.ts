import { entry, list } from "./entry.js";

/** Service discovery with Cloud Map: namespaces, records and their registration (B850–B869). */
export const discoveryEntries = {
  B850: entry<{ value: string }>({
    message: (a) => `"${a.value}" is not a Cloud Map namespace id.`,
    hint: () =>
      'Namespace ids are "ns-" followed by 16 lower-case letters and digits (`aws servicediscovery list-namespaces` shows them; in an ARN it is the part after "namespace/"). Or name the namespace a defineCluster spec of this run creates, e.g. "prod.local".',
  }),
  B851: entry<{ value: string; orId: boolean }>({
    message: (a) => (a.orId ? `"${a.value}" is neither a Cloud Map namespace id nor a DNS namespace name.` : `"${a.value}" is not a valid DNS namespace name.`),
    hint: (a) =>
      `Write dot-separated labels of letters, digits, hyphens and underscores (1–63 characters each, no hyphen at either end, at most 253 characters in all) without a trailing dot, e.g. "prod.local"${a.orId ? '; or give a namespace id: "ns-" followed by 16 lower-case letters and digits' : ""}.`,
  }),
  B852: entry<{ value: string; reason: string }>({
    message: (a) => `"${a.value}" is not a valid Cloud Map service name: ${a.reason}.`,
    hint: () =>
      "Cloud Map service names are dot-separated labels of letters, digits, hyphens and underscores (1–63 characters each, no hyphen at either end), at most 127 characters; set discovery.name to choose one.",
  }),
  B853: entry<{ mode: string }>({
    message: (a) => `In ${a.mode} network mode ECS registers tasks in Cloud Map only with SRV records, not A records.`,
    hint: (a) => `Set discovery.dnsType: "SRV" (the default in ${a.mode} mode): each record then carries the host port the container is reachable on.`,
  }),
  B854: entry<{ name: string; known: readonly string[] }>({
    message: (a) => `No container is named "${a.name}" to publish in the SRV records.`,
    hint: (a) => `Containers in this task: ${list(a.known)}.`,
  }),
  B855: entry<{ container: string; port: number | undefined; ports: readonly number[] }>({
    message: (a) =>
      a.port === undefined
        ? `Container "${a.container}" has no TCP port to publish in the SRV records.`
        : `Port ${a.port} is not a port mapping of container "${a.container}".`,
    hint: (a) =>
      a.ports.length > 0
        ? `ECS publishes a container port of the task definition; its ports: ${list(a.ports)}.`
        : "Add a port mapping to the container, or set discovery.container to a container that has one.",
  }),
  B856: entry<{ field: string }>({
    message: (a) => `discovery.${a.field} only applies to SRV records; A records carry nothing but the task's IP address.`,
    hint: (a) => `Remove discovery.${a.field}, or set discovery.dnsType: "SRV".`,
  }),
  B857: entry<{ ttl: number }>({
    message: (a) => `With a DNS TTL of ${a.ttl} seconds, clients keep resolving tasks a deployment has already stopped for up to that long.`,
    hint: () => "Every deployment replaces the tasks and their IP addresses; keep the TTL short, e.g. 10 (the default) to 60 seconds.",
  }),
  B858: entry<{ value: number }>({
    message: (a) => `Cloud Map no longer supports a custom health check failureThreshold of ${a.value}: it always uses 1.`,
    hint: () =>
      "Remove failureThreshold (or set 1). Cloud Map marks a task unhealthy about 30 seconds after ECS reports it; another value is ignored by AWS and shows up as a difference against what AWS reports.",
  }),
  B859: entry<{ field: string; count: number }>({
    message: (a) => `A service with Cloud Map service discovery runs at most 1,000 tasks (a Route 53 quota), but ${a.field} is ${a.count}.`,
    hint: (a) => `Lower ${a.field} to 1000 or less, or split the workload into several services.`,
  }),
  B860: entry<{ name: string; defined: readonly string[] }>({
    message: (a) => `"${a.name}" is not a namespace id, and no defineCluster spec of this run creates a namespace of that name.`,
    hint: (a) =>
      a.defined.length > 0
        ? `Namespaces the cluster specs of this run create (in this service's account and region): ${list(a.defined)}. Or give the id (ns-…) of an existing namespace.`
        : `Include the cluster spec that creates it (namespace: { name: "${a.name}", vpc: … }) in the run, e.g. \`berth generate specs/\`; or give the id (ns-…) of an existing namespace.`,
  }),
  B861: entry<{ name: string; cluster: string; found: string; expected: string }>({
    message: (a) => `Namespace "${a.name}" is created by cluster spec ${a.cluster} in ${a.found}, but this service deploys to ${a.expected}.`,
    hint: () => "A Cloud Map namespace belongs to one account and region; register in a namespace of the service's own, or correct the account or region.",
  }),
  B862: entry<{ name: string; namespaceVpc: string; vpc: string }>({
    message: (a) => `Namespace "${a.name}" answers in ${a.namespaceVpc}, but the tasks run in ${a.vpc}: clients there cannot resolve the tasks' DNS name.`,
    hint: () => "Private DNS names resolve only in the namespace's VPC; register in a namespace of the service's VPC, unless the clients really live in the other one.",
  }),
  B863: entry<{ name: string; other: string }>({
    message: (a) => `Namespace "${a.name}" is also created by cluster spec ${a.other} in the same account and region.`,
    hint: () => "Services find their namespace by name (Terraform looks it up by name and type), so the name must be unique per account and region; rename one of them.",
  }),
} as const;
