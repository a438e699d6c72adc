import { entry, list } from "./entry.js";

/** Load balancer attachments, target group options and listener rules (B550–B579). */
export const targetGroupsEntries = {
  B550: entry({
    message: () => "This load balancer attachment has neither a listener nor an existing target group.",
    hint: () =>
      "A target group berth creates only receives traffic through a listener rule: set listener (the ALB listener's ARN) with priority and conditions, or set targetGroupArn to register the tasks in an existing target group a listener already forwards to.",
  }),
  B551: entry<{ field: string }>({
    message: (a) => `${a.field} configures a target group berth creates, but targetGroupArn attaches an existing one, which berth never changes.`,
    hint: (a) => `Remove ${a.field} and change the existing target group itself, or remove targetGroupArn to let berth create the target group.`,
  }),
  B552: entry({
    message: () => "The listener rule has no priority.",
    hint: () => "Set priority (1–50000, unique on the listener), or list the rules with their priorities in rules: [{ priority, paths }].",
  }),
  B553: entry<{ fields: readonly string[] }>({
    message: (a) => `This attachment has rules and also ${list(a.fields)} of a single rule; berth cannot tell which rule they belong to.`,
    hint: () => "Move the priority and the conditions into an entry of rules.",
  }),
  B554: entry<{ count: number; max: number }>({
    message: (a) => `The service has ${a.count} load balancer attachments; ECS allows at most ${a.max} target groups per service.`,
    hint: () => "Route several paths or hosts to one target group with several rules (rules: [...]) instead of one attachment each.",
  }),
  B555: entry<{ strategy: string; reason: string }>({
    message: (a) => `A ${a.strategy} deploy through CodeDeploy ${a.reason}.`,
    hint: () => 'CodeDeploy swaps exactly one pair of target groups behind one listener rule: keep one attachment with a created target group and one rule, or deploy with strategy: "rolling".',
  }),
  B556: entry<{ listener: string; priority: number; other: string }>({
    message: (a) => `Priority ${a.priority} is used twice on listener ${a.listener} (also at ${a.other}).`,
    hint: () => "Each rule on a listener needs its own priority; ELB rejects the second one with PriorityInUse.",
  }),
  B557: entry<{ listener: string; priority: number; otherFile: string; taken: readonly number[] }>({
    message: (a) => `Priority ${a.priority} on listener ${a.listener} is also claimed by ${a.otherFile}; the second stack to deploy would fail with PriorityInUse.`,
    hint: (a) => `Priorities already taken on that listener by the specs of this run: ${list(a.taken)}. Pick another one.`,
  }),
  B558: entry<{ matcher: string; grpc: boolean }>({
    message: (a) =>
      a.grpc
        ? `"${a.matcher}" is not a gRPC health check matcher: a GRPC target group expects gRPC status codes 0–99.`
        : `"${a.matcher}" is not an HTTP health check matcher: ALB accepts HTTP codes 200–499.`,
    hint: (a) => (a.grpc ? 'Use gRPC codes such as "0" (OK), "0-99" or "0,12".' : 'Use HTTP codes such as "200", "200-299" or "200,302".'),
  }),
  B559: entry<{ name: string }>({
    message: (a) => `Cookie name "${a.name}" starts with a prefix ELB reserves for its own cookies (AWSALB, AWSALBAPP, AWSALBTG).`,
    hint: () => "Use the name of the cookie your application sets, e.g. SESSIONID.",
  }),
  B560: entry<{ value: string }>({
    message: (a) => `"${a.value}" is not an IPv4 or IPv6 CIDR block.`,
    hint: () => 'Write a network with its prefix length, e.g. "10.0.0.0/8", "203.0.113.7/32" or "2001:db8::/32".',
  }),
  B561: entry<{ value: string }>({
    message: (a) => `"${a.value}" is not an HTTP request method condition.`,
    hint: () => "Methods are at most 40 upper-case letters, underscores and hyphens, matched case-sensitively, e.g. GET, POST or PURGE.",
  }),
  B562: entry<{ value: string; reason: string }>({
    message: (a) => `HTTP header condition "${a.value}" ${a.reason}.`,
    hint: () => "Header names are at most 40 characters of letters, digits and !#$%&'*+-.^_`|~; header values and query string keys and values at most 128 characters.",
  }),
  B563: entry<{ value: string; indexes: readonly number[] }>({
    message: (a) => `Target group ${a.value} is used by load balancer attachments ${list(a.indexes)}.`,
    hint: () => "ECS registers each task once per target group: give each attachment its own target group (its own targetGroupName or targetGroupArn), or route several listeners' rules to one attachment.",
  }),
  B564: entry<{ field: string }>({
    message: (a) => `${a.field} needs the first load balancer attachment to be a target group berth creates behind a listener.`,
    hint: () => "Put an attachment with listener and a created target group (no targetGroupArn) first in loadBalancer.",
  }),
  B565: entry<{ port: number }>({
    message: (a) => `The health check port ${a.port} is a fixed port, but bridge-mode tasks get dynamic host ports.`,
    hint: () => 'Leave healthCheck.port out (or "traffic-port"): the load balancer then probes the port each task is registered on.',
  }),
} as const;
