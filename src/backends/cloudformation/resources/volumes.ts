import type { Container, ManagedEbsVolume, TaskVolume } from "../../../ir/index.js";
import type { References } from "../attributes.js";
import { nonEmpty, type CfnObject } from "../values.js";

/** A string map, or `undefined` when empty so no empty object is written. */
function optionalMap(map: Readonly<Record<string, string>>): CfnObject | undefined {
  return Object.keys(map).length === 0 ? undefined : { ...map };
}

/**
 * One entry of `AWS::ECS::TaskDefinition` `Volumes`. A bind mount without a host path is just
 * `{ Name }` (task-scoped scratch space); an EBS volume is `ConfiguredAtLaunch` and gets its
 * settings from the service.
 */
export function cfnVolume(volume: TaskVolume): CfnObject {
  switch (volume.kind) {
    case "bind":
      return { Name: volume.name, Host: volume.hostPath === undefined ? undefined : { SourcePath: volume.hostPath } };
    case "efs":
      return {
        Name: volume.name,
        EFSVolumeConfiguration: {
          FilesystemId: volume.fileSystemId,
          RootDirectory: volume.rootDirectory,
          TransitEncryption: volume.transitEncryption ? "ENABLED" : "DISABLED",
          TransitEncryptionPort: volume.transitEncryptionPort,
          AuthorizationConfig:
            volume.iam || volume.accessPointId !== undefined
              ? { AccessPointId: volume.accessPointId, IAM: volume.iam ? "ENABLED" : "DISABLED" }
              : undefined,
        },
      };
    case "docker":
      return {
        Name: volume.name,
        DockerVolumeConfiguration: {
          Scope: volume.scope,
          Autoprovision: volume.autoprovision,
          Driver: volume.driver,
          DriverOpts: optionalMap(volume.driverOpts),
          Labels: optionalMap(volume.labels),
        },
      };
    case "configuredAtLaunch":
      return { Name: volume.name, ConfiguredAtLaunch: true };
  }
}

/** A container's `MountPoints` and `VolumesFrom`, each left out when empty. */
export function cfnMounts(container: Container): CfnObject {
  return {
    MountPoints: nonEmpty(container.mountPoints.map((m) => ({ SourceVolume: m.sourceVolume, ContainerPath: m.containerPath, ReadOnly: m.readOnly }))),
    VolumesFrom: nonEmpty(container.volumesFrom.map((v) => ({ SourceContainer: v.sourceContainer, ReadOnly: v.readOnly }))),
  };
}

/** `AWS::ECS::Service` `VolumeConfigurations`: the managed EBS volume and the role ECS manages it with. */
export function cfnVolumeConfigurations(volumes: readonly ManagedEbsVolume[], refs: References): readonly CfnObject[] | undefined {
  return nonEmpty(
    volumes.map((v) => ({
      Name: v.name,
      ManagedEBSVolume: {
        RoleArn: refs.attribute({ resource: v.role, attribute: "arn" }, "role"),
        SizeInGiB: v.sizeGiB,
        VolumeType: v.volumeType,
        Iops: v.iops,
        Throughput: v.throughput,
        Encrypted: v.encrypted,
        KmsKeyId: v.kmsKey,
        FilesystemType: v.fileSystemType,
        SnapshotId: v.snapshotId,
      },
    })),
  );
}
