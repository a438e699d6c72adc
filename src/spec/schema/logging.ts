import { z } from "zod";

/** Retention periods CloudWatch Logs accepts, in days. */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

/** awslogs logging to a log group the stack creates (`/ecs/<service name>`). */
export const logging = z.strictObject({
  /** Days to keep log events; one of CloudWatch's allowed values. @default 30 */
  retentionDays: z.number().int().default(30),
  /** Log stream prefix. @default "ecs" */
  streamPrefix: z.string().min(1).default("ecs"),
});

export type LoggingSpec = z.input<typeof logging>;
