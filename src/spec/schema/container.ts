import { z } from "zod";
import { containerName, port } from "./common.js";
import { containerLogging, firelensRouter } from "./logging.js";
import { secretRef } from "./secrets.js";
import { mountPoint, volumesFrom } from "./volumes.js";
import { containerRuntimeFields } from "./container-runtime.js";

/** A full port mapping, for containers that listen on more than one port or on UDP. */
export const portMapping = z.strictObject({
  /** Port the container listens on. */
  containerPort: port,
  /** Transport protocol. @default "tcp" */
  protocol: z.enum(["tcp", "udp"]).default("tcp"),
  /** Name of the mapping: lower-case letters, digits and `-` (Service Connect's `portName` refers to it). @default none */
  name: z.string().regex(/^[a-z0-9-]{1,64}$/).optional(),
  /**
   * Application protocol the Service Connect proxy speaks on this port: `"http"`, `"http2"` or
   * `"grpc"` (protocol-aware metrics, retries and per-request timeouts). @default none (plain TCP)
   */
  appProtocol: z.enum(["http", "http2", "grpc"]).optional(),
});

/** Container health check run by the ECS agent inside the task. */
export const containerHealthCheck = z.strictObject({
  /** A shell command (run with `CMD-SHELL`) or an exec-form argument list (run with `CMD`). */
  command: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  /** Seconds between checks (5–300). @default 30 */
  interval: z.number().int().min(5).max(300).default(30),
  /** Seconds before a check counts as failed (2–120). @default 5 */
  timeout: z.number().int().min(2).max(120).default(5),
  /** Consecutive failures before the container is unhealthy (1–10). @default 3 */
  retries: z.number().int().min(1).max(10).default(3),
  /** Grace seconds after start during which failures don't count (0–300). @default 0 */
  startPeriod: z.number().int().min(0).max(300).default(0),
});

/** Start ordering between containers of one task. */
export const containerDependency = z.strictObject({
  /** Name of the container this one waits for. */
  container: z.string().min(1),
  /** What the other container must reach first. @default "START" */
  condition: z.enum(["START", "COMPLETE", "SUCCESS", "HEALTHY"]).default("START"),
});

/** One container of the task. */
export const container = z.strictObject({
  /**
   * Container name, unique in the task: letters (either case), digits, `_` and `-`, 1–255
   * characters, as ECS allows (e.g. `log_router`). @default "app" for the main container
   */
  name: containerName.optional(),
  /** Image reference `repository[:tag]` or `repository@sha256:…`; a missing tag means `latest`. */
  image: z.string().min(1),
  /** The port the container listens on (TCP); shorthand for a single `portMappings` entry. */
  port: port.optional(),
  /** Full port mappings; use instead of `port` for several ports or UDP. @default [] */
  portMappings: z.array(portMapping).optional(),
  /** Plain environment variables. Never put credentials here: use `secrets`. @default {} */
  environment: z.record(z.string(), z.string()).default({}),
  /** Environment variables filled from Secrets Manager or SSM at task start. @default {} */
  secrets: z.record(z.string(), secretRef).default({}),
  /** Overrides the image's CMD. */
  command: z.array(z.string()).min(1).optional(),
  /** Overrides the image's ENTRYPOINT. */
  entryPoint: z.array(z.string()).min(1).optional(),
  /** Working directory inside the container. */
  workingDirectory: z.string().min(1).optional(),
  /** Container health check. @default none */
  healthCheck: containerHealthCheck.optional(),
  /** When an essential container stops, the whole task stops. @default true */
  essential: z.boolean().default(true),
  /** Mount the root file system read-only (write to volumes instead). @default true */
  readonlyRootFilesystem: z.boolean().default(true),
  /** User (name, uid, `uid:gid`) the process runs as. @default the image's user */
  user: z.string().min(1).optional(),
  /** CPU units reserved for this container within the task. @default none (shares the task's) */
  cpu: z.number().int().min(0).optional(),
  /** Hard memory limit in MiB for this container. @default none (the task's) */
  memory: z.number().int().min(6).optional(),
  /** Soft memory reservation in MiB. @default none */
  memoryReservation: z.number().int().min(6).optional(),
  /** GPUs reserved for this container (EC2 with GPU instances only). @default none */
  gpu: z.number().int().min(1).max(16).optional(),
  /** Containers that must reach a state before this one starts. @default [] */
  dependsOn: z.array(containerDependency).default([]),
  /**
   * How this container logs: awslogs to the stack's log group (`{ streamPrefix }`), or
   * `{ driver: "firelens", options, secretOptions }` through the task's log router.
   * @default awslogs with the spec's `logging.streamPrefix`
   */
  logging: containerLogging.optional(),
  /**
   * Makes this container the task's FireLens log router (at most one per task), e.g. the
   * `public.ecr.aws/aws-observability/aws-for-fluent-bit` image with `{ type: "fluentbit" }`.
   * @default none (not a log router)
   */
  firelens: firelensRouter.optional(),
  /**
   * Task volumes mounted into this container, e.g. `[{ volume: "scratch", containerPath: "/tmp" }]`
   * for a writable `/tmp` beside a read-only root file system. @default []
   */
  mountPoints: z.array(mountPoint).default([]),
  /** Mount all volumes of other containers of the task. @default [] */
  volumesFrom: z.array(volumesFrom).default([]),
  ...containerRuntimeFields,
});

export type ContainerSpec = z.input<typeof container>;
