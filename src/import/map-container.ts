import { mapFirelens, mapLogging, type LoggingContext } from "./map-logging.js";
import { secretRecord } from "./map-secrets.js";
import { bool, ImportReport, isEmpty, num, obj, objectOf, objs, SpecObject, str, strings, type Json, type SpecValue } from "./spec-tree.js";
import { mapRuntime, RUNTIME_FIELDS } from "./map-runtime.js";

/** Container fields the importer maps (the rest, when set, are B962). */
const CONTAINER_FIELDS = new Set([
  "name", "image", "portMappings", "environment", "secrets", "command", "entryPoint", "workingDirectory", "healthCheck",
  "essential", "readonlyRootFilesystem", "user", "cpu", "memory", "memoryReservation", "resourceRequirements", "dependsOn",
  "logConfiguration", "firelensConfiguration", "mountPoints", "volumesFrom", ...RUNTIME_FIELDS,
]);

/** Where a container sits in the task: how it logs and how host ports must look. */
export interface ContainerContext extends LoggingContext {
  readonly networkMode: string;
}

/**
 * One ECS container definition as a spec container. Every ECS field berth models is carried
 * over; ECS defaults berth writes differently (read-only root) are set explicitly, so the
 * generated task definition says what the input said.
 */
export function mapContainer(input: Json, ctx: ContainerContext, report: ImportReport, path: string): SpecObject {
  report.rejectUnknown(input, CONTAINER_FIELDS, path);
  const out = new SpecObject();
  out.set("name", str(input.name));
  out.set("image", str(input.image));
  const ports = portMappings(input, ctx, report, path);
  out.set("port", ports?.port);
  out.set("portMappings", ports?.portMappings);
  const environment = objs(input.environment);
  if (environment.length > 0) out.set("environment", objectOf(Object.fromEntries(environment.map((e) => [str(e.name) ?? "", String(e.value ?? "")]))));
  out.set("secrets", secretRecord(input.secrets, report, `${path}.secrets`));
  out.set("command", strings(input.command));
  out.set("entryPoint", strings(input.entryPoint));
  out.set("workingDirectory", str(input.workingDirectory));
  out.set("healthCheck", healthCheck(obj(input.healthCheck)));
  if (bool(input.essential) === false) out.set("essential", false);
  // berth's default is a read-only root; ECS's is writable. Say what the input said.
  if (bool(input.readonlyRootFilesystem) !== true) {
    out.set("readonlyRootFilesystem", false, "the input's root file system is writable (berth's default is read-only); keep false only if the container writes outside its volumes");
  }
  out.set("user", str(input.user));
  out.set("cpu", num(input.cpu));
  out.set("memory", num(input.memory));
  out.set("memoryReservation", num(input.memoryReservation));
  out.set("gpu", gpu(input.resourceRequirements, report, `${path}.resourceRequirements`));
  const dependsOn = objs(input.dependsOn).map((d) => objectOf({ container: str(d.containerName), condition: str(d.condition) }));
  if (dependsOn.length > 0) out.set("dependsOn", dependsOn);
  const logging = mapLogging(input, ctx, report, path);
  out.set("logging", logging.logging ?? (logging.todo ? objectOf({}) : undefined), logging.todo);
  out.set("firelens", mapFirelens(input, report, path));
  const mounts = objs(input.mountPoints).map((m) =>
    objectOf({ volume: str(m.sourceVolume), containerPath: str(m.containerPath), readOnly: bool(m.readOnly) === true ? true : undefined }),
  );
  if (mounts.length > 0) out.set("mountPoints", mounts);
  const from = objs(input.volumesFrom).map((v) => objectOf({ container: str(v.sourceContainer), readOnly: bool(v.readOnly) === true ? true : undefined }));
  if (from.length > 0) out.set("volumesFrom", from);
  mapRuntime(input, out, report, path);
  return out;
}

/**
 * Port mappings: `port` for one unnamed TCP mapping, `portMappings` otherwise. berth emits
 * no host port: ECS uses the container port in awsvpc and host mode and a dynamic port (0) in
 * bridge mode, so only those values are accepted; a fixed bridge host port is B963.
 */
function portMappings(input: Json, ctx: ContainerContext, report: ImportReport, path: string): { port?: number; portMappings?: SpecValue } | undefined {
  const mappings = objs(input.portMappings);
  if (mappings.length === 0) return undefined;
  const list = mappings.map((m, i) => {
    const at = `${path}.portMappings[${i}]`;
    report.rejectUnknown(m, new Set(["containerPort", "hostPort", "protocol", "name", "appProtocol"]), at);
    const containerPort = num(m.containerPort);
    const hostPort = num(m.hostPort);
    const fine = hostPort === undefined || hostPort === containerPort || (ctx.networkMode === "bridge" && hostPort === 0);
    if (!fine) report.add("error", "B963", `${at}.hostPort`, { field: "hostPort", value: String(hostPort), allowed: "the container port (awsvpc, host) or 0, a dynamic port (bridge)" });
    const appProtocol = str(m.appProtocol);
    // Service Connect's protocols; anything else is not a value ECS has, so it is refused like other unknown values.
    if (appProtocol !== undefined && !["http", "http2", "grpc"].includes(appProtocol)) {
      report.add("error", "B963", `${at}.appProtocol`, { field: "appProtocol", value: appProtocol, allowed: "http, http2 or grpc" });
    }
    return objectOf({ containerPort, protocol: str(m.protocol) === "udp" ? "udp" : undefined, name: str(m.name), appProtocol });
  });
  // One unnamed TCP mapping is what berth's `port` shorthand means.
  const only = list.length === 1 ? list[0] : undefined;
  return only !== undefined && only.properties.length === 1 ? { port: only.get("containerPort") as number } : { portMappings: list };
}

/** The container health check with ECS's command form kept as written (`["CMD-SHELL", "…"]`). */
function healthCheck(input: Json): SpecObject | undefined {
  if (isEmpty(input)) return undefined;
  return objectOf({
    command: strings(input.command),
    interval: num(input.interval),
    timeout: num(input.timeout),
    retries: num(input.retries),
    startPeriod: num(input.startPeriod),
  });
}

/** `resourceRequirements` of type GPU as the container's `gpu`; other types (InferenceAccelerator) are B963. */
function gpu(list: unknown, report: ImportReport, path: string): number | undefined {
  let count: number | undefined;
  objs(list).forEach((r, i) => {
    if (str(r.type) === "GPU") count = num(r.value);
    else report.add("error", "B963", `${path}[${i}].type`, { field: "resourceRequirements type", value: String(r.type), allowed: "GPU" });
  });
  return count;
}
