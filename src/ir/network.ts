import type { ResourceId, Tags } from "./refs.js";

/** Where an ingress rule allows traffic from. */
export type IngressSource = { readonly cidr: string } | { readonly securityGroupId: string };

/** One ingress rule of a generated security group. */
export interface IngressRule {
  readonly protocol: "tcp" | "udp";
  readonly fromPort: number;
  readonly toPort: number;
  readonly source: IngressSource;
  readonly description: string;
}

/** A security group the stack creates for the tasks. Egress is open to all (tasks pull images and call AWS APIs). */
export interface SecurityGroupResource {
  readonly kind: "securityGroup";
  readonly id: ResourceId;
  readonly name: string;
  readonly description: string;
  readonly vpcId: string;
  readonly ingress: readonly IngressRule[];
  readonly tags: Tags;
}
