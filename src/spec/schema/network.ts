import { z } from "zod";
import { port } from "./common.js";

/**
 * One ingress rule of the generated security group beyond `allowFrom`: traffic from a CIDR block
 * (IPv4 or IPv6) or a managed prefix list to a port or port range of the tasks.
 */
export const ingressRule = z.strictObject({
  /**
   * Where the traffic comes from: an IPv4 CIDR block (`"10.20.0.0/16"`), an IPv6 CIDR block
   * (`"2001:db8::/32"`) or a managed prefix list id (`"pl-"` + 8 or 17 hex digits). Security
   * groups go in `allowFrom`.
   */
  source: z.string(),
  /** First (or only) port the rule opens. */
  port: port,
  /** Last port of a range (`port`–`toPort`). @default port (a single port) */
  toPort: port.optional(),
  /** Transport protocol. @default "tcp" */
  protocol: z.enum(["tcp", "udp"]).default("tcp"),
  /** Rule description shown in the EC2 console. @default "<PROTOCOL> <ports> from <source>" */
  description: z.string().max(255).optional(),
});

/**
 * One egress rule of the generated security group. Giving `egress` at all restricts outbound
 * traffic to exactly these rules instead of all traffic.
 */
export const egressRule = z.strictObject({
  /**
   * Where the traffic may go: an IPv4 or IPv6 CIDR block, a managed prefix list id (`pl-…`, e.g.
   * the regional S3 or DynamoDB list) or a security group id (`sg-…`).
   */
  destination: z.string(),
  /** `"tcp"`, `"udp"`, or `"all"` (every protocol and port; then no ports). @default "tcp" */
  protocol: z.enum(["tcp", "udp", "all"]).default("tcp"),
  /** First (or only) port; required for tcp and udp. */
  port: port.optional(),
  /** Last port of a range (`port`–`toPort`). @default port (a single port) */
  toPort: port.optional(),
  /** Rule description shown in the EC2 console. @default "<PROTOCOL> <ports> to <destination>" */
  description: z.string().max(255).optional(),
});

/** Where the tasks' network interfaces live (awsvpc). */
export const network = z.strictObject({
  /** VPC id (`vpc-` + 8 or 17 hex digits). */
  vpc: z.string(),
  /** Subnet ids for the tasks; private subnets are the safe choice. */
  subnets: z.array(z.string()).min(1).max(16),
  /**
   * Existing security groups for the tasks. When absent, berth creates one that allows the
   * container ports from `allowFrom` and all egress. @default a generated security group
   */
  securityGroups: z.array(z.string()).min(1).max(5).optional(),
  /**
   * Sources allowed to reach the container ports through the generated security group: security
   * group ids (the load balancer's, typically) or IPv4 CIDR blocks. Only used when
   * `securityGroups` is absent. @default []
   */
  allowFrom: z.array(z.string()).default([]),
  /**
   * Further ingress rules of the generated security group: CIDR blocks (IPv4/IPv6) and managed
   * prefix lists on given ports, e.g. `[{ source: "pl-0a1b2c3d", port: 8443 }]`. Only used when
   * `securityGroups` is absent. @default []
   */
  ingress: z.array(ingressRule).max(50).default([]),
  /**
   * Egress rules of the generated security group. When given, outbound traffic is restricted to
   * them (tasks still need HTTPS to ECR, S3 and CloudWatch Logs, directly or through VPC
   * endpoints); when absent, all outbound traffic is allowed. @default all outbound traffic
   */
  egress: z.array(egressRule).max(50).optional(),
  /** Give tasks a public IP (only needed in public subnets without a NAT). @default false */
  assignPublicIp: z.boolean().default(false),
});

export type NetworkSpec = z.input<typeof network>;
/** An ingress rule as written. */
export type IngressRuleSpec = z.input<typeof ingressRule>;
/** An egress rule as written. */
export type EgressRuleSpec = z.input<typeof egressRule>;
/** A network after parsing: defaults filled in. */
export type ParsedNetwork = z.output<typeof network>;
