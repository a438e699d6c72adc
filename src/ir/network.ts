import type { ResourceId, Tags } from "./refs.js";
import type { ImportRef } from "./stack.js";

/** Where an ingress rule allows traffic from. */
export type IngressSource = { readonly cidr: string } | { readonly securityGroupId: string | ImportRef } | { readonly prefixListId: string };

/** One ingress rule of a generated security group. */
export interface IngressRule {
  readonly protocol: "tcp" | "udp";
  readonly fromPort: number;
  readonly toPort: number;
  readonly source: IngressSource;
  readonly description: string;
}

/** One egress rule of a generated security group: all protocols and ports to a CIDR block. */
export interface EgressRule {
  readonly protocol: "all";
  readonly cidr: string;
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
