import { containersOf } from "../spec/containers.js";
import { roleSettings } from "./iam.js";
import type { Container, ManagedEbsVolume, PolicyStatement, RoleResource, TaskVolume } from "../ir/index.js";
import type { ParsedVolume } from "../spec/schema/volumes.js";
import { infrastructureRoleName } from "../spec/names.js";
import { needsServiceConnectTlsRole, SERVICE_CONNECT_TLS_POLICY } from "./service-connect.js";
import type { ParsedContainer } from "../spec/workload.js";
import { arn, sortedRecord } from "./aws.js";
import { IDS, type LowerContext, type WorkloadContext } from "./context.js";

/** The AWS managed policy ECS needs to create, attach and delete EBS volumes for tasks. */
const VOLUMES_POLICY = "policy/service-role/AmazonECSInfrastructureRolePolicyForVolumes";

/** The task definition's volumes, in spec order; an EBS volume is only marked configured at launch. */
export function lowerTaskVolumes(ctx: WorkloadContext): TaskVolume[] {
  return ctx.spec.volumes.map(taskVolume);
}

function taskVolume(volume: ParsedVolume): TaskVolume {
  switch (volume.type) {
    case "bind":
      return { kind: "bind", name: volume.name, ...(volume.hostPath === undefined ? {} : { hostPath: volume.hostPath }) };
    case "efs":
      return {
        kind: "efs",
        name: volume.name,
        fileSystemId: volume.fileSystemId,
        ...(volume.rootDirectory === undefined ? {} : { rootDirectory: volume.rootDirectory }),
        transitEncryption: volume.transitEncryption,
        ...(volume.transitEncryptionPort === undefined ? {} : { transitEncryptionPort: volume.transitEncryptionPort }),
        ...(volume.accessPointId === undefined ? {} : { accessPointId: volume.accessPointId }),
        iam: volume.iam,
      };
    case "docker":
      return {
        kind: "docker",
        name: volume.name,
        scope: volume.scope,
        ...(volume.autoprovision === undefined ? {} : { autoprovision: volume.autoprovision }),
        ...(volume.driver === undefined ? {} : { driver: volume.driver }),
        driverOpts: sortedRecord(volume.driverOpts),
        labels: sortedRecord(volume.labels),
      };
    case "ebs":
      return { kind: "configuredAtLaunch", name: volume.name };
  }
}

/** A container's mounts in the IR's form. */
export function lowerMounts(c: ParsedContainer): Pick<Container, "mountPoints" | "volumesFrom"> {
  return {
    mountPoints: c.mountPoints.map((m) => ({ sourceVolume: m.volume, containerPath: m.containerPath, readOnly: m.readOnly })),
    volumesFrom: c.volumesFrom.map((v) => ({ sourceContainer: v.container, readOnly: v.readOnly })),
  };
}

/**
 * What the task role needs for EFS IAM authorization: `ClientMount` on exactly each such file
 * system, plus `ClientWrite` unless every mount of the volume is read-only; with an access point
 * the grant holds only through it (`elasticfilesystem:AccessPointArn`).
 */
export function efsTaskRoleStatements(ctx: WorkloadContext): PolicyStatement[] {
  const containers = containersOf(ctx.spec);
  return ctx.spec.volumes.flatMap((volume, i): PolicyStatement[] => {
    if (volume.type !== "efs" || !volume.iam) return [];
    const mounts = containers.flatMap((c) => c.mountPoints.filter((m) => m.volume === volume.name));
    const readOnly = mounts.every((m) => m.readOnly);
    return [
      {
        sid: `Efs${i}`,
        effect: "Allow",
        actions: readOnly ? ["elasticfilesystem:ClientMount"] : ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"],
        resources: [arn(ctx.env, "elasticfilesystem", `file-system/${volume.fileSystemId}`)],
        ...(volume.accessPointId === undefined
          ? {}
          : { conditions: { StringEquals: { "elasticfilesystem:AccessPointArn": arn(ctx.env, "elasticfilesystem", `access-point/${volume.accessPointId}`) } } }),
      },
    ];
  });
}

/** The service's EBS volume ECS creates at launch, if the task has one. */
export function ebsVolumeOf(ctx: LowerContext): Extract<ParsedVolume, { type: "ebs" }> | undefined {
  return ctx.spec.volumes.find((v): v is Extract<ParsedVolume, { type: "ebs" }> => v.type === "ebs");
}

/** The service's `volumeConfigurations`: the managed EBS volume, with every default resolved. */
export function lowerVolumeConfigurations(ctx: LowerContext): ManagedEbsVolume[] {
  const volume = ebsVolumeOf(ctx);
  if (!volume) return [];
  return [
    {
      name: volume.name,
      role: IDS.infrastructureRole,
      sizeGiB: volume.sizeGiB,
      volumeType: volume.volumeType,
      ...(volume.iops === undefined ? {} : { iops: volume.iops }),
      ...(volume.throughput === undefined ? {} : { throughput: volume.throughput }),
      encrypted: volume.encrypted,
      ...(volume.kmsKey === undefined ? {} : { kmsKey: volume.kmsKey }),
      ...(volume.fileSystemType === undefined ? {} : { fileSystemType: volume.fileSystemType }),
      ...(volume.snapshotId === undefined ? {} : { snapshotId: volume.snapshotId }),
    },
  ];
}

/**
 * The ECS infrastructure role of a service with an EBS volume: ECS (not the task) assumes it to
 * create, attach and delete the volume, through the AWS managed policy made for exactly that.
 * Only this account's ECS may assume it.
 */
export function lowerInfrastructureRole(ctx: LowerContext): RoleResource | undefined {
  const ebs = ebsVolumeOf(ctx) !== undefined;
  // Service Connect TLS without a role of the spec's own is managed by the same role.
  const tls = needsServiceConnectTlsRole(ctx.spec);
  if (!ebs && !tls) return undefined;
  const purposes = [...(ebs ? ["EBS volumes of its tasks"] : []), ...(tls ? ["Service Connect TLS certificates"] : [])];
  return {
    kind: "role",
    id: IDS.infrastructureRole,
    name: infrastructureRoleName(ctx.spec),
    description: `ECS infrastructure role of ${ctx.spec.name}: ${purposes.join(", ")}`,
    principal: "ecs.amazonaws.com",
    trustConditions: { StringEquals: { "aws:SourceAccount": ctx.env.account } },
    managedPolicies: [...(ebs ? [VOLUMES_POLICY] : []), ...(tls ? [SERVICE_CONNECT_TLS_POLICY] : [])].map((policy) => `arn:${ctx.env.partition}:iam::aws:${policy}`),
    inlinePolicies: [],
    // Like every role the stack creates: the organization's boundary and path apply.
    ...roleSettings(ctx.spec),
    tags: ctx.tags,
  };
}
