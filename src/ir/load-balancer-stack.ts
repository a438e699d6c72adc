import type { ImportRef } from "./stack.js";
import type { ResourceId, StringValue, Tags } from "./refs.js";

/**
 * A listener ARN as a service stack uses it: a literal ARN of an existing listener, or the import
 * of a listener a load balancer stack of the same run creates.
 */
export type ListenerArn = string | ImportRef;

/** An Application or Network Load Balancer the stack creates. */
export interface LoadBalancerResource {
  readonly kind: "loadBalancer";
  readonly id: ResourceId;
  readonly name: string;
  readonly type: "application" | "network";
  readonly scheme: "internet-facing" | "internal";
  readonly subnets: readonly string[];
  readonly securityGroups: readonly StringValue[];
  /** Load balancer attributes, ELB's keys and string values (e.g. `idle_timeout.timeout_seconds`), in a fixed order. */
  readonly settings: {
    readonly deletionProtection: boolean;
    /** ALB only. */
    readonly idleTimeoutSeconds?: number;
    /** ALB only. */
    readonly dropInvalidHeaderFields?: boolean;
    /** NLB only. */
    readonly crossZone?: boolean;
    readonly accessLogs?: { readonly bucket: string; readonly prefix?: string };
  };
  readonly tags: Tags;
}

/** What a listener does with a request no rule matches. */
export type ListenerDefaultAction =
  /** ALB: a fixed response, berth's 404 for paths no service claims. */
  | { readonly type: "fixedResponse"; readonly statusCode: string; readonly contentType: string; readonly body: string }
  /** ALB: a permanent redirect to HTTPS on `port`, host, path and query kept. */
  | { readonly type: "redirectToHttps"; readonly port: number }
  /** NLB: forward every connection to a target group of the stack. */
  | { readonly type: "forward"; readonly targetGroup: ResourceId };

/** A listener of a load balancer of the stack. */
export interface ListenerResource {
  readonly kind: "listener";
  readonly id: ResourceId;
  readonly loadBalancer: ResourceId;
  readonly port: number;
  readonly protocol: "HTTP" | "HTTPS" | "TCP" | "TLS" | "UDP" | "TCP_UDP";
  /** HTTPS/TLS: the default certificate's ARN and the security policy. */
  readonly tls?: { readonly certificate: string; readonly sslPolicy: string };
  readonly defaultAction: ListenerDefaultAction;
}

/** An extra (SNI) certificate on a TLS-terminating listener. */
export interface ListenerCertificateResource {
  readonly kind: "listenerCertificate";
  readonly id: ResourceId;
  readonly listener: ResourceId;
  readonly certificate: string;
}

/** The target group of an NLB listener; services register their tasks into it. */
export interface NetworkTargetGroupResource {
  readonly kind: "networkTargetGroup";
  readonly id: ResourceId;
  readonly name: string;
  readonly vpcId: string;
  readonly port: number;
  readonly protocol: "TCP" | "UDP" | "TCP_UDP";
  readonly targetType: "ip" | "instance";
  readonly healthCheck: {
    readonly protocol: "TCP" | "HTTP" | "HTTPS";
    /** HTTP/HTTPS only. */
    readonly path?: string;
    readonly intervalSeconds: number;
    readonly healthyThreshold: number;
    readonly unhealthyThreshold: number;
  };
  readonly deregistrationDelaySeconds: number;
  /** Absent: AWS's default for the target type and protocol. */
  readonly preserveClientIp?: boolean;
  readonly tags: Tags;
}

/** A Route 53 alias A record pointing a name at a load balancer of the stack. */
export interface DnsAliasRecordResource {
  readonly kind: "dnsAliasRecord";
  readonly id: ResourceId;
  readonly hostedZoneId: string;
  readonly name: string;
  readonly loadBalancer: ResourceId;
}
