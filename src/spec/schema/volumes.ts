import { z } from "zod";
import { containerName, port } from "./common.js";

/** A volume's name, as containers' `mountPoints` refer to it (ECS's container-name rules). */
const volumeName = containerName;

/**
 * An Amazon EFS file system mounted into the task. Transit encryption is on by default; with
 * `iam: true` the task role is what EFS authorizes, and berth grants it exactly this file
 * system (through the access point, when one is given).
 */
export const efsVolume = z.strictObject({
  /** Volume name, referred to by `mountPoints[].volume`. */
  name: volumeName,
  /** An Amazon EFS file system. */
  type: z.literal("efs"),
  /** The file system id, e.g. `fs-0123456789abcdef0`. */
  fileSystemId: z.string().regex(/^fs-[0-9a-f]{8,40}$/, "must be an EFS file system id such as fs-0123456789abcdef0"),
  /** Directory of the file system to mount; leave out with an access point (it sets its own). @default "/" */
  rootDirectory: z.string().startsWith("/").optional(),
  /** An EFS access point id (`fsap-…`), which fixes the directory and the POSIX user. @default none */
  accessPointId: z.string().regex(/^fsap-[0-9a-f]{8,40}$/, "must be an EFS access point id such as fsap-0123456789abcdef0").optional(),
  /**
   * Authorize with the task role (EFS IAM authorization): berth grants the task role
   * `elasticfilesystem:ClientMount` (and `ClientWrite` unless every mount is read-only) on this
   * file system, conditioned on the access point when one is given. Needs transit encryption.
   * @default false
   */
  iam: z.boolean().default(false),
  /** Encrypt NFS traffic between the task and EFS (TLS). @default true */
  transitEncryption: z.boolean().default(true),
  /** Port of the encrypted NFS tunnel on the host. @default ECS's port selection */
  transitEncryptionPort: port.optional(),
});

/**
 * A bind mount. Without `hostPath` it is task-scoped scratch space shared by the task's
 * containers (the way to give a read-only-root container a writable `/tmp`, on Fargate too);
 * with `hostPath` it is a directory of the EC2 instance (EC2 only).
 */
export const bindVolume = z.strictObject({
  /** Volume name, referred to by `mountPoints[].volume`. */
  name: volumeName,
  /** A bind mount: task scratch space, or an instance path on EC2. */
  type: z.literal("bind"),
  /** Path on the EC2 instance, e.g. `/proc`; EC2 only. @default none (task-scoped scratch space) */
  hostPath: z.string().startsWith("/").optional(),
});

/** A Docker volume on the EC2 instance (EC2 only), managed by a Docker volume driver. */
export const dockerVolume = z.strictObject({
  /** Volume name, referred to by `mountPoints[].volume`. */
  name: volumeName,
  /** A Docker volume (EC2 only). */
  type: z.literal("docker"),
  /** `task`: created and removed with the task; `shared`: outlives it. @default "task" */
  scope: z.enum(["task", "shared"]).default("task"),
  /** Create a `shared` volume when it does not exist yet (shared scope only). @default false */
  autoprovision: z.boolean().optional(),
  /** Docker volume driver. @default "local" (Docker's) */
  driver: z.string().min(1).optional(),
  /** Driver-specific options. @default {} */
  driverOpts: z.record(z.string().min(1), z.string()).default({}),
  /** Docker labels of the volume. @default {} */
  labels: z.record(z.string().min(1), z.string()).default({}),
});

/**
 * An Amazon EBS volume that ECS creates and attaches to each task at launch (the task
 * definition marks it `configuredAtLaunch`; the service carries its settings). Services only,
 * not DAEMON ones; one per task. berth creates the ECS infrastructure role ECS uses to manage
 * it (AWS managed policy AmazonECSInfrastructureRolePolicyForVolumes).
 */
export const ebsVolume = z.strictObject({
  /** Volume name, referred to by `mountPoints[].volume`. */
  name: volumeName,
  /** An EBS volume configured at launch (services only). */
  type: z.literal("ebs"),
  /** Size in GiB (1–16384 for gp2/gp3/io1/io2, 125 minimum for st1/sc1). */
  sizeGiB: z.number().int().min(1).max(65536),
  /** EBS volume type. @default "gp3" */
  volumeType: z.enum(["gp3", "gp2", "io1", "io2", "st1", "sc1", "standard"]).default("gp3"),
  /** Provisioned IOPS (gp3, io1, io2; required for io1/io2). @default the type's baseline */
  iops: z.number().int().min(100).max(256000).optional(),
  /** Throughput in MiB/s (gp3 only, 125–2000). @default 125 on gp3 */
  throughput: z.number().int().min(125).max(2000).optional(),
  /** Encrypt the volume. @default true */
  encrypted: z.boolean().default(true),
  /** KMS key ARN to encrypt with (needs `encrypted`). @default the account's EBS default key */
  kmsKey: z.string().min(1).optional(),
  /** File system ECS formats the volume with. @default "xfs" (ECS's default on Linux) */
  fileSystemType: z.enum(["xfs", "ext3", "ext4"]).optional(),
  /** Create the volume from this snapshot (`snap-…`). @default none (an empty volume) */
  snapshotId: z.string().regex(/^snap-[0-9a-f]{8,17}$/, "must be an EBS snapshot id such as snap-0123456789abcdef0").optional(),
});

/** One task volume: EFS, bind mount, Docker volume (EC2) or EBS configured at launch. */
export const volume = z.discriminatedUnion("type", [efsVolume, bindVolume, dockerVolume, ebsVolume]);

/** A volume mounted into one container. */
export const mountPoint = z.strictObject({
  /** Name of a volume of the task (`volumes[].name`). */
  volume: z.string().min(1),
  /** Where the volume appears in the container, e.g. `/tmp`. */
  containerPath: z.string().startsWith("/"),
  /** Mount read-only. @default false */
  readOnly: z.boolean().default(false),
});

/** Mount every volume of another container of the task. */
export const volumesFrom = z.strictObject({
  /** Name of the other container. */
  container: z.string().min(1),
  /** Mount them read-only. @default false */
  readOnly: z.boolean().default(false),
});

/** A task volume as a spec author writes it. */
export type VolumeSpec = z.input<typeof volume>;
/** A task volume after parsing. */
export type ParsedVolume = z.output<typeof volume>;
