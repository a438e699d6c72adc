import type { ContainerRuntime } from "../../../ir/index.js";
import { nonEmpty, type CfnObject } from "../values.js";

/**
 * A container's runtime settings as `AWS::ECS::TaskDefinition` `ContainerDefinitions` keys.
 * Every absent setting and every empty list or map is left out, as ECS itself leaves them out.
 */
export function cfnContainerRuntime(runtime: ContainerRuntime | undefined): CfnObject {
  if (runtime === undefined) return {};
  const linux = runtime.linuxParameters;
  return {
    LinuxParameters: linux && {
      InitProcessEnabled: linux.initProcessEnabled,
      Capabilities: linux.capabilities && { Add: nonEmpty([...linux.capabilities.add]), Drop: nonEmpty([...linux.capabilities.drop]) },
      SharedMemorySize: linux.sharedMemorySize,
      Tmpfs: nonEmpty(linux.tmpfs.map((t) => ({ ContainerPath: t.containerPath, Size: t.size, MountOptions: nonEmpty([...t.mountOptions]) }))),
      Devices: nonEmpty(linux.devices.map((d) => ({ HostPath: d.hostPath, ContainerPath: d.containerPath, Permissions: nonEmpty([...d.permissions]) }))),
      MaxSwap: linux.maxSwap,
      Swappiness: linux.swappiness,
    },
    Ulimits: nonEmpty(runtime.ulimits.map((u) => ({ Name: u.name, SoftLimit: u.softLimit, HardLimit: u.hardLimit }))),
    StopTimeout: runtime.stopTimeout,
    StartTimeout: runtime.startTimeout,
    DockerLabels: Object.keys(runtime.dockerLabels).length === 0 ? undefined : { ...runtime.dockerLabels },
    SystemControls: nonEmpty(runtime.systemControls.map((s) => ({ Namespace: s.namespace, Value: s.value }))),
    Privileged: runtime.privileged,
    Interactive: runtime.interactive,
    PseudoTerminal: runtime.pseudoTerminal,
    DnsServers: nonEmpty([...runtime.dnsServers]),
    DnsSearchDomains: nonEmpty([...runtime.dnsSearchDomains]),
    ExtraHosts: nonEmpty(runtime.extraHosts.map((h) => ({ Hostname: h.hostname, IpAddress: h.ipAddress }))),
    RestartPolicy: runtime.restartPolicy && {
      Enabled: runtime.restartPolicy.enabled,
      IgnoredExitCodes: nonEmpty([...runtime.restartPolicy.ignoredExitCodes]),
      RestartAttemptPeriod: runtime.restartPolicy.restartAttemptPeriod,
    },
    VersionConsistency: runtime.versionConsistency,
    RepositoryCredentials: runtime.repositoryCredentials === undefined ? undefined : { CredentialsParameter: runtime.repositoryCredentials },
    EnvironmentFiles: nonEmpty(runtime.environmentFiles.map((file) => ({ Type: "s3", Value: file }))),
  };
}
