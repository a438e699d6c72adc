import type { ContainerRuntime } from "../../../ir/index.js";
import { nonEmpty, optional } from "./arguments.js";

/**
 * A container's runtime settings in the ECS API's camelCase JSON (inside
 * `container_definitions`). Absent settings and empty lists or maps are left out: ECS drops
 * them, and sending them would show as drift on every plan.
 */
export function tfContainerRuntime(runtime: ContainerRuntime | undefined): Record<string, unknown> {
  if (runtime === undefined) return {};
  const linux = runtime.linuxParameters;
  return {
    ...optional(
      "linuxParameters",
      linux && {
        ...optional("initProcessEnabled", linux.initProcessEnabled),
        ...optional("capabilities", linux.capabilities && { ...nonEmpty("add", linux.capabilities.add), ...nonEmpty("drop", linux.capabilities.drop) }),
        ...optional("sharedMemorySize", linux.sharedMemorySize),
        ...nonEmpty("tmpfs", linux.tmpfs.map((t) => ({ containerPath: t.containerPath, size: t.size, ...nonEmpty("mountOptions", t.mountOptions) }))),
        ...nonEmpty(
          "devices",
          linux.devices.map((d) => ({ hostPath: d.hostPath, ...optional("containerPath", d.containerPath), ...nonEmpty("permissions", d.permissions) })),
        ),
        ...optional("maxSwap", linux.maxSwap),
        ...optional("swappiness", linux.swappiness),
      },
    ),
    ...nonEmpty("ulimits", runtime.ulimits.map((u) => ({ name: u.name, softLimit: u.softLimit, hardLimit: u.hardLimit }))),
    ...optional("stopTimeout", runtime.stopTimeout),
    ...optional("startTimeout", runtime.startTimeout),
    ...optional("dockerLabels", Object.keys(runtime.dockerLabels).length === 0 ? undefined : { ...runtime.dockerLabels }),
    ...nonEmpty("systemControls", runtime.systemControls.map((s) => ({ namespace: s.namespace, value: s.value }))),
    ...optional("privileged", runtime.privileged),
    ...optional("interactive", runtime.interactive),
    ...optional("pseudoTerminal", runtime.pseudoTerminal),
    ...nonEmpty("dnsServers", runtime.dnsServers),
    ...nonEmpty("dnsSearchDomains", runtime.dnsSearchDomains),
    ...nonEmpty("extraHosts", runtime.extraHosts.map((h) => ({ hostname: h.hostname, ipAddress: h.ipAddress }))),
    ...optional(
      "restartPolicy",
      runtime.restartPolicy && {
        enabled: runtime.restartPolicy.enabled,
        ...nonEmpty("ignoredExitCodes", runtime.restartPolicy.ignoredExitCodes),
        ...optional("restartAttemptPeriod", runtime.restartPolicy.restartAttemptPeriod),
      },
    ),
    ...optional("versionConsistency", runtime.versionConsistency),
    ...optional("repositoryCredentials", runtime.repositoryCredentials === undefined ? undefined : { credentialsParameter: runtime.repositoryCredentials }),
    ...nonEmpty("environmentFiles", runtime.environmentFiles.map((file) => ({ value: file, type: "s3" }))),
  };
}
