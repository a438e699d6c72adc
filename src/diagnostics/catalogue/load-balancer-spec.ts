import { entry, list } from "./entry.js";

/** Load balancers berth creates (`defineLoadBalancer`) and the services attached to them (B520–B549). */
export const loadBalancerSpecEntries = {
  B520: entry<{ port: number }>({
    message: (a) => `Two listeners use port ${a.port}.`,
    hint: () => "A load balancer has one listener per port; give each listener its own port.",
  }),
  B521: entry<{ protocol: string; type: string; allowed: readonly string[] }>({
    message: (a) => `A ${a.type} load balancer has no ${a.protocol} listeners.`,
    hint: (a) => `Use one of ${list(a.allowed)}${a.type === "application" ? ', or type: "network" for TCP/TLS/UDP' : ', or type: "application" for HTTP/HTTPS'}.`,
  }),
  B522: entry<{ protocol: string }>({
    message: (a) => `An ${a.protocol} listener needs a certificate.`,
    hint: () => 'Add the ARN of an ACM certificate for the load balancer\'s domain in certificates, e.g. ["arn:aws:acm:us-east-1:123456789012:certificate/<id>"].',
  }),
  B523: entry<{ field: string; protocol: string }>({
    message: (a) => `${a.field} only applies to HTTPS and TLS listeners, not to ${a.protocol}.`,
    hint: () => "Remove it, or set protocol: \"HTTPS\" (ALB) or \"TLS\" (NLB).",
  }),
  B524: entry<{ value: string; reason: string }>({
    message: (a) => `"${a.value}" is not an ACM certificate ARN of this stack's region: ${a.reason}.`,
    hint: () => "Certificates are arn:aws:acm:<region>:<account>:certificate/<id>, in the load balancer's region (`aws acm list-certificates` shows them).",
  }),
  B525: entry<{ reason: "no-https" | "not-http" }>({
    message: (a) => (a.reason === "no-https" ? "redirectToHttps needs an HTTPS listener on the load balancer to redirect to." : "redirectToHttps only applies to an HTTP listener of an application load balancer."),
    hint: (a) => (a.reason === "no-https" ? "Add a listener { port: 443, certificates: [...] }, or remove redirectToHttps." : "Remove redirectToHttps from this listener."),
  }),
  B526: entry<{ field: string; type: string }>({
    message: (a) => `${a.field} only applies to ${a.type === "application" ? "network" : "application"} load balancers; this one is ${a.type}.`,
    hint: () => "Remove the field, or change the load balancer's type.",
  }),
  B527: entry<{ count: number }>({
    message: (a) => `An application load balancer needs subnets in at least two Availability Zones; ${a.count === 1 ? "one subnet is" : `${a.count} subnets are`} given.`,
    hint: () => "List one subnet in each of two or more Availability Zones (public subnets for an internet-facing load balancer).",
  }),
  B528: entry<{ value: string; max: number }>({
    message: (a) => `The target group name "${a.value}" derived from the load balancer name and port is ${a.value.length} characters; AWS allows at most ${a.max}.`,
    hint: () => "Use a shorter load balancer name.",
  }),
  B529: entry<{ value: string }>({
    message: (a) => `"${a.value}" is neither a CIDR block, a prefix list id nor a security group id.`,
    hint: () => 'Write an IPv4 or IPv6 CIDR such as "0.0.0.0/0" or "::/0", a managed prefix list id "pl-…", or a security group id "sg-…".',
  }),
  B530: entry<{ found: "network" | "application"; expected: "network" | "application"; field: string }>({
    message: (a) => `${a.field} is a listener of a ${a.found} load balancer (listener/${a.found === "network" ? "net" : "app"}/…), but an ${a.expected} load balancer's listener is needed here.`,
    hint: (a) =>
      a.expected === "application"
        ? "Listener rules with paths and hosts exist on application load balancers only; give the ARN of an ALB listener (listener/app/…)."
        : "Give the ARN of an NLB listener (listener/net/…).",
  }),
  B531: entry<{ name: string; known: readonly string[] }>({
    message: (a) => `No defineLoadBalancer() spec in this run is named "${a.name}".`,
    hint: (a) => (a.known.length > 0 ? `Load balancers of this run: ${list(a.known)}.` : "Add its spec file to the run, or give the listener's ARN instead."),
  }),
  B532: entry<{ port: number; name: string; ports: readonly number[]; file: string }>({
    message: (a) => `Load balancer "${a.name}" has no listener on port ${a.port}.`,
    hint: (a) => `Its listeners (${a.file}) are on ports ${list(a.ports)}.`,
  }),
  B534: entry<{ name: string; what: string; found: string; expected: string }>({
    message: (a) => `Load balancer "${a.name}" is in ${a.what} ${a.found}, but the service is in ${a.expected}.`,
    hint: () => "A target group must be in the load balancer's VPC, account and region: attach the service to a load balancer of its own network.",
  }),
  B535: entry<{ field: string }>({
    message: (a) => `${a.field} needs the load balancer's id, which is unknown until a load balancer berth creates is deployed.`,
    hint: () => "Give loadBalancer.listener as the listener's ARN (the load balancer stack's Listener<port>Arn output) to use it, or remove it.",
  }),
  B536: entry({
    message: () => "network.allowFrom is ignored behind a load balancer berth creates: the tasks' security group admits only the load balancer's group.",
    hint: () => "Remove allowFrom; who may reach the service is set by the load balancer spec's allowFrom.",
  }),
  B537: entry<{ field: string; value: string }>({
    message: (a) => `"${a.value}" is not a valid ${a.field}.`,
    hint: (a) =>
      a.field === "S3 bucket name"
        ? "Bucket names are 3–63 lower-case letters, digits, dots and hyphens (a name, not an ARN); the prefix has no leading or trailing / and must not contain AWSLogs."
        : a.field === "hosted zone id"
          ? "Hosted zone ids are Z followed by upper-case letters and digits, e.g. Z0123456789ABCDEFGHIJ (`aws route53 list-hosted-zones`)."
          : "Write a domain name such as api.example.com, without a trailing dot.",
  }),
  B538: entry({
    message: () => "allowFrom is empty: nothing can reach the load balancer's listeners.",
    hint: () => 'Add the clients\' CIDR blocks, prefix lists or security groups, e.g. ["0.0.0.0/0", "::/0"] for a public endpoint.',
  }),
  B539: entry<{ field: string }>({
    message: (a) => `healthCheck.${a.field} only applies to HTTP and HTTPS health checks.`,
    hint: () => 'Set healthCheck.protocol: "HTTP", or remove the field.',
  }),
  B540: entry({
    message: () => "A listener rule on an application load balancer's listener needs a priority.",
    hint: () => "Set loadBalancer.priority to a number in 1–50000 that no other rule on the listener uses.",
  }),
  B541: entry<{ name: string; port: number; fields: readonly string[] }>({
    message: (a) => `Listener ${a.port} of network load balancer "${a.name}" has no rules, so ${a.fields.length === 1 ? `${a.fields[0]} does` : `${a.fields.slice(0, -1).join(", ")} and ${a.fields[a.fields.length - 1]} do`} not apply.`,
    hint: () => "Remove them: the service registers its tasks in the listener's own target group, which receives all of its traffic.",
  }),
  B542: entry<{ name: string }>({
    message: (a) => `A blue/green deployment needs an application load balancer's listener; "${a.name}" is a network load balancer.`,
    hint: () => 'Use deploy.strategy: "rolling" behind a network load balancer, or attach the service to an ALB listener.',
  }),
  B543: entry<{ name: string; port: number; targetType: string; networkMode: string; expected: string }>({
    message: (a) => `Listener ${a.port} of "${a.name}" registers ${a.targetType} targets, but the service's tasks use network mode ${a.networkMode}, which registers ${a.expected} targets.`,
    hint: (a) => `Set the listener's target.type to "${a.expected}" in the load balancer spec.`,
  }),
  B544: entry<{ name: string; port: number; protocol: string }>({
    message: (a) => `Listener ${a.port} of "${a.name}" is ${a.protocol}; berth attaches services to TCP and TLS listeners of a network load balancer only.`,
    hint: () => "Attach the service to a TCP or TLS listener.",
  }),
  B545: entry<{ value: string }>({
    message: (a) => `Load balancer name "${a.value}" must not start with "internal-" nor end with a hyphen.`,
    hint: () => 'Elastic Load Balancing reserves the "internal-" prefix (for the DNS names of internal load balancers); pick another name, e.g. "private-…".',
  }),
} as const;
