import { entry } from "./entry.js";

/** Network ids and security groups (B3xx). */
export const networkEntries = {
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
    hint: () => "List each value once.",
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
} as const;
