import { z } from "zod";
import { container } from "./container.js";
import { executionRole, taskRole } from "./iam.js";
import { logging } from "./logging.js";
import { overrides } from "./overrides.js";
import { volume } from "./volumes.js";

/**
 * The fields services and tasks share word for word: where the stack deploys, the task size,
 * sidecars, logging and the task role. Both schemas spread this shape, so a field and its TSDoc
 * are written once; fields whose wording differs per kind stay in each schema.
 */
export const workloadFields = {
  /** AWS account id the stack deploys to (12 digits); ARNs in the spec must match it. */
  account: z.string(),
  /** AWS region the stack deploys to, e.g. `us-east-1`; ARNs in the spec must match it. */
  region: z.string(),
  /**
   * Task CPU units; on Fargate required and a valid Fargate size (256, 512, 1024, 2048, 4096,
   * 8192, 16384). Optional on EC2: without it the containers' own `cpu` values apply.
   * @default none on EC2 (required on Fargate)
   */
  cpu: z.number().int().optional(),
  /**
   * Task memory in MiB; on Fargate required and valid for the chosen `cpu`. Optional on EC2:
   * then every container needs its own `memory` or `memoryReservation`.
   * @default none on EC2 (required on Fargate)
   */
  memory: z.number().int().optional(),
  /**
   * Process namespace of the containers: `"task"` shares one namespace among the task's
   * containers (Fargate's only choice), `"host"` uses the instance's (EC2 only, e.g. a node
   * agent that reads every process). @default none (each container has its own)
   */
  pidMode: z.enum(["host", "task"]).optional(),
  /**
   * IPC namespace: `"host"`, `"task"` (shared by the task's containers) or `"none"`; EC2 only.
   * @default none (Docker's default, a private namespace per container)
   */
  ipcMode: z.enum(["host", "task", "none"]).optional(),
  /** CPU architecture of the task. @default "x86_64" */
  architecture: z.enum(["x86_64", "arm64"]).default("x86_64"),
  /** Ephemeral storage in GiB (21–200). @default 20 (Fargate's free amount; nothing is emitted) */
  ephemeralStorageGiB: z.number().int().min(21).max(200).optional(),
  /** Extra containers (sidecars) in the same task. @default [] */
  sidecars: z.array(container).default([]),
  /** The stack's log group and awslogs defaults. @default { retentionDays: 30, streamPrefix: "ecs", logGroupClass: "STANDARD", retainOnDelete: false } */
  logging: logging.default({ retentionDays: 30, streamPrefix: "ecs", logGroupClass: "STANDARD", retainOnDelete: false }),
  /**
   * Task volumes the containers mount (`mountPoints`): `efs`, `bind` (task scratch space, or an
   * instance path on EC2), `docker` (EC2) or `ebs` (configured at launch; services only).
   * @default []
   */
  volumes: z.array(volume).default([]),
  /** Permissions of the application code, or an existing role by `arn`. @default a created role with no permissions */
  taskRole: taskRole.default({ statements: [], managedPolicies: [] }),
  /**
   * An existing execution role by `arn`, e.g. `{ arn: "arn:aws:iam::123456789012:role/ecsTaskExecutionRole" }`.
   * @default none (berth creates one that may pull exactly the task's ECR images, write its log streams and read exactly its secrets)
   */
  executionRole: executionRole.optional(),
  /**
   * ARN of an IAM managed policy set as the permissions boundary of every role the stack creates
   * (execution, task, EventBridge schedule, CodeDeploy), e.g. what an organization's
   * guardrails require. @default none
   */
  permissionsBoundary: z.string().optional(),
  /**
   * IAM path of every role the stack creates, `/` + segments + `/`, e.g. `/ecs/orders/`. The role
   * ARNs become `arn:…:role/ecs/orders/<name>`; names stay the same. @default "/" (no path)
   */
  rolePath: z.string().optional(),
  /**
   * Escape hatch: per-backend changes to the emitted resources, for a field berth does not model
   * (`{ cloudformation: { <logicalId>: { <path>: value } }, terraform: { <address>: { <path>: value } } }`).
   * Not validated by berth; the generated README lists them. @default none
   */
  overrides: overrides.optional(),
};
