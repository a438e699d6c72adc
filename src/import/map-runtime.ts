import { bool, ImportReport, isEmpty, num, obj, objectOf, objs, str, strings, type Json, type SpecObject } from "./spec-tree.js";

/** ECS container fields mapped here, to the spec's container runtime settings. */
export const RUNTIME_FIELDS = [
  "linuxParameters", "ulimits", "stopTimeout", "startTimeout", "dockerLabels", "systemControls", "privileged", "interactive",
  "pseudoTerminal", "dnsServers", "dnsSearchDomains", "extraHosts", "restartPolicy", "versionConsistency",
  "repositoryCredentials", "environmentFiles",
] as const;

/** A string map of the input, or undefined when empty. */
function stringMap(value: unknown): SpecObject | undefined {
  const entries = Object.entries(obj(value));
  return entries.length === 0 ? undefined : objectOf(Object.fromEntries(entries.map(([k, v]) => [k, String(v)])));
}

/** A non-empty list, or undefined. */
const nonEmpty = <T>(list: T[]): T[] | undefined => (list.length === 0 ? undefined : list);

/** The container runtime settings (linuxParameters, ulimits, timeouts, DNS, restart policy, …) into `out`. */
export function mapRuntime(input: Json, out: SpecObject, report: ImportReport, path: string): void {
  out.set("linuxParameters", linuxParameters(obj(input.linuxParameters), report, `${path}.linuxParameters`));
  out.set("ulimits", nonEmpty(objs(input.ulimits).map((u) => objectOf({ name: str(u.name), softLimit: num(u.softLimit), hardLimit: num(u.hardLimit) }))));
  out.set("stopTimeout", num(input.stopTimeout));
  out.set("startTimeout", num(input.startTimeout));
  out.set("dockerLabels", stringMap(input.dockerLabels));
  out.set("systemControls", nonEmpty(objs(input.systemControls).map((s) => objectOf({ namespace: str(s.namespace), value: String(s.value ?? "") }))));
  // ECS's default for these is false: only a true is worth writing.
  for (const flag of ["privileged", "interactive", "pseudoTerminal"]) if (bool(input[flag]) === true) out.set(flag, true);
  out.set("dnsServers", strings(input.dnsServers));
  out.set("dnsSearchDomains", strings(input.dnsSearchDomains));
  out.set("extraHosts", nonEmpty(objs(input.extraHosts).map((h) => objectOf({ hostname: str(h.hostname), ipAddress: str(h.ipAddress) }))));
  if (!isEmpty(input.restartPolicy)) {
    const policy = obj(input.restartPolicy);
    out.set(
      "restartPolicy",
      objectOf({
        enabled: bool(policy.enabled) === false ? false : undefined,
        ignoredExitCodes: nonEmpty(Array.isArray(policy.ignoredExitCodes) ? policy.ignoredExitCodes.map(Number) : []),
        restartAttemptPeriod: num(policy.restartAttemptPeriod),
      }),
    );
  }
  out.set("versionConsistency", str(input.versionConsistency));
  const credentials = str(obj(input.repositoryCredentials).credentialsParameter);
  if (credentials !== undefined) out.set("repositoryCredentials", objectOf({ secret: credentials }));
  const files = objs(input.environmentFiles);
  files.forEach((f, i) => {
    if (str(f.type) !== "s3") report.add("error", "B963", `${path}.environmentFiles[${i}].type`, { field: "environmentFiles type", value: String(f.type), allowed: "s3" });
  });
  out.set("environmentFiles", nonEmpty(files.map((f) => str(f.value) ?? "")));
}

/** `linuxParameters` with its empty lists left out. */
function linuxParameters(input: Json, report: ImportReport, path: string): SpecObject | undefined {
  if (isEmpty(input)) return undefined;
  report.rejectUnknown(input, new Set(["initProcessEnabled", "capabilities", "sharedMemorySize", "tmpfs", "devices", "maxSwap", "swappiness"]), path);
  const capabilities = obj(input.capabilities);
  const add = strings(capabilities.add);
  const drop = strings(capabilities.drop);
  const out = objectOf({
    initProcessEnabled: bool(input.initProcessEnabled),
    capabilities: add || drop ? objectOf({ add, drop }) : undefined,
    sharedMemorySize: num(input.sharedMemorySize),
    tmpfs: nonEmpty(objs(input.tmpfs).map((t) => objectOf({ containerPath: str(t.containerPath), size: num(t.size), mountOptions: strings(t.mountOptions) }))),
    devices: nonEmpty(objs(input.devices).map((d) => objectOf({ hostPath: str(d.hostPath), containerPath: str(d.containerPath), permissions: strings(d.permissions) }))),
    maxSwap: num(input.maxSwap),
    swappiness: num(input.swappiness),
  });
  return out.properties.length === 0 ? undefined : out;
}
