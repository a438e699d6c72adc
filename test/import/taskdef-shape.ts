import { GetAtt, Ref, Sub } from "../../src/backends/cloudformation/intrinsics.js";
import { DESCRIBE_ONLY_FIELDS } from "../../src/import/read-input.js";

/** A JSON value of a task definition (input or generated), with CloudFormation intrinsics kept as objects. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** Keys whose values are free-form string maps: their own keys are data, never converted. */
const MAP_KEYS = new Set(["options", "dockerLabels", "driverOpts", "labels"]);

/** CloudFormation property names that do not lower-case to the ECS API's spelling. */
const CFN_RENAMES: Readonly<Record<string, string>> = {
  EFSVolumeConfiguration: "efsVolumeConfiguration",
  IAM: "iam",
  FilesystemId: "fileSystemId",
};

/** Drops null, empty lists and empty objects recursively: describe prints them for unset fields. */
export function dropEmpty(value: Json): Json {
  if (Array.isArray(value)) return value.map(dropEmpty);
  if (value === null || typeof value !== "object" || value instanceof Ref || value instanceof GetAtt || value instanceof Sub) return value;
  const out: Json = {};
  for (const [key, member] of Object.entries(value)) {
    const kept = dropEmpty(member);
    const empty = kept === null || kept === undefined || (Array.isArray(kept) && kept.length === 0) || (typeof kept === "object" && !Array.isArray(kept) && !(kept instanceof Ref || kept instanceof GetAtt || kept instanceof Sub) && Object.keys(kept).length === 0);
    if (!empty) out[key] = kept;
  }
  return out;
}

/**
 * Environment variables and secrets sorted by name on both sides: ECS injects them as a set of
 * variables, so their order carries no meaning (berth writes secrets grouped by source).
 */
export function sortNamed(td: Json): Json {
  for (const c of td.containerDefinitions ?? []) {
    for (const key of ["environment", "secrets"]) if (Array.isArray(c[key])) c[key] = [...c[key]].sort((a: Json, b: Json) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
  return td;
}

/** Applies ECS's documented defaults to a task definition, so an omitted default equals its written value. */
export function withEcsDefaults(input: Json): Json {
  const td = structuredClone(input);
  for (const key of [...DESCRIBE_ONLY_FIELDS, "tags"]) delete td[key];
  if (td.cpu !== undefined) td.cpu = String(td.cpu);
  if (td.memory !== undefined) td.memory = String(td.memory);
  // ECS's network mode on Linux EC2 when none is given is bridge.
  td.networkMode ??= (td.requiresCompatibilities ?? ["EC2"]).includes("FARGATE") ? "awsvpc" : "bridge";
  td.requiresCompatibilities ??= ["EC2"];
  td.runtimePlatform = { cpuArchitecture: "X86_64", operatingSystemFamily: "LINUX", ...td.runtimePlatform };
  for (const v of td.volumes ?? []) {
    if (v.efsVolumeConfiguration) {
      v.efsVolumeConfiguration.transitEncryption ??= "DISABLED";
      if (v.efsVolumeConfiguration.authorizationConfig) v.efsVolumeConfiguration.authorizationConfig.iam ??= "DISABLED";
    }
    if (v.dockerVolumeConfiguration) v.dockerVolumeConfiguration.scope ??= "task";
  }
  for (const c of td.containerDefinitions ?? []) {
    c.essential ??= true;
    c.readonlyRootFilesystem ??= false;
    for (const m of c.portMappings ?? []) {
      m.protocol ??= "tcp";
      // awsvpc and host mode echo the container port; bridge 0 is a dynamic port: both are ECS's default.
      if (m.hostPort === m.containerPort || m.hostPort === 0) delete m.hostPort;
    }
    for (const m of c.mountPoints ?? []) m.readOnly ??= false;
    for (const v of c.volumesFrom ?? []) v.readOnly ??= false;
    for (const d of c.dependsOn ?? []) d.condition ??= "START";
    if (c.healthCheck) c.healthCheck = { interval: 30, timeout: 5, retries: 3, startPeriod: 0, ...c.healthCheck };
    if (c.firelensConfiguration) {
      c.firelensConfiguration.options = { "enable-ecs-log-metadata": "true", ...c.firelensConfiguration.options };
    }
    if (c.restartPolicy) c.restartPolicy.enabled ??= true;
  }
  return sortNamed(dropEmpty(td));
}

/** A CloudFormation `AWS::ECS::TaskDefinition`'s Properties in the ECS API's camelCase shape. */
export function fromCloudFormation(properties: Json): Json {
  const convert = (value: Json, inMap: boolean): Json => {
    if (Array.isArray(value)) return value.map((v) => convert(v, false));
    if (value === null || typeof value !== "object" || value instanceof Ref || value instanceof GetAtt || value instanceof Sub) return value;
    const out: Json = {};
    for (const [key, member] of Object.entries(value)) {
      const name = inMap ? key : (CFN_RENAMES[key] ?? key.charAt(0).toLowerCase() + key.slice(1));
      out[name] = convert(member, !inMap && MAP_KEYS.has(name));
    }
    return out;
  };
  const td = convert(properties, false);
  delete td.tags;
  for (const v of td.volumes ?? []) if (v.host?.sourcePath === undefined) delete v.host;
  return sortNamed(dropEmpty(td));
}

/** Terraform argument names whose camelCase is not the ECS API's spelling. */
const TF_RENAMES: Readonly<Record<string, string>> = { size_in_gib: "sizeInGiB" };

const snakeToCamel = (key: string): string => TF_RENAMES[key] ?? key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** A Terraform `aws_ecs_task_definition` in the ECS API's shape; container_definitions is parsed. */
export function fromTerraform(resource: Json): Json {
  const convert = (value: Json, inMap: boolean): Json => {
    if (Array.isArray(value)) return value.map((v) => convert(v, false));
    if (value === null || typeof value !== "object") return value;
    const out: Json = {};
    for (const [key, member] of Object.entries(value)) {
      const name = inMap ? key : snakeToCamel(key);
      out[name] = convert(member, !inMap && MAP_KEYS.has(name));
    }
    return out;
  };
  const { container_definitions: containers, volume, tags: _tags, ...rest } = resource;
  const td = convert(rest, false);
  td.containerDefinitions = JSON.parse(containers);
  td.volumes = (volume ?? []).map((v: Json) => {
    const { host_path: hostPath, configure_at_launch: atLaunch, ...others } = v;
    const out = convert(others, false);
    if (hostPath !== undefined) out.host = { sourcePath: hostPath };
    if (atLaunch !== undefined) out.configuredAtLaunch = atLaunch;
    return out;
  });
  for (const v of td.volumes) if (v.efsVolumeConfiguration?.transitEncryptionPort !== undefined) v.efsVolumeConfiguration.transitEncryptionPort = Number(v.efsVolumeConfiguration.transitEncryptionPort);
  return sortNamed(dropEmpty(td));
}
