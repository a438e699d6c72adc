import { z } from "zod";
import { port } from "./common.js";
import { listenerTarget } from "./listener-reference.js";

/**
 * Target group health check, run by the load balancer against each task. `path` and `matcher`
 * have no schema default: theirs depends on the target group's `protocolVersion` (gRPC health
 * checks call a gRPC method and answer gRPC status codes), so lowering resolves them.
 */
export const targetHealthCheck = z.strictObject({
  /** HTTP path to probe; must start with `/`. @default "/" ("/AWS.ALB/healthcheck" with protocolVersion "GRPC") */
  path: z.string().optional(),
  /** Seconds between probes (5–300). @default 30 */
  interval: z.number().int().min(5).max(300).default(30),
  /** Seconds before a probe fails (2–120); must be less than `interval`. @default 5 */
  timeout: z.number().int().min(2).max(120).default(5),
  /** Consecutive successes before a target is healthy (2–10). @default 5 */
  healthyThreshold: z.number().int().min(2).max(10).default(5),
  /** Consecutive failures before a target is unhealthy (2–10). @default 2 */
  unhealthyThreshold: z.number().int().min(2).max(10).default(2),
  /**
   * Codes that count as healthy: HTTP codes 200–499 (`"200"`, `"200-299"`, `"200,302"`), or
   * with protocolVersion "GRPC" gRPC status codes 0–99 (`"0"`, `"0-99"`, `"0,12"`).
   * @default "200" ("12" with protocolVersion "GRPC", ELB's own default)
   */
  matcher: z.string().regex(/^\d{1,3}(-\d{1,3})?(,\d{1,3}(-\d{1,3})?)*$/, "must be codes like 200, 200-299 or 200,302 (gRPC: 0, 0-99)").optional(),
  /** Port the probes go to: `"traffic-port"` (the port the task is registered on) or a port number. @default "traffic-port" */
  port: z.union([port, z.literal("traffic-port")]).optional(),
  /** Protocol of the probes. @default the target group's `protocol` */
  protocol: z.enum(["HTTP", "HTTPS"]).optional(),
});

/** Listener rule conditions. Conditions of different kinds must all match; values inside one kind are alternatives. */
const ruleConditions = {
  /** Path patterns the rule matches, e.g. `["/api/*"]`. @default [] (at least one condition) */
  paths: z.array(z.string().min(1)).max(5).default([]),
  /** Host headers the rule matches, e.g. `["api.example.com"]`. @default [] */
  hosts: z.array(z.string().min(1)).max(5).default([]),
  /**
   * HTTP headers the rule matches, by header name: `{ "X-Canary": ["true"] }` (each header is its
   * own condition; `*` and `?` are wildcards in values). @default {}
   */
  headers: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)).default({}),
  /** Query string parameters the rule matches: `[{ key: "version", value: "v2" }]`; without `key` any parameter with that value matches. @default [] */
  queryStrings: z.array(z.strictObject({ key: z.string().min(1).optional(), value: z.string().min(1) })).default([]),
  /** Client source addresses (IPv4 or IPv6 CIDR) the rule matches, e.g. `["10.0.0.0/8"]`. @default [] */
  sourceIps: z.array(z.string().min(1)).default([]),
  /** HTTP request methods the rule matches, e.g. `["GET", "HEAD"]` (upper case). @default [] */
  methods: z.array(z.string().min(1)).default([]),
};

/** One rule on the listener: its priority and what it matches. */
export const listenerRuleSpec = z.strictObject({
  /** Rule priority on the listener (1–50000); unique on the listener across every spec using it. */
  priority: z.number().int(),
  ...ruleConditions,
});

/** Sticky sessions: the load balancer keeps sending a client to the same task. */
export const stickiness = z.discriminatedUnion("type", [
  z.strictObject({
    /** A cookie the load balancer generates (`AWSALB`). */
    type: z.literal("lb_cookie"),
    /** Seconds a client sticks to its task (1–604800). @default 86400 (one day) */
    duration: z.number().int().min(1).max(604800).default(86400),
  }),
  z.strictObject({
    /** A cookie the application sets; the load balancer adds its own `AWSALBAPP-*` cookie beside it. */
    type: z.literal("app_cookie"),
    /** Name of the application's cookie; must not start with AWSALB, AWSALBAPP or AWSALBTG. */
    cookieName: z.string().min(1),
    /** Seconds a client sticks to its task (1–604800). @default 86400 (one day) */
    duration: z.number().int().min(1).max(604800).default(86400),
  }),
]);

/**
 * One load balancer attachment of the service: a container port registered in a target group
 * (one berth creates, or an existing one by `targetGroupArn`) that a listener rule forwards to.
 */
export const loadBalancerAttachment = z.strictObject({
  /**
   * The ALB listener to add a rule to: the ARN of an existing one, or a listener of a
   * `defineLoadBalancer()` spec of the same run, e.g. `{ loadBalancer: "public-web", port: 443 }`.
   * Optional only with `targetGroupArn` (an existing target group some listener already forwards to).
   */
  listener: listenerTarget.optional(),
  /**
   * Rule priority on the listener (1–50000); must be unique on a shared listener. Or list several
   * rules in `rules`. Left out on a listener of a network load balancer spec (no rules there: the
   * tasks register into that listener's target group).
   */
  priority: z.number().int().optional(),
  ...ruleConditions,
  /** Several rules on the listener, each with its own priority and conditions (instead of `priority` and the conditions above). @default one rule from `priority` and the conditions */
  rules: z.array(listenerRuleSpec).min(1).optional(),
  /** ARN of an existing target group to register the tasks in instead of creating one; its settings stay as they are. @default none (berth creates the target group) */
  targetGroupArn: z.string().optional(),
  /**
   * Target group name (≤ 32 characters), kept as written (a change that replaces the group is refused, B980).
   * @default "<service name>-tg-<hash>" (further attachments: "<service name>-tg-2-<hash>", …; the hash follows port, protocol, target type and VPC, so a replacement gets a new name)
   */
  targetGroupName: z.string().regex(/^[A-Za-z0-9-]+$/, "must be letters, digits and hyphens").optional(),
  /** Container receiving traffic. @default the main container */
  container: z.string().optional(),
  /** Container port receiving traffic; must be one of the container's port mappings. @default the container's first port */
  port: port.optional(),
  /** Protocol between the load balancer and the tasks. @default "HTTP" */
  protocol: z.enum(["HTTP", "HTTPS"]).optional(),
  /** HTTP version between the load balancer and the tasks: HTTP1, HTTP2 or GRPC (HTTP2 and GRPC need an HTTPS listener). @default "HTTP1" */
  protocolVersion: z.enum(["HTTP1", "HTTP2", "GRPC"]).optional(),
  /** Target group health check. @default see each field */
  healthCheck: targetHealthCheck.optional(),
  /** Seconds the load balancer lets in-flight requests finish on a deregistering task (0–3600). @default 300 */
  deregistrationDelay: z.number().int().min(0).max(3600).optional(),
  /** Sticky sessions, e.g. `{ type: "lb_cookie", duration: 3600 }`. @default none (off) */
  stickiness: stickiness.optional(),
  /** Seconds a new task ramps up to its full share of requests (30–900). @default none (off) */
  slowStart: z.number().int().min(30).max(900).optional(),
  /** How the load balancer picks a task for each request. @default "round_robin" */
  algorithm: z.enum(["round_robin", "least_outstanding_requests", "weighted_random"]).optional(),
  /**
   * Seconds after a task starts during which failed LB health checks are ignored (0–2147483647).
   * ECS has one grace period per service: with several attachments the longest applies. @default 60
   */
  healthCheckGracePeriod: z.number().int().min(0).max(2147483647).default(60),
});

/**
 * Attach the service to existing Application Load Balancer listeners: one attachment, or a list
 * of them (several container ports or several listeners; ECS allows 5 per service).
 */
export const loadBalancer = z.union([loadBalancerAttachment, z.array(loadBalancerAttachment).min(1)]);

export type LoadBalancerSpec = z.input<typeof loadBalancer>;
/** One attachment as the author writes it. */
export type LoadBalancerAttachmentSpec = z.input<typeof loadBalancerAttachment>;
/** One attachment after parsing. */
export type ParsedAttachment = z.output<typeof loadBalancerAttachment>;
/** One listener rule after parsing. */
export type ParsedListenerRule = z.output<typeof listenerRuleSpec>;
