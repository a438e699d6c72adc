import { z } from "zod";
import { listenerTarget } from "./listener-reference.js";

/**
 * How new versions of a service roll out: a rolling deploy run by ECS itself, or a blue/green
 * deploy run by CodeDeploy (canary, linear or all at once). A discriminated union on `strategy`;
 * `strategy` may be left out for a rolling deploy.
 *
 * Each branch also lists the other branches' fields as "not for this strategy" (typed
 * `undefined`): the editor then flags `minimumHealthyPercent` on a canary deploy, and validation
 * explains which strategy the field belongs to (B809) instead of calling it unknown.
 */

/** A field of another strategy: accepted by the shape check, reported by the B809 rule. */
const notForThisStrategy = () => z.custom<undefined>(() => true).optional();

/** Deployment circuit breaker: stop a failing deploy instead of retrying for hours. */
export const circuitBreaker = z.strictObject({
  /** Roll back to the last completed deployment when the breaker trips. @default true */
  rollback: z.boolean().default(true),
});

/**
 * CloudWatch alarms that stop a deployment while it runs (ECS deployment alarms for rolling
 * deploys, the deployment group's alarms for blue/green). Name existing alarms, or let berth
 * create alarms on the service's CPU and memory and on the 5xx responses of its tasks.
 */
export const deploymentAlarms = z.strictObject({
  /** Names of existing CloudWatch alarms in the stack's account and region. @default [] */
  names: z.array(z.string().min(1).max(255)).default([]),
  /** Create an alarm when the service's average CPU utilization is above this percent (1–100; 2 of 3 minutes). @default none */
  cpuPercent: z.number().min(1).max(100).optional(),
  /** Create an alarm when the service's average memory utilization is above this percent (1–100; 2 of 3 minutes). @default none */
  memoryPercent: z.number().min(1).max(100).optional(),
  /**
   * Create an alarm when the tasks answer at least this many 5xx responses a minute through the
   * load balancer (2 of 3 minutes); needs `loadBalancer`. With blue/green, one alarm per target group.
   * @default none
   */
  target5xxPerMinute: z.number().int().min(1).optional(),
  /** Roll the deployment back when an alarm fires (otherwise it only stops). @default true */
  rollback: z.boolean().default(true),
});

/**
 * Who sets the main container's image version after the first deploy. `"stack"`: the tag is a
 * stack input (CloudFormation parameter `ImageTag`, Terraform variable `image_tag`) defaulting to
 * the spec's tag. `"ci"`: CI writes the tag to an SSM parameter and every deploy of the stack reads
 * it from there, so an infrastructure deploy never puts an older image back.
 */
export const imageOwner = z.enum(["stack", "ci"]);

/** Fields every strategy has: deployment alarms and who owns the image. */
const commonFields = {
  /** Alarms that stop (and by default roll back) a deployment. @default none */
  alarms: deploymentAlarms.optional(),
  /** Who sets the image tag after the first deploy: the stack's input, or CI through SSM. @default "stack" */
  imageOwner: imageOwner.default("stack"),
  /**
   * With `imageOwner: "ci"`: the SSM parameter (a `String`) holding the image tag or digest.
   * Create it before the first deploy; CI overwrites it for every release.
   * @default "/berth/<service name>/image-tag"
   */
  imageTagParameter: z.string().optional(),
};

/** The rolling deploy's fields, which blue/green strategies do not have. */
const rollingFields = {
  /** Lower bound of running tasks during a deploy, as % of desired count (0–100). @default 100 */
  minimumHealthyPercent: z.number().int().min(0).max(100).default(100),
  /** Upper bound of running tasks during a deploy, as % of desired count (100–200). @default 200 */
  maximumPercent: z.number().int().min(100).max(200).default(200),
  /** Circuit breaker; `false` turns it off (not recommended). @default { rollback: true } */
  circuitBreaker: z.union([z.literal(false), circuitBreaker]).default({ rollback: true }),
};

/** Target group names of a blue/green service (ELB: at most 32 characters). */
export const blueGreenTargetGroups = z.strictObject({
  /** Target group of the tasks serving production when the stack is created. @default "<service name>-blue" */
  blue: z.string().regex(/^[A-Za-z0-9-]+$/, "must be letters, digits and hyphens").optional(),
  /** Target group CodeDeploy registers the replacement tasks in. @default "<service name>-green" */
  green: z.string().regex(/^[A-Za-z0-9-]+$/, "must be letters, digits and hyphens").optional(),
});

/** A second listener on which CodeDeploy sends test traffic to the new tasks before production traffic. */
export const testTraffic = z.strictObject({
  /**
   * The test listener (e.g. port 8443 of the same ALB): an ARN, or a listener of a
   * `defineLoadBalancer()` spec of the run (`{ loadBalancer, port }`); must differ from `loadBalancer.listener`.
   */
  listener: listenerTarget,
  /** Priority of berth's rule on the test listener (1–50000). @default `loadBalancer.priority` */
  priority: z.number().int().optional(),
});

/**
 * Lambda functions CodeDeploy calls at the lifecycle events of an ECS deployment (function ARNs).
 * They go into the generated appspec.yaml; each must report back with
 * `codedeploy:PutLifecycleEventHookExecutionStatus`.
 */
export const lifecycleHooks = z.strictObject({
  /** Before the replacement task set is created. @default none */
  beforeInstall: z.string().optional(),
  /** After the replacement task set is created, before any traffic. @default none */
  afterInstall: z.string().optional(),
  /** After test traffic reaches the replacement tasks (needs `testTraffic`). @default none */
  afterAllowTestTraffic: z.string().optional(),
  /** Before production traffic shifts. @default none */
  beforeAllowTraffic: z.string().optional(),
  /** After all production traffic has shifted. @default none */
  afterAllowTraffic: z.string().optional(),
});

/** The blue/green deploy's fields, which the rolling deploy does not have. */
const blueGreenFields = {
  /** Names of the blue and green target groups. @default "<name>-blue" and "<name>-green" */
  targetGroups: blueGreenTargetGroups.default({}),
  /** Optional test listener for validating the new tasks before production traffic. @default none */
  testTraffic: testTraffic.optional(),
  /** Lifecycle hook Lambdas, written into appspec.yaml. @default none */
  hooks: lifecycleHooks.default({}),
  /**
   * Minutes the old (blue) tasks keep running after production traffic has moved (0–2880): the
   * window in which an alarm or a person can still roll back instantly. @default 5
   */
  terminationWaitMinutes: z.number().default(5),
};

/** The rolling deploy's fields, marked as not applicable on a blue/green branch. */
const notRolling = { minimumHealthyPercent: notForThisStrategy(), maximumPercent: notForThisStrategy(), circuitBreaker: notForThisStrategy() };

/** Rolling deployment managed by ECS (the default). */
export const rollingDeploy = z.strictObject({
  /** Deployment strategy. @default "rolling" */
  strategy: z.literal("rolling").default("rolling"),
  ...rollingFields,
  ...commonFields,
  /** Blue/green strategies only. */
  percent: notForThisStrategy(),
  /** Canary only. */
  waitMinutes: notForThisStrategy(),
  /** Linear only. */
  intervalMinutes: notForThisStrategy(),
  /** Blue/green strategies only. */
  targetGroups: notForThisStrategy(),
  /** Blue/green strategies only. */
  testTraffic: notForThisStrategy(),
  /** Blue/green strategies only. */
  hooks: notForThisStrategy(),
  /** Blue/green strategies only. */
  terminationWaitMinutes: notForThisStrategy(),
});

/** Blue/green through CodeDeploy: `percent` of the traffic, then the rest after `waitMinutes`. */
export const canaryDeploy = z.strictObject({
  /** Shift `percent` of the traffic, wait, then shift the rest. */
  strategy: z.literal("canary"),
  /** Percent of production traffic in the first shift (1–99). */
  percent: z.number(),
  /** Minutes between the first and the second shift (1–2880). */
  waitMinutes: z.number(),
  ...blueGreenFields,
  ...commonFields,
  ...notRolling,
  /** Linear only. */
  intervalMinutes: notForThisStrategy(),
});

/** Blue/green through CodeDeploy: `percent` more of the traffic every `intervalMinutes`. */
export const linearDeploy = z.strictObject({
  /** Shift traffic in equal steps at equal intervals. */
  strategy: z.literal("linear"),
  /** Percent of production traffic per step (1–99). */
  percent: z.number(),
  /** Minutes between steps (1–2880). */
  intervalMinutes: z.number(),
  ...blueGreenFields,
  ...commonFields,
  ...notRolling,
  /** Canary only. */
  waitMinutes: notForThisStrategy(),
});

/** Blue/green through CodeDeploy: all traffic moves to the new tasks at once. */
export const allAtOnceDeploy = z.strictObject({
  /** Shift all traffic at once (after the hooks and test traffic). */
  strategy: z.literal("allAtOnce"),
  ...blueGreenFields,
  ...commonFields,
  ...notRolling,
  /** Canary and linear only. */
  percent: notForThisStrategy(),
  /** Canary only. */
  waitMinutes: notForThisStrategy(),
  /** Linear only. */
  intervalMinutes: notForThisStrategy(),
});

/** How new versions roll out; `strategy` picks the branch (rolling when absent). */
export const deploy = z.discriminatedUnion("strategy", [rollingDeploy, canaryDeploy, linearDeploy, allAtOnceDeploy]);

/** The deploy settings of a spec that says nothing: rolling, 100/200 %, circuit breaker with rollback. */
export const DEFAULT_DEPLOY: z.output<typeof rollingDeploy> = {
  strategy: "rolling",
  minimumHealthyPercent: 100,
  maximumPercent: 200,
  circuitBreaker: { rollback: true },
  imageOwner: "stack",
};

/**
 * The deploy of a DAEMON service without a `deploy` block: ECS's own daemon defaults. At most
 * one task per instance (100 %), and the old task stops before its replacement starts (0 %).
 */
export const DAEMON_DEPLOY: z.output<typeof rollingDeploy> = { ...DEFAULT_DEPLOY, minimumHealthyPercent: 0, maximumPercent: 100 };

/** What a spec author writes under `deploy`. */
export type DeploySpec = z.input<typeof deploy>;
/** `deploy` after parsing, every default filled in. */
export type ParsedDeploy = z.output<typeof deploy>;
/** A blue/green `deploy` after parsing. */
export type ParsedBlueGreenDeploy = Exclude<ParsedDeploy, { strategy: "rolling" }>;
/** The fields that belong to one strategy only, for the B809 rule. */
export const STRATEGY_FIELDS = {
  rolling: Object.keys(rollingFields),
  blueGreen: Object.keys(blueGreenFields),
  canary: ["percent", "waitMinutes"],
  linear: ["percent", "intervalMinutes"],
} as const;
