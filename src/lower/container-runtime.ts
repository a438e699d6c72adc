import { containersOf } from "../spec/containers.js";
import type { ContainerRuntime, PolicyStatement } from "../ir/index.js";
import type { ParsedContainer } from "../spec/workload.js";
import { sortedRecord } from "./aws.js";
import type { WorkloadContext } from "./context.js";

/** Whether the container sets any runtime setting; without one the IR carries none. */
function hasRuntime(c: ParsedContainer): boolean {
  const scalars = [c.linuxParameters, c.stopTimeout, c.startTimeout, c.privileged, c.interactive, c.pseudoTerminal, c.restartPolicy, c.versionConsistency, c.repositoryCredentials];
  const lists = [c.ulimits, c.systemControls, c.dnsServers, c.dnsSearchDomains, c.extraHosts, c.environmentFiles];
  return scalars.some((v) => v !== undefined) || lists.some((l) => l.length > 0) || Object.keys(c.dockerLabels).length > 0;
}

/** A container's runtime settings in the IR's form, or undefined when it sets none. */
export function lowerContainerRuntime(c: ParsedContainer): ContainerRuntime | undefined {
  if (!hasRuntime(c)) return undefined;
  const linux = c.linuxParameters;
  const opt = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));
  return {
    ...(linux
      ? {
          linuxParameters: {
            ...opt("initProcessEnabled", linux.initProcessEnabled),
            ...opt("capabilities", linux.capabilities && { add: [...linux.capabilities.add], drop: [...linux.capabilities.drop] }),
            ...opt("sharedMemorySize", linux.sharedMemorySize),
            tmpfs: linux.tmpfs.map((t) => ({ containerPath: t.containerPath, size: t.size, mountOptions: [...t.mountOptions] })),
            devices: linux.devices.map((d) => ({ hostPath: d.hostPath, ...opt("containerPath", d.containerPath), permissions: [...d.permissions] })),
            ...opt("maxSwap", linux.maxSwap),
            ...opt("swappiness", linux.swappiness),
          },
        }
      : {}),
    ulimits: c.ulimits.map((u) => ({ name: u.name, softLimit: u.softLimit, hardLimit: u.hardLimit })),
    ...opt("stopTimeout", c.stopTimeout),
    ...opt("startTimeout", c.startTimeout),
    dockerLabels: sortedRecord(c.dockerLabels),
    systemControls: c.systemControls.map((s) => ({ namespace: s.namespace, value: s.value })),
    ...opt("privileged", c.privileged),
    ...opt("interactive", c.interactive),
    ...opt("pseudoTerminal", c.pseudoTerminal),
    dnsServers: [...c.dnsServers],
    dnsSearchDomains: [...c.dnsSearchDomains],
    extraHosts: c.extraHosts.map((h) => ({ hostname: h.hostname, ipAddress: h.ipAddress })),
    ...opt(
      "restartPolicy",
      c.restartPolicy && { enabled: c.restartPolicy.enabled, ignoredExitCodes: [...c.restartPolicy.ignoredExitCodes], ...opt("restartAttemptPeriod", c.restartPolicy.restartAttemptPeriod) },
    ),
    ...opt("versionConsistency", c.versionConsistency),
    ...opt("repositoryCredentials", c.repositoryCredentials?.secret),
    environmentFiles: [...c.environmentFiles],
  };
}

/**
 * What the execution role needs for the containers' environment files: `s3:GetObject` on
 * exactly those objects and `s3:GetBucketLocation` on their buckets (the agent asks where the
 * bucket lives before it downloads).
 */
export function environmentFileStatements(ctx: WorkloadContext): PolicyStatement[] {
  const files = [...new Set(containersOf(ctx.spec).flatMap((c) => c.environmentFiles))].sort();
  if (files.length === 0) return [];
  const buckets = [...new Set(files.map((file) => file.slice(0, file.indexOf("/"))))].sort();
  return [
    { sid: "EnvironmentFiles", effect: "Allow", actions: ["s3:GetObject"], resources: files },
    { sid: "EnvironmentFileBuckets", effect: "Allow", actions: ["s3:GetBucketLocation"], resources: buckets },
  ];
}
