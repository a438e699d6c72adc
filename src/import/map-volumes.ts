import { bool, ImportReport, num, obj, objectOf, objs, str, type Json, type SpecObject } from "./spec-tree.js";

/** Size the importer writes for an EBS volume configured at launch: the input does not say (the service does). */
export const EBS_PLACEHOLDER_GIB = 20;

/**
 * The task's `volumes` as spec volumes: EFS, bind (host path or task scratch), Docker, or EBS
 * configured at launch (whose size lives on the service, so it gets a TODO). FSx for Windows is
 * B962: berth builds Linux tasks.
 */
export function mapVolumes(input: unknown, report: ImportReport): { volumes: SpecObject[]; todos: string[] } {
  const todos: string[] = [];
  const volumes = objs(input).map((v, i) => mapVolume(v, report, `volumes[${i}]`, todos));
  return { volumes: volumes.filter((v): v is SpecObject => v !== undefined), todos };
}

function mapVolume(v: Json, report: ImportReport, path: string, todos: string[]): SpecObject | undefined {
  report.rejectUnknown(v, new Set(["name", "host", "efsVolumeConfiguration", "dockerVolumeConfiguration", "configuredAtLaunch"]), path);
  const name = str(v.name);
  if (v.efsVolumeConfiguration) {
    const efs = obj(v.efsVolumeConfiguration);
    report.rejectUnknown(efs, new Set(["fileSystemId", "rootDirectory", "transitEncryption", "transitEncryptionPort", "authorizationConfig"]), `${path}.efsVolumeConfiguration`);
    const auth = obj(efs.authorizationConfig);
    return objectOf({
      name,
      type: "efs",
      fileSystemId: str(efs.fileSystemId),
      rootDirectory: str(efs.rootDirectory),
      accessPointId: str(auth.accessPointId),
      iam: str(auth.iam) === "ENABLED" ? true : undefined,
      // berth encrypts in transit by default; ECS does not. Say what the input said.
      transitEncryption: str(efs.transitEncryption) === "ENABLED" ? undefined : false,
      transitEncryptionPort: num(efs.transitEncryptionPort),
    });
  }
  if (v.dockerVolumeConfiguration) {
    const docker = obj(v.dockerVolumeConfiguration);
    const stringMap = (value: unknown) => {
      const entries = Object.entries(obj(value));
      return entries.length === 0 ? undefined : objectOf(Object.fromEntries(entries.map(([k, x]) => [k, String(x)])));
    };
    return objectOf({
      name,
      type: "docker",
      scope: str(docker.scope) === "shared" ? "shared" : undefined,
      autoprovision: bool(docker.autoprovision),
      driver: str(docker.driver),
      driverOpts: stringMap(docker.driverOpts),
      labels: stringMap(docker.labels),
    });
  }
  if (bool(v.configuredAtLaunch) === true) {
    todos.push(`EBS volume "${name}" is configured at launch: its size, type and encryption come from the service, not the task definition; ${EBS_PLACEHOLDER_GIB} GiB gp3 is a placeholder`);
    return objectOf({ name, type: "ebs", sizeGiB: EBS_PLACEHOLDER_GIB });
  }
  return objectOf({ name, type: "bind", hostPath: str(obj(v.host).sourcePath) });
}
