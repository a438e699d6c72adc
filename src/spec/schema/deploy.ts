import { z } from "zod";

/** Deployment circuit breaker: stop a failing deploy instead of retrying for hours. */
export const circuitBreaker = z.strictObject({
  /** Roll back to the last completed deployment when the breaker trips. @default true */
  rollback: z.boolean().default(true),
});

/** Rolling deployment managed by ECS. */
export const rollingDeploy = z.strictObject({
  /** Deployment strategy. @default "rolling" */
  strategy: z.literal("rolling").default("rolling"),
  /** Lower bound of running tasks during a deploy, as % of desired count (0–100). @default 100 */
  minimumHealthyPercent: z.number().int().min(0).max(100).default(100),
  /** Upper bound of running tasks during a deploy, as % of desired count (100–200). @default 200 */
  maximumPercent: z.number().int().min(100).max(200).default(200),
  /** Circuit breaker; `false` turns it off (not recommended). @default { rollback: true } */
  circuitBreaker: z.union([z.literal(false), circuitBreaker]).default({ rollback: true }),
});

export type DeploySpec = z.input<typeof rollingDeploy>;
