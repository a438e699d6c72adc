import type { ResourceId, Tags } from "./refs.js";
import type { ImportRef } from "./stack.js";

/**
 * The other end of a security group rule: a CIDR block (IPv4, or IPv6 when it contains `:`), a
 * security group (an id, or one imported from a load balancer stack), or a managed prefix list.
 */
export type IngressSource = { readonly cidr: string } | { readonly securityGroupId: string | ImportRef } | { readonly prefixListId: string };

/** One ingress rule of a generated security group. */
export interface IngressRule {
  readonly protocol: "tcp" | "udp";
  readonly fromPort: number;
  readonly toPort: number;
  readonly source: IngressSource;
  readonly description: string;
}

/**
 * One egress rule of a generated security group: every protocol and port (`all`, no ports), or
 * a TCP/UDP port range, to a CIDR block, security group or prefix list.
 */
export interface EgressRule {
  readonly protocol: "all" | "tcp" | "udp";
  /** Set exactly when the protocol is tcp or udp. */
  readonly fromPort?: number;
  readonly toPort?: number;
  readonly destination: IngressSource;
  readonly description: string;
}

/** A security group the stack creates for the tasks. */
export interface SecurityGroupResource {
  readonly kind: "securityGroup";
  readonly id: ResourceId;
  readonly name: string;
  readonly description: string;
  readonly vpcId: string;
  readonly ingress: readonly IngressRule[];
  readonly egress: readonly EgressRule[];
  readonly tags: Tags;
}
