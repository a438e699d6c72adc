import type { ResourceId, Tags } from "./refs.js";
import type { ListenerArn } from "./load-balancer-stack.js";

/** An ALB target group the tasks register into by IP. */
export interface TargetGroupResource {
  readonly kind: "targetGroup";
  readonly id: ResourceId;
  readonly name: string;
  readonly vpcId: string;
  readonly port: number;
  readonly protocol: "HTTP" | "HTTPS";
  readonly targetType: "ip" | "instance";
  readonly healthCheck: {
    readonly path: string;
    readonly protocol: "HTTP" | "HTTPS";
    readonly intervalSeconds: number;
    readonly timeoutSeconds: number;
    readonly healthyThreshold: number;
    readonly unhealthyThreshold: number;
    readonly matcher: string;
  };
  readonly deregistrationDelaySeconds: number;
  readonly tags: Tags;
}

/** A rule on an existing listener forwarding matching requests to a target group. */
export interface ListenerRuleResource {
  readonly kind: "listenerRule";
  readonly id: ResourceId;
  readonly listenerArn: ListenerArn;
  readonly priority: number;
  readonly pathPatterns: readonly string[];
  readonly hostHeaders: readonly string[];
  readonly targetGroup: ResourceId;
  /**
   * `actions` when CodeDeploy owns the rule's forward action (blue/green): every deployment
   * rewrites it to the other target group, so an infra deploy must not set it back.
   */
  readonly externallyManaged?: readonly "actions"[];
}
