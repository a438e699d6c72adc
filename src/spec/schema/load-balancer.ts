import { z } from "zod";
import { port } from "./common.js";
import { listenerTarget } from "./listener-reference.js";

/** Target group health check, run by the load balancer against each task. */
export const targetHealthCheck = z.strictObject({
  /** HTTP path to probe; must start with `/`. @default "/" */
  path: z.string().default("/"),
  /** Seconds between probes (5–300). @default 30 */
  interval: z.number().int().min(5).max(300).default(30),
  /** Seconds before a probe fails (2–120); must be less than `interval`. @default 5 */
  timeout: z.number().int().min(2).max(120).default(5),
  /** Consecutive successes before a target is healthy (2–10). @default 5 */
  healthyThreshold: z.number().int().min(2).max(10).default(5),
  /** Consecutive failures before a target is unhealthy (2–10). @default 2 */
  unhealthyThreshold: z.number().int().min(2).max(10).default(2),
  /** HTTP codes that count as healthy, e.g. `"200"` or `"200-299"`. @default "200" */
  matcher: z.string().regex(/^\d{3}(-\d{3})?(,\d{3}(-\d{3})?)*$/, "must be HTTP codes like 200, 200-299 or 200,302").default("200"),
});

/** Attach the service to an existing Application Load Balancer listener through a listener rule. */
export const loadBalancer = z.strictObject({
  /**
   * The ALB listener to add a rule to: the ARN of an existing one, or a listener of a
   * `defineLoadBalancer()` spec of the same run, e.g. `{ loadBalancer: "public-web", port: 443 }`.
   */
  listener: listenerTarget,
  /**
   * Rule priority on the listener (1–50000); must be unique on a shared listener. Required on an
   * ALB listener; left out on a listener of a network load balancer spec (no rules there).
   */
  priority: z.number().int().optional(),
  /** Path patterns the rule matches, e.g. `["/api/*"]`. @default [] (at least one of paths/hosts) */
  paths: z.array(z.string().min(1)).max(5).default([]),
  /** Host headers the rule matches, e.g. `["api.example.com"]`. @default [] */
  hosts: z.array(z.string().min(1)).max(5).default([]),
  /** Target group name (≤ 32 characters). @default "<service name>-tg" */
  targetGroupName: z.string().regex(/^[A-Za-z0-9-]+$/, "must be letters, digits and hyphens").optional(),
  /** Container receiving traffic. @default the main container */
  container: z.string().optional(),
  /** Container port receiving traffic; must be one of the container's port mappings. @default the container's first port */
  port: port.optional(),
  /** Protocol between the load balancer and the tasks. @default "HTTP" */
  protocol: z.enum(["HTTP", "HTTPS"]).default("HTTP"),
  /** Target group health check. @default see each field */
  healthCheck: targetHealthCheck.default(targetHealthCheck.parse({})),
  /** Seconds the load balancer lets in-flight requests finish on a deregistering task (0–3600). @default 300 */
  deregistrationDelay: z.number().int().min(0).max(3600).default(300),
  /** Seconds after a task starts during which failed LB health checks are ignored (0–2147483647). @default 60 */
  healthCheckGracePeriod: z.number().int().min(0).max(2147483647).default(60),
});

export type LoadBalancerSpec = z.input<typeof loadBalancer>;
