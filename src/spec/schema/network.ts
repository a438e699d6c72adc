import { z } from "zod";

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
  /** Give tasks a public IP (only needed in public subnets without a NAT). @default false */
  assignPublicIp: z.boolean().default(false),
});

export type NetworkSpec = z.input<typeof network>;
