import { z } from "zod";

/** One capacity provider in a strategy: how tasks are spread over Fargate, Fargate Spot or an ASG. */
export const capacityProviderItem = z.strictObject({
  /** `FARGATE`, `FARGATE_SPOT`, or the name of a cluster's Auto Scaling group capacity provider. */
  provider: z.string().min(1).max(255),
  /** Relative share of tasks after `base` is met (0–1000). @default 1 */
  weight: z.number().int().min(0).max(1000).default(1),
  /** Tasks always placed on this provider first (0–100000). @default 0 */
  base: z.number().int().min(0).max(100000).default(0),
});

/** A placement constraint for tasks on EC2 capacity. */
export const placementConstraint = z.discriminatedUnion("type", [
  z.strictObject({ /** Each task on a different instance. */ type: z.literal("distinctInstance") }),
  z.strictObject({
    type: z.literal("memberOf"),
    /** Cluster query language expression, e.g. `attribute:ecs.instance-type =~ g5.*`. */
    expression: z.string().min(1).max(2000),
  }),
]);

/** A placement strategy for tasks on EC2 capacity, applied in order. */
export const placementStrategy = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("spread"),
    /** What to spread over. @default "attribute:ecs.availability-zone" */
    field: z.string().min(1).default("attribute:ecs.availability-zone"),
  }),
  z.strictObject({
    type: z.literal("binpack"),
    /** Pack on the least available `memory` or `cpu`. @default "memory" */
    field: z.enum(["memory", "cpu"]).default("memory"),
  }),
  z.strictObject({ type: z.literal("random") }),
]);

/** Where tasks may run and how they are spread (EC2 only). */
export const placement = z.strictObject({
  /** @default [] */
  constraints: z.array(placementConstraint).max(10).default([]),
  /** @default [] */
  strategy: z.array(placementStrategy).max(5).default([]),
});

export type CapacityProviderItemSpec = z.input<typeof capacityProviderItem>;
export type PlacementSpec = z.input<typeof placement>;
