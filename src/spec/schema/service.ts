import { z } from "zod";
import { resourceName, tags } from "./common.js";
import { container } from "./container.js";
import { DAEMON_DEPLOY, DEFAULT_DEPLOY, deploy } from "./deploy.js";
import { discovery } from "./discovery.js";
import { loadBalancer } from "./load-balancer.js";
import { network } from "./network.js";
import { capacityProviderItem, placement } from "./placement.js";
import { scaling } from "./scaling.js";
import { serviceConnect } from "./service-connect.js";
import { workloadFields } from "./workload.js";

/** The fields of `defineService()`: a long-running ECS service on Fargate or EC2. */
export const serviceFields = z.strictObject({
  /** Service name; also the task family, log group suffix and resource name prefix. */
  name: resourceName.max(32),
  ...workloadFields,
  /** ECS cluster: name or ARN of an existing one, or the name of a `defineCluster()` spec. */
  cluster: z.string().min(1),
  /**
   * Where tasks run, when no capacity provider strategy is given. Mutually exclusive with
   * `capacityProviders`. @default "FARGATE" (when `capacityProviders` is absent)
   */
  launchType: z.enum(["FARGATE", "EC2"]).optional(),
  /**
   * Capacity provider strategy, e.g. Spot-heavy: `[{ provider: "FARGATE_SPOT", weight: 4 },
   * { provider: "FARGATE", weight: 1, base: 1 }]`. @default none (launch type is used)
   */
  capacityProviders: z.array(capacityProviderItem).min(1).max(20).optional(),
  /** Task networking mode; `bridge` and `host` need EC2. @default "awsvpc" */
  networkMode: z.enum(["awsvpc", "bridge", "host"]).default("awsvpc"),
  /** REPLICA keeps `desiredCount` tasks; DAEMON runs one task per EC2 instance. @default "REPLICA" */
  scheduling: z.enum(["REPLICA", "DAEMON"]).default("REPLICA"),
  /** Placement constraints and strategies (EC2 only). @default none */
  placement: placement.default({ constraints: [], strategy: [] }),
  /** The main container. */
  container: container,
  /** Task networking: required for `awsvpc`; for a load balancer in other modes, only `vpc` is used. @default none */
  network: network.optional(),
  /** Attach to existing ALB listeners: one attachment, or a list of up to 5 (several ports, target groups or listeners). @default none (internal service) */
  loadBalancer: loadBalancer.optional(),
  /**
   * Number of tasks to keep running (REPLICA only). With `scaling` it is only the count a new
   * service starts with. @default scaling.min when `scaling` is set, otherwise 2
   */
  desiredCount: z.number().int().min(0).optional(),
  /** Auto scaling of the task count. @default none (fixed `desiredCount`) */
  scaling: scaling.optional(),
  /**
   * How new versions roll out: `rolling` (ECS), or blue/green through CodeDeploy with `canary`,
   * `linear` or `allAtOnce`; plus deployment alarms and who owns the image tag.
   * @default rolling, 100/200 % (DAEMON: ECS's 0/100 %), circuit breaker with rollback, image tag owned by the stack
   */
  deploy: deploy.optional(),
  /**
   * Register the tasks in a Cloud Map DNS namespace (`<name>.<namespace>`), e.g.
   * `{ namespace: "prod.local", ttl: 10 }`. @default none
   */
  discovery: discovery.optional(),
  /**
   * ECS Service Connect: `{}` for a client of the services in the namespace, or
   * `{ services: [{ portName: "http", clientAliases: [{ port: 80, dnsName: "orders" }] }] }` to be
   * reachable as well. @default none
   */
  serviceConnect: serviceConnect.optional(),
  /**
   * Enable ECS Exec (adds the ssmmessages permissions to the task role). When `cluster` names a
   * `defineCluster()` spec of the same run, the task role also gets what that cluster's exec
   * session logging (CloudWatch Logs) and KMS key need. A cluster defined elsewhere is not
   * known to berth: if it logs sessions or encrypts them with a KMS key, grant those permissions
   * through `taskRole.statements`. @default false
   */
  exec: z.boolean().default(false),
  /** Tags on every taggable resource, propagated to tasks. @default {} */
  tags: tags.default({}),
});

/**
 * `defineService()`'s schema, the single source of truth of its types. A service without a
 * `deploy` block gets the rolling default; a DAEMON service gets ECS's own daemon percentages
 * (0 % / 100 %): one task per instance can never run a second copy beside the first.
 */
export const serviceSchema = serviceFields.transform((service) => ({
  ...service,
  deploy: service.deploy ?? (service.scheduling === "DAEMON" ? DAEMON_DEPLOY : DEFAULT_DEPLOY),
}));

/** What a spec author writes (defaults optional). */
export type ServiceSpec = z.input<typeof serviceSchema>;
/** A spec after parsing: every default filled in. */
export type ParsedService = z.output<typeof serviceSchema>;
