import { entry, list } from "./entry.js";

/** Load balancer and derived names (B5xx). */
export const loadBalancerEntries = {
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
    hint: (a) => `Lower timeout below ${a.interval}, or raise interval above ${a.timeout}.`,
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
} as const;
