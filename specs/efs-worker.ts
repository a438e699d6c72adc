import { defineService } from "berth";

/**
 * A Fargate worker sharing files on Amazon EFS: the file system is mounted through an access
 * point with IAM authorization (berth grants the task role ClientMount/ClientWrite on exactly
 * this file system, through that access point) and TLS in transit (the default). The root file
 * system stays read-only; a task-scoped bind volume gives the worker a writable /tmp, and a
 * metrics sidecar reads the shared files read-only. The worker runs under an init process with
 * every capability dropped and restarts in place after a crash; it logs without blocking. The
 * log group is KMS-encrypted, of the infrequent-access class, and kept when the stack is deleted.
 */
export default defineService({
  name: "efs-worker",
  account: "123456789012",
  region: "us-east-1",
  cluster: "prod-cluster",
  launchType: "FARGATE",
  cpu: 512,
  memory: 1024,
  volumes: [
    {
      name: "shared",
      type: "efs",
      fileSystemId: "fs-0a1b2c3d4e5f60718",
      accessPointId: "fsap-0a1b2c3d4e5f60718",
      iam: true,
    },
    { name: "scratch", type: "bind" },
  ],
  container: {
    name: "worker",
    image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/efs-worker:2.4.0",
    command: ["./worker", "--data", "/mnt/shared"],
    user: "1000:1000",
    // Fargate's runtime settings: an init process, no capabilities, time to finish a file.
    linuxParameters: { initProcessEnabled: true, capabilities: { drop: ["ALL"] } },
    stopTimeout: 90,
    restartPolicy: { ignoredExitCodes: [0], restartAttemptPeriod: 60 },
    // Never block the worker on CloudWatch Logs; Python tracebacks stay one event.
    logging: { mode: "non-blocking", maxBufferSize: "25m", multilinePattern: "^\\S" },
    mountPoints: [
      { volume: "shared", containerPath: "/mnt/shared" },
      { volume: "scratch", containerPath: "/tmp" },
    ],
  },
  sidecars: [
    {
      name: "share_metrics",
      image: "public.ecr.aws/docker/library/busybox:1.36",
      command: ["sh", "-c", "while true; do du -s /mnt/shared; sleep 300; done"],
      essential: false,
      mountPoints: [{ volume: "shared", containerPath: "/mnt/shared", readOnly: true }],
      // The platform team's shared group for usage metrics, not the stack's.
      logging: { group: "/platform/share-usage", streamPrefix: "efs-worker" },
    },
  ],
  network: {
    vpc: "vpc-0a1b2c3d4e5f60718",
    subnets: ["subnet-0a1b2c3d4e5f60718", "subnet-4e5f6a7b8c9d0e1f2"],
  },
  desiredCount: 2,
  // Encrypted with the team's key, cheaper ingestion, and kept when the stack is deleted.
  logging: {
    retentionDays: 90,
    kmsKey: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    logGroupClass: "INFREQUENT_ACCESS",
    retainOnDelete: true,
  },
  tags: { team: "data" },
});
