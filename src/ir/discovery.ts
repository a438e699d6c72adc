import type { ResourceId, StringValue, Tags } from "./refs.js";
import type { ImportRef } from "./stack.js";

/** One DNS record Cloud Map creates for each registered task. */
export interface DnsRecord {
  /** `A`: the task's IP address; `SRV`: its IP address and port. */
  readonly type: "A" | "SRV";
  /** Seconds resolvers may cache the record. */
  readonly ttl: number;
}

/**
 * A Cloud Map (service discovery) service in a DNS namespace: ECS registers every task of the
 * ECS service that names it in `serviceRegistries`, and deregisters it when the task stops.
 */
export interface DiscoveryServiceResource {
  readonly kind: "discoveryService";
  readonly id: ResourceId;
  /** The first label(s) of the tasks' DNS name, `<name>.<namespace>`. */
  readonly name: string;
  readonly description: string;
  /**
   * The namespace's id: a literal (`ns-…`), the id attribute of a namespace of this stack, or a
   * stack import (the namespace another stack creates and exports).
   */
  readonly namespace: StringValue | ImportRef;
  readonly dnsRecords: readonly DnsRecord[];
  /** MULTIVALUE: up to eight healthy records per answer; WEIGHTED: one at random. */
  readonly routingPolicy: "MULTIVALUE" | "WEIGHTED";
  /**
   * Health reported by ECS (custom health checks) rather than probed by Route 53. Cloud Map
   * always uses a threshold of 1; stating it keeps Terraform's state equal to what AWS returns.
   */
  readonly healthCheckCustom: { readonly failureThreshold: number };
  readonly tags: Tags;
}

/**
 * A Cloud Map private DNS namespace: Cloud Map creates a Route 53 private hosted zone of the
 * same name, associated with one VPC, whose records only that VPC's resolver answers.
 */
export interface PrivateDnsNamespaceResource {
  readonly kind: "privateDnsNamespace";
  readonly id: ResourceId;
  /** The DNS name, e.g. `prod.local`. */
  readonly name: string;
  readonly description: string;
  readonly vpc: string;
  readonly tags: Tags;
}
