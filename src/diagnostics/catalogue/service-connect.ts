import { entry, list } from "./entry.js";

/** Service Connect: namespaces, port names, client aliases, timeouts, TLS and proxy logs (B890–B909). */
export const serviceConnectEntries = {
  B890: entry<{ value: string; known: readonly string[] }>({
    message: (a) => `No port mapping of the task is named "${a.value}".`,
    hint: (a) =>
      a.known.length > 0
        ? `Named port mappings of this task: ${list(a.known)}.`
        : 'Name the port: portMappings: [{ containerPort: 8080, name: "http", appProtocol: "http" }], then portName: "http".',
  }),
  B891: entry<{ value: string }>({
    message: (a) => `Two port mappings of the task are named "${a.value}"; ECS needs port names unique within a task definition.`,
    hint: () => "Give each port mapping its own name.",
  }),
  B892: entry<{ cluster: string; reason: "outside" | "noDefault" }>({
    message: (a) =>
      a.reason === "outside"
        ? `serviceConnect names no namespace, and cluster ${a.cluster} is not a defineCluster() spec of this run, so berth cannot know its Service Connect default.`
        : `serviceConnect names no namespace, and cluster spec ${a.cluster} has no Service Connect default namespace.`,
    hint: (a) =>
      a.reason === "outside"
        ? 'Set serviceConnect.namespace to the Cloud Map namespace\'s name or ARN, e.g. namespace: "prod.local".'
        : `Give the cluster spec a namespace (namespace: { name: "prod.local", vpc: "vpc-…" }, its Service Connect default unless serviceConnectDefault: false), or set serviceConnect.namespace.`,
  }),
  B893: entry<{ value: string }>({
    message: (a) => `"${a.value}" is a Cloud Map namespace id; Service Connect takes a namespace's name or ARN.`,
    hint: (a) => `Write its name (e.g. "prod.local") or its ARN, arn:aws:servicediscovery:<region>:<account>:namespace/${a.value}.`,
  }),
  B894: entry<{ what: "port" | "name"; value: string }>({
    message: (a) =>
      a.what === "port"
        ? `Port "${a.value}" is published both by Cloud Map discovery (SRV records) and by Service Connect; one port can only serve one of them.`
        : `Cloud Map discovery and Service Connect would both create a Cloud Map service named "${a.value}" in the same namespace.`,
    hint: (a) =>
      a.what === "port"
        ? "Keep discovery and Service Connect on different port mappings (discovery.port / serviceConnect.services[].portName), or drop one of them."
        : "Set discovery.name or the Service Connect discoveryName so the two differ.",
  }),
  B895: entry<{ portName: string }>({
    message: (a) => `A per-request timeout needs an HTTP, HTTP/2 or gRPC port, but port mapping "${a.portName}" has no appProtocol (plain TCP).`,
    hint: () => 'Set appProtocol: "http", "http2" or "grpc" on the port mapping, or keep only the idle timeout.',
  }),
  B896: entry({
    message: () => "Service Connect does not support the host network mode.",
    hint: () => 'Use networkMode "awsvpc" (or "bridge" on EC2), or Cloud Map discovery with SRV records.',
  }),
  B897: entry<{ strategy: string }>({
    message: (a) => `Service Connect does not work with the CodeDeploy blue/green controller (deploy.strategy "${a.strategy}").`,
    hint: () => 'Use a rolling deploy (deploy: { strategy: "rolling" }) with the circuit breaker, or Cloud Map discovery instead of Service Connect.',
  }),
  B898: entry<{ field: string; value: string }>({
    message: (a) => `Duplicate Service Connect ${a.field} "${a.value}".`,
    hint: (a) => (a.field === "client alias" ? "Each client alias (DNS name and port) must be unique in the namespace." : `Each service of serviceConnect.services needs its own ${a.field}.`),
  }),
  B899: entry<{ value: string; reason: string }>({
    message: (a) => `"${a.value}" is not a valid Service Connect discovery name: ${a.reason}.`,
    hint: () => "Use 1–64 lower-case letters, digits, underscores and hyphens, not starting with a hyphen, e.g. \"orders-api\".",
  }),
  B900: entry<{ value: string; reason: string }>({
    message: (a) => `"${a.value}" is not a valid client alias DNS name: ${a.reason}.`,
    hint: () => 'Use up to 127 lower-case letters, digits, underscores, hyphens and dots, not starting with a hyphen, e.g. "orders" or "orders.prod.local".',
  }),
  B901: entry<{ idle: number; perRequest: number }>({
    message: (a) => `The idle timeout (${a.idle} s) is shorter than the per-request timeout (${a.perRequest} s): the proxy closes the connection at the idle timeout first.`,
    hint: () => "Make the idle timeout at least the per-request timeout, or 0 to disable it.",
  }),
  B902: entry<{ value: string; other: string; namespace: string }>({
    message: (a) => `Client alias ${a.value} in namespace ${a.namespace} is also claimed by ${a.other}.`,
    hint: () => "Clients resolve one endpoint per DNS name and port in a namespace: give one of the services another dnsName or port.",
  }),
} as const;
