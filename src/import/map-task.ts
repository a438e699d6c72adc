import { mapContainer } from "./map-container.js";
import { mainStreamPrefix } from "./map-logging.js";
import { mapVolumes } from "./map-volumes.js";
import { DESCRIBE_ONLY_FIELDS, type Placement } from "./read-input.js";
import { ImportReport, num, obj, objectOf, objs, str, strings, type Json, type SpecObject } from "./spec-tree.js";

/** Task definition fields the importer maps (the rest, when set, are B962). */
const TASK_FIELDS = new Set<string>([
  "family", "taskRoleArn", "executionRoleArn", "networkMode", "containerDefinitions", "volumes", "requiresCompatibilities",
  "cpu", "memory", "tags", "pidMode", "ipcMode", "ephemeralStorage", "runtimePlatform", ...DESCRIBE_ONLY_FIELDS,
]);

/** Placeholders the written spec needs but a task definition does not carry (each marked TODO). */
export const PLACEHOLDERS = {
  cluster: "default",
  vpc: "vpc-00000000000000000",
  subnets: ["subnet-00000000000000000"],
} as const;

/** The mapped spec: which define function, its argument, and the helpers the file imports. */
export interface MappedSpec {
  readonly kind: "task" | "service";
  readonly name: string;
  readonly spec: SpecObject;
}

/** A family as a berth name: lower case, hyphens for anything else, at most 32 characters. */
export function berthName(family: string): string {
  const name = family.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^[^a-z]+/, "").slice(0, 32).replace(/-+$/, "");
  return name === "" ? "imported-task" : name;
}

/**
 * The whole task definition as a spec. awsvpc definitions become `defineTask()`; bridge and
 * host mode and EBS volumes configured at launch exist only on services in berth, so those
 * become `defineService()` (the service settings are TODOs).
 */
export function mapTask(definition: Json, placement: Required<Placement>, report: ImportReport): MappedSpec {
  report.rejectUnknown(definition, TASK_FIELDS, "");
  const family = str(definition.family) ?? "";
  const name = berthName(family);
  if (name !== family) report.add("warning", "B968", "family", { family });

  const compatibilities = strings(definition.requiresCompatibilities) ?? ["EC2"];
  for (const c of compatibilities) {
    if (c !== "EC2" && c !== "FARGATE") report.add("error", "B963", "requiresCompatibilities", { field: "requiresCompatibilities", value: c, allowed: "FARGATE, EC2" });
  }
  const launchType = compatibilities.includes("FARGATE") ? "FARGATE" : "EC2";
  if (compatibilities.length > 1) report.add("warning", "B963", "requiresCompatibilities", { field: "requiresCompatibilities", value: compatibilities.join("+"), allowed: "one of FARGATE, EC2 (the spec uses FARGATE)" });
  const networkMode = str(definition.networkMode) ?? (launchType === "EC2" ? "bridge" : "awsvpc");
  if (!["awsvpc", "bridge", "host"].includes(networkMode)) report.add("error", "B963", "networkMode", { field: "networkMode", value: networkMode, allowed: "awsvpc, bridge, host" });

  const { volumes, todos: volumeTodos } = mapVolumes(definition.volumes, report);
  const hasEbs = volumes.some((v) => v.get("type") === "ebs");
  const kind = networkMode !== "awsvpc" || hasEbs ? "service" : "task";

  const containers = objs(definition.containerDefinitions);
  if (containers.length === 0) report.add("error", "B967", "containerDefinitions", { containers: 0 });
  const streamPrefix = containers[0] ? mainStreamPrefix(containers[0]) : "ecs";
  const ctx = { name, region: placement.region, streamPrefix, networkMode };
  const mapped = containers.map((c, i) => mapContainer(c, ctx, report, `containerDefinitions[${i}]`));

  const spec = objectOf({ name, account: placement.account, region: placement.region });
  spec.set("cluster", PLACEHOLDERS.cluster, "the cluster to run in (name, ARN or a defineCluster() spec); a task definition does not say");
  spec.set("launchType", launchType);
  if (kind === "service") {
    spec.set("networkMode", networkMode, networkMode === "awsvpc" ? undefined : "bridge and host mode exist on services only in berth: check the service settings (desiredCount, scheduling DAEMON for a per-instance agent)");
  }
  spec.set("cpu", num(definition.cpu));
  spec.set("memory", num(definition.memory));
  spec.set("pidMode", str(definition.pidMode));
  spec.set("ipcMode", str(definition.ipcMode));
  const platform = obj(definition.runtimePlatform);
  const os = str(platform.operatingSystemFamily);
  if (os !== undefined && os !== "LINUX") report.add("error", "B963", "runtimePlatform.operatingSystemFamily", { field: "operatingSystemFamily", value: os, allowed: "LINUX" });
  if (str(platform.cpuArchitecture) === "ARM64") spec.set("architecture", "arm64");
  spec.set("ephemeralStorageGiB", num(obj(definition.ephemeralStorage).sizeInGiB));
  if (streamPrefix !== "ecs") spec.set("logging", objectOf({ streamPrefix }));
  if (volumes.length > 0) spec.set("volumes", volumes, volumeTodos.length > 0 ? volumeTodos.join("; ") : undefined);
  if (mapped[0]) spec.set("container", mapped[0]);
  if (mapped.length > 1) spec.set("sidecars", mapped.slice(1));
  if (networkMode === "awsvpc") {
    spec.set("network", objectOf({ vpc: PLACEHOLDERS.vpc, subnets: [...PLACEHOLDERS.subnets] }), "the VPC and subnets of the tasks; a task definition does not say");
  }
  // The input's roles stay: a team moving a running task to berth keeps the identities its
  // policies, trust and audit trail are built around. berth then creates neither role.
  const executionRole = str(definition.executionRoleArn);
  if (executionRole !== undefined) {
    report.add("warning", "B969", "executionRoleArn", { field: "executionRoleArn", value: executionRole });
    spec.set("executionRole", objectOf({ arn: executionRole }));
  }
  const taskRole = str(definition.taskRoleArn);
  if (taskRole !== undefined) {
    report.add("warning", "B969", "taskRoleArn", { field: "taskRoleArn", value: taskRole });
    spec.set("taskRole", objectOf({ arn: taskRole }));
  }
  const tags = objs(definition.tags);
  if (tags.length > 0) spec.set("tags", objectOf(Object.fromEntries(tags.map((t) => [str(t.key) ?? "", String(t.value ?? "")]))));
  return { kind, name, spec };
}
