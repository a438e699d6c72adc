import type { ResourceId, Tags } from "./refs.js";
import type { ListenerArn } from "./load-balancer-stack.js";
import type { ImportRef } from "./stack.js";

/**
 * The target group a service or a listener rule sends traffic to: the id of one the stack creates,
 * the ARN of an existing one (`loadBalancer.targetGroupArn`), which the stack never changes, or
 * (services only: an NLB listener of a load balancer stack) the import of that stack's group.
 */
export type TargetGroupTarget = ResourceId | { readonly existingArn: string } | ImportRef;

/** True when the target group is an existing one, given by ARN. */
export function isExistingTargetGroup(target: TargetGroupTarget): target is { readonly existingArn: string } {
  return typeof target === "object" && "existingArn" in target;
}

/** An ALB target group the tasks register into (by IP in awsvpc mode, else by instance and port). */
export interface TargetGroupResource {
  readonly kind: "targetGroup";
  readonly id: ResourceId;
  readonly name: string;
  readonly vpcId: string;
  readonly port: number;
  readonly protocol: "HTTP" | "HTTPS";
  /** HTTP version to the targets; undefined leaves ELB's default (HTTP1). */
  readonly protocolVersion?: "HTTP1" | "HTTP2" | "GRPC";
  readonly targetType: "ip" | "instance";
  readonly healthCheck: {
    readonly path: string;
    readonly protocol: "HTTP" | "HTTPS";
    /** A port number, or undefined for ELB's default (the traffic port). */
    readonly port?: number;
    readonly intervalSeconds: number;
    readonly timeoutSeconds: number;
    readonly healthyThreshold: number;
    readonly unhealthyThreshold: number;
    /** Healthy codes: HTTP codes, or gRPC status codes when `protocolVersion` is GRPC. */
    readonly matcher: string;
  };
  readonly deregistrationDelaySeconds: number;
  /** Sticky sessions; undefined leaves them off (ELB's default). */
  readonly stickiness?: { readonly type: "lb_cookie"; readonly durationSeconds: number } | { readonly type: "app_cookie"; readonly cookieName: string; readonly durationSeconds: number };
  /** Slow start ramp-up in seconds; undefined leaves it off. */
  readonly slowStartSeconds?: number;
  /** Routing algorithm; undefined leaves ELB's default (round_robin). */
  readonly algorithm?: "round_robin" | "least_outstanding_requests" | "weighted_random";
  /**
   * True when the name is berth's replaceable one (a hash of the create-only properties), so a
   * replacement can be created beside the group it replaces and the old one deleted once nothing
   * forwards to it. CloudFormation always replaces that way; Terraform only when told to
   * (`create_before_destroy`), and otherwise deletes first, which ELB refuses while a listener
   * rule or the service still uses the group. False for a name the spec fixes or blue/green's.
   */
  readonly replaceSideBySide: boolean;
  readonly tags: Tags;
}

/** One query-string match of a listener rule; without a key any parameter with the value matches. */
export interface QueryStringMatch {
  readonly key?: string;
  readonly value: string;
}

/**
 * A rule on an existing listener forwarding matching requests to a target group. Conditions of
 * different kinds are ANDed; values inside one are alternatives. At least one list is non-empty.
 */
export interface ListenerRuleResource {
  readonly kind: "listenerRule";
  readonly id: ResourceId;
  readonly listenerArn: ListenerArn;
  readonly priority: number;
  readonly pathPatterns: readonly string[];
  readonly hostHeaders: readonly string[];
  /** One `http-header` condition per header, headers sorted by name. */
  readonly httpHeaders: readonly { readonly name: string; readonly values: readonly string[] }[];
  /** One `query-string` condition holding every pair. */
  readonly queryStrings: readonly QueryStringMatch[];
  readonly sourceIps: readonly string[];
  readonly httpMethods: readonly string[];
  readonly targetGroup: TargetGroupTarget;
  /**
   * `actions` when CodeDeploy owns the rule's forward action (blue/green): every deployment
   * rewrites it to the other target group, so an infra deploy must not set it back.
   */
  readonly externallyManaged?: readonly "actions"[];
}
