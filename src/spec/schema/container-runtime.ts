import { z } from "zod";

/** Linux capabilities ECS accepts in `linuxParameters.capabilities`. */
export const LINUX_CAPABILITIES = [
  "ALL", "AUDIT_CONTROL", "AUDIT_WRITE", "BLOCK_SUSPEND", "CHOWN", "DAC_OVERRIDE", "DAC_READ_SEARCH", "FOWNER", "FSETID",
  "IPC_LOCK", "IPC_OWNER", "KILL", "LEASE", "LINUX_IMMUTABLE", "MAC_ADMIN", "MAC_OVERRIDE", "MKNOD", "NET_ADMIN",
  "NET_BIND_SERVICE", "NET_BROADCAST", "NET_RAW", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_ADMIN", "SYS_BOOT",
  "SYS_CHROOT", "SYS_MODULE", "SYS_NICE", "SYS_PACCT", "SYS_PTRACE", "SYS_RAWIO", "SYS_RESOURCE", "SYS_TIME",
  "SYS_TTY_CONFIG", "SYSLOG", "WAKE_ALARM",
] as const;

/** Resource limits ECS can set on a container (`ulimits[].name`). */
export const ULIMIT_NAMES = [
  "core", "cpu", "data", "fsize", "locks", "memlock", "msgqueue", "nice", "nofile", "nproc", "rss", "rtprio", "rttime", "sigpending", "stack",
] as const;

/**
 * Linux-specific container settings (ECS `linuxParameters`). On Fargate only
 * `initProcessEnabled` and adding `SYS_PTRACE` (plus dropping capabilities) are available.
 */
export const linuxParameters = z.strictObject({
  /** Run an init process (tini) as PID 1 that reaps zombies and forwards signals. @default false */
  initProcessEnabled: z.boolean().optional(),
  /** Kernel capabilities added to or dropped from Docker's default set. @default none */
  capabilities: z
    .strictObject({
      /** Capabilities to add; Fargate accepts only `SYS_PTRACE`. @default [] */
      add: z.array(z.enum(LINUX_CAPABILITIES)).default([]),
      /** Capabilities to drop, e.g. `["ALL"]` or `["NET_RAW"]`. @default [] */
      drop: z.array(z.enum(LINUX_CAPABILITIES)).default([]),
    })
    .optional(),
  /** Size of `/dev/shm` in MiB (EC2 only). @default Docker's 64 MiB */
  sharedMemorySize: z.number().int().min(1).optional(),
  /** tmpfs mounts (EC2 only): `{ containerPath, size (MiB), mountOptions }`. @default [] */
  tmpfs: z
    .array(
      z.strictObject({
        /** Where the tmpfs is mounted in the container. */
        containerPath: z.string().startsWith("/"),
        /** Size in MiB. */
        size: z.number().int().min(1),
        /** Mount options such as `"noexec"`, `"nosuid"`. @default [] */
        mountOptions: z.array(z.string().min(1)).default([]),
      }),
    )
    .default([]),
  /** Host devices exposed to the container (EC2 only). @default [] */
  devices: z
    .array(
      z.strictObject({
        /** The device on the instance, e.g. `/dev/fuse`. */
        hostPath: z.string().startsWith("/"),
        /** Path inside the container. @default the host path */
        containerPath: z.string().startsWith("/").optional(),
        /** @default [] (read, write and mknod) */
        permissions: z.array(z.enum(["read", "write", "mknod"])).default([]),
      }),
    )
    .default([]),
  /** Swap the container may use, in MiB; 0 turns swap off (EC2 only). @default the instance's setting */
  maxSwap: z.number().int().min(0).optional(),
  /** How eagerly the kernel swaps the container's memory, 0–100; needs `maxSwap` (EC2 only). @default 60 */
  swappiness: z.number().int().min(0).max(100).optional(),
});

/**
 * Container runtime settings beyond the image: kernel and Docker options, timeouts, restart
 * policy, DNS, private registry credentials and environment files. Spread into the container
 * schema.
 */
export const containerRuntimeFields = {
  /** Linux-specific settings (init process, capabilities, /dev/shm, tmpfs, devices, swap). @default none */
  linuxParameters: linuxParameters.optional(),
  /** Resource limits, e.g. `[{ name: "nofile", softLimit: 65536, hardLimit: 65536 }]`. @default [] */
  ulimits: z
    .array(
      z.strictObject({
        /** The limit, e.g. `nofile`. */
        name: z.enum(ULIMIT_NAMES),
        /** Soft limit; at most `hardLimit`. */
        softLimit: z.number().int().min(0),
        /** Hard limit. */
        hardLimit: z.number().int().min(0),
      }),
    )
    .default([]),
  /** Seconds ECS waits after SIGTERM before it kills the container (Fargate: up to 120). @default 30 */
  stopTimeout: z.number().int().min(1).optional(),
  /** Seconds ECS waits for a dependency (`dependsOn`) to reach its condition (Fargate: up to 120). @default none */
  startTimeout: z.number().int().min(1).optional(),
  /** Docker labels on the container. @default {} */
  dockerLabels: z.record(z.string().min(1), z.string()).default({}),
  /** Namespaced kernel parameters, e.g. `[{ namespace: "net.core.somaxconn", value: "1024" }]`. @default [] */
  systemControls: z
    .array(
      z.strictObject({
        /** The kernel parameter, e.g. `net.core.somaxconn`. */
        namespace: z.string().min(1),
        /** Its value. */
        value: z.string(),
      }),
    )
    .default([]),
  /** Give the container root on the host (EC2 only). Avoid; add single capabilities instead. @default false */
  privileged: z.boolean().optional(),
  /** Keep stdin open (`docker run -i`). @default false */
  interactive: z.boolean().optional(),
  /** Allocate a TTY (`docker run -t`). @default false */
  pseudoTerminal: z.boolean().optional(),
  /** DNS servers of the container (not in awsvpc mode). @default the instance's */
  dnsServers: z.array(z.string().min(1)).default([]),
  /** DNS search domains of the container (not in awsvpc mode). @default the instance's */
  dnsSearchDomains: z.array(z.string().min(1)).default([]),
  /** Extra `/etc/hosts` entries (not in awsvpc mode). @default [] */
  extraHosts: z
    .array(
      z.strictObject({
        /** Host name to resolve. */
        hostname: z.string().min(1),
        /** The address it resolves to. */
        ipAddress: z.string().min(1),
      }),
    )
    .default([]),
  /**
   * Restart the container in place when it exits, instead of replacing the task (ECS restart
   * policy). @default none (an essential container's exit stops the task)
   */
  restartPolicy: z
    .strictObject({
      /** @default true */
      enabled: z.boolean().default(true),
      /** Exit codes that do not trigger a restart. @default [] */
      ignoredExitCodes: z.array(z.number().int()).max(50).default([]),
      /** Seconds the container must run before a restart is attempted (60–1800). @default 300 (ECS's) */
      restartAttemptPeriod: z.number().int().min(60).max(1800).optional(),
    })
    .optional(),
  /**
   * `"enabled"`: ECS resolves the image tag to a digest when the task definition is deployed, so
   * every task runs the same image. @default ECS's ("enabled")
   */
  versionConsistency: z.enum(["enabled", "disabled"]).optional(),
  /**
   * Credentials of a private registry (not ECR): a Secrets Manager secret holding `username`
   * and `password`. The execution role may read exactly this secret (and decrypt with `kmsKey`).
   * @default none
   */
  repositoryCredentials: z
    .strictObject({
      /** ARN of the Secrets Manager secret. */
      secret: z.string().min(1),
      /** Customer managed KMS key the secret is encrypted with. @default the AWS managed key */
      kmsKey: z.string().min(1).optional(),
    })
    .optional(),
  /**
   * `.env` files in S3 loaded into the environment at start, as object ARNs
   * (`arn:aws:s3:::bucket/path/app.env`). The execution role may read exactly these objects.
   * @default []
   */
  environmentFiles: z.array(z.string().min(1)).max(10).default([]),
};
