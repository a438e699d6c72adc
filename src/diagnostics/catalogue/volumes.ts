import { entry, list } from "./entry.js";

/** Task volumes and mounts (B624–B639). */
export const volumesEntries = {
  B624: entry<{ name: string }>({
    message: (a) => `Two volumes are named "${a.name}".`,
    hint: () => "Volume names must be unique in a task; mountPoints refer to volumes by name.",
  }),
  B625: entry<{ name: string; known: readonly string[] }>({
    message: (a) => `mountPoints names volume "${a.name}", which is not a volume of this task.`,
    hint: (a) => `Declare it under volumes, or mount one of: ${a.known.length ? list(a.known) : "(no volumes)"}.`,
  }),
  B626: entry<{ name: string }>({
    message: (a) => `Volume "${a.name}" mounts a host path, which Fargate does not have.`,
    hint: () => "On Fargate leave hostPath out for task-scoped scratch space, use an efs volume for shared files, or run on EC2.",
  }),
  B627: entry<{ name: string }>({
    message: (a) => `Volume "${a.name}" is a Docker volume, which Fargate does not offer.`,
    hint: () => 'Use type: "bind" (task scratch space), "efs" or "ebs" on Fargate, or run the task on EC2.',
  }),
  B628: entry<{ name: string }>({
    message: (a) => `EBS volume "${a.name}" is on a DAEMON service; ECS attaches EBS volumes at launch to REPLICA services and tasks only.`,
    hint: () => 'Use a bind mount with a hostPath or an efs volume for a daemon, or make the service scheduling: "REPLICA".',
  }),
  B629: entry<{ name: string }>({
    message: (a) => `EBS volume "${a.name}" is on a standalone task; berth configures EBS volumes at launch on services only.`,
    hint: () => "Use an efs volume or a bind mount for the task, or run the work as a service (defineService).",
  }),
  B630: entry({
    message: () => "A second EBS volume: ECS attaches one EBS volume configured at launch per task.",
    hint: () => "Keep one ebs volume; mount it at several paths if needed, or use efs for shared data.",
  }),
  B631: entry<{ needs: string }>({
    message: (a) => `This EFS volume uses ${a.needs} but turns transit encryption off.`,
    hint: () => "EFS IAM authorization and access points work over TLS only; leave transitEncryption at its default (true).",
  }),
  B632: entry({
    message: () => "transitEncryptionPort is set, but transit encryption is off.",
    hint: () => "The port is the TLS tunnel's; remove it, or leave transitEncryption on.",
  }),
  B633: entry<{ directory: string }>({
    message: (a) => `rootDirectory "${a.directory}" is set together with an access point.`,
    hint: () => "The access point fixes the directory; leave rootDirectory out (or \"/\") and set the path on the access point.",
  }),
  B634: entry<{ name: string; known: readonly string[] }>({
    message: (a) => `volumesFrom names "${a.name}", which is not another container of this task.`,
    hint: (a) => `Other containers: ${a.known.length ? list(a.known) : "(none)"}.`,
  }),
  B635: entry<{ field: string; type: string; allowed: string }>({
    message: (a) => `${a.field} is set on a ${a.type} EBS volume; EBS takes it for ${a.allowed} only.`,
    hint: () => 'Remove it, or choose a volume type that takes it (volumeType: "gp3" has both iops and throughput).',
  }),
  B636: entry({
    message: () => "kmsKey is set on an EBS volume with encrypted: false.",
    hint: () => "A KMS key only encrypts an encrypted volume; leave encrypted at its default (true).",
  }),
  B637: entry<{ path: string }>({
    message: (a) => `Two volumes are mounted at ${a.path} in this container.`,
    hint: () => "Mount each container path once.",
  }),
  B638: entry<{ type: string }>({
    message: (a) => `An ${a.type} EBS volume needs provisioned iops.`,
    hint: () => "Set iops (io1: up to 50 per GiB, io2: up to 1000 per GiB), or use gp3.",
  }),
} as const;
