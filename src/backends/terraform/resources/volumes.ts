import type { EcsServiceVolumeConfiguration } from "@cdktf/provider-aws/lib/ecs-service/index.js";
import type { EcsTaskDefinitionVolume } from "@cdktf/provider-aws/lib/ecs-task-definition/index.js";
import type { Container, ManagedEbsVolume, TaskVolume } from "../../../ir/index.js";
import type { EmitContext } from "../context.js";
import { nonEmpty, optional } from "./arguments.js";

/** A string map only when non-empty, so no empty map shows up as drift. */
function optionalMap<K extends string>(key: K, map: Readonly<Record<string, string>>): Partial<Record<K, Record<string, string>>> {
  return optional(key, Object.keys(map).length === 0 ? undefined : { ...map });
}

/**
 * One `volume` block of `aws_ecs_task_definition`. A bind mount without a host path is just
 * `{ name }` (task-scoped scratch space); an EBS volume is `configure_at_launch` and gets its
 * settings from the service.
 */
export function tfVolume(volume: TaskVolume): EcsTaskDefinitionVolume {
  switch (volume.kind) {
    case "bind":
      return { name: volume.name, ...optional("hostPath", volume.hostPath) };
    case "efs":
      return {
        name: volume.name,
        efsVolumeConfiguration: {
          fileSystemId: volume.fileSystemId,
          ...optional("rootDirectory", volume.rootDirectory),
          transitEncryption: volume.transitEncryption ? "ENABLED" : "DISABLED",
          ...optional("transitEncryptionPort", volume.transitEncryptionPort),
          ...(volume.iam || volume.accessPointId !== undefined
            ? { authorizationConfig: { ...optional("accessPointId", volume.accessPointId), iam: volume.iam ? "ENABLED" : "DISABLED" } }
            : {}),
        },
      };
    case "docker":
      return {
        name: volume.name,
        dockerVolumeConfiguration: {
          scope: volume.scope,
          ...optional("autoprovision", volume.autoprovision),
          ...optional("driver", volume.driver),
          ...optionalMap("driverOpts", volume.driverOpts),
          ...optionalMap("labels", volume.labels),
        },
      };
    case "configuredAtLaunch":
      return { name: volume.name, configureAtLaunch: true };
    default: {
      const unknown: never = volume;
      throw new Error(`berth bug: unknown volume kind ${JSON.stringify(unknown)}`);
    }
  }
}

/** A container's `mountPoints` and `volumesFrom` in the ECS API's JSON form, each left out when empty. */
export function tfMounts(container: Container): Record<string, unknown> {
  return {
    ...nonEmpty(
      "mountPoints",
      container.mountPoints.map((m) => ({ sourceVolume: m.sourceVolume, containerPath: m.containerPath, readOnly: m.readOnly })),
    ),
    ...nonEmpty("volumesFrom", container.volumesFrom.map((v) => ({ sourceContainer: v.sourceContainer, readOnly: v.readOnly }))),
  };
}

/** The `volume_configuration` block of `aws_ecs_service` (one at most: the provider's and ECS's limit). */
export function tfVolumeConfiguration(volumes: readonly ManagedEbsVolume[], ctx: EmitContext): { volumeConfiguration?: EcsServiceVolumeConfiguration } {
  const [volume, ...more] = volumes;
  if (more.length > 0) throw new Error("berth bug: a service with more than one managed EBS volume");
  if (!volume) return {};
  return {
    volumeConfiguration: {
      name: volume.name,
      managedEbsVolume: {
        roleArn: ctx.ref({ resource: volume.role, attribute: "arn" }),
        sizeInGb: volume.sizeGiB,
        volumeType: volume.volumeType,
        ...optional("iops", volume.iops),
        ...optional("throughput", volume.throughput),
        encrypted: volume.encrypted,
        ...optional("kmsKeyId", volume.kmsKey),
        ...optional("fileSystemType", volume.fileSystemType),
        ...optional("snapshotId", volume.snapshotId),
      },
    },
  };
}
