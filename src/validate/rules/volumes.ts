import { computeOf } from "../../spec/compute.js";
import type { ServiceRule, TaskRule, WorkloadRule } from "./rule.js";
import { taskContainers } from "../../spec/containers.js";

/**
 * B624/B625/B637/B634: the volumes of a task and what mounts them. Volume names are unique
 * (ECS refers to them by name), a mount names a volume of the task and a container path once,
 * and `volumesFrom` names another container of the task. ECS rejects each at registration.
 */
export const volumeReferences: WorkloadRule = (spec, context) => {
  const names = new Set<string>();
  spec.volumes.forEach((volume, i) => {
    if (names.has(volume.name)) context.report("B624", ["volumes", i, "name"], { name: volume.name });
    names.add(volume.name);
  });
  const containers = taskContainers(spec);
  for (const { container, path, name } of containers) {
    const paths = new Set<string>();
    container.mountPoints.forEach((mount, i) => {
      if (!names.has(mount.volume)) context.report("B625", [...path, "mountPoints", i, "volume"], { name: mount.volume, known: [...names] });
      if (paths.has(mount.containerPath)) context.report("B637", [...path, "mountPoints", i, "containerPath"], { path: mount.containerPath });
      paths.add(mount.containerPath);
    });
    const others = containers.filter((c) => c.name !== undefined && c.name !== name).map((c) => c.name ?? "");
    container.volumesFrom.forEach((from, i) => {
      if (!others.includes(from.container)) context.report("B634", [...path, "volumesFrom", i, "container"], { name: from.container, known: others });
    });
  }
};

/**
 * B626/B627: what only an EC2 instance has. Fargate offers task-scoped bind mounts, EFS and
 * EBS, but no instance paths and no Docker volume drivers.
 */
export const fargateVolumes: WorkloadRule = (spec, context) => {
  if (computeOf(spec) !== "FARGATE") return;
  spec.volumes.forEach((volume, i) => {
    if (volume.type === "bind" && volume.hostPath !== undefined) context.report("B626", ["volumes", i, "hostPath"], { name: volume.name });
    if (volume.type === "docker") context.report("B627", ["volumes", i, "type"], { name: volume.name });
  });
};

/**
 * B631/B632/B633: EFS settings ECS rejects. IAM authorization and access points only work over
 * TLS; a TLS port without TLS is meaningless; an access point fixes the directory itself, so
 * the root directory must be left out (or "/").
 */
export const efsVolumes: WorkloadRule = (spec, context) => {
  spec.volumes.forEach((volume, i) => {
    if (volume.type !== "efs") return;
    const at = ["volumes", i];
    if (!volume.transitEncryption && (volume.iam || volume.accessPointId !== undefined)) {
      context.report("B631", [...at, "transitEncryption"], { needs: volume.iam ? "IAM authorization" : "an access point" });
    }
    if (!volume.transitEncryption && volume.transitEncryptionPort !== undefined) context.report("B632", [...at, "transitEncryptionPort"], {});
    if (volume.accessPointId !== undefined && volume.rootDirectory !== undefined && volume.rootDirectory !== "/") {
      context.report("B633", [...at, "rootDirectory"], { directory: volume.rootDirectory });
    }
  });
};

/**
 * B630/B635/B636: EBS volumes configured at launch. ECS attaches one per task; IOPS and
 * throughput exist only for some volume types (io1/io2 require IOPS); a KMS key only
 * encrypts an encrypted volume.
 */
export const ebsVolumes: WorkloadRule = (spec, context) => {
  let seen = false;
  spec.volumes.forEach((volume, i) => {
    if (volume.type !== "ebs") return;
    const at = ["volumes", i];
    if (seen) context.report("B630", at, {});
    seen = true;
    if (volume.throughput !== undefined && volume.volumeType !== "gp3") context.report("B635", [...at, "throughput"], { field: "throughput", type: volume.volumeType, allowed: "gp3" });
    if (volume.iops !== undefined && !["gp3", "io1", "io2"].includes(volume.volumeType)) context.report("B635", [...at, "iops"], { field: "iops", type: volume.volumeType, allowed: "gp3, io1 and io2" });
    if (volume.iops === undefined && (volume.volumeType === "io1" || volume.volumeType === "io2")) context.report("B638", [...at, "iops"], { type: volume.volumeType });
    if (volume.kmsKey !== undefined && !volume.encrypted) context.report("B636", [...at, "kmsKey"], {});
  });
};

/** B628: ECS does not attach EBS volumes configured at launch to the tasks of a DAEMON service. */
export const daemonEbs: ServiceRule = (spec, context) => {
  if (spec.scheduling !== "DAEMON") return;
  spec.volumes.forEach((volume, i) => {
    if (volume.type === "ebs") context.report("B628", ["volumes", i, "type"], { name: volume.name });
  });
};

/**
 * B629: an EBS volume configured at launch is configured by whoever launches the task. berth
 * configures it on the service; a standalone task started by a schedule or `run-task` has no
 * place for it.
 */
export const taskEbs: TaskRule = (spec, context) => {
  spec.volumes.forEach((volume, i) => {
    if (volume.type === "ebs") context.report("B629", ["volumes", i, "type"], { name: volume.name });
  });
};
