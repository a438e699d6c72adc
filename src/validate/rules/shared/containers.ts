import type { SpecPath } from "../../../diagnostics/diagnostic.js";
import { mainContainerName } from "../../../spec/names.js";
import type { ParsedContainer, WorkloadSpec } from "../../../spec/workload.js";

export type { ParsedContainer };

/** One container of the task with the spec path it was written at and its effective name. */
export interface TaskContainer {
  readonly container: ParsedContainer;
  /** `["container"]` or `["sidecars", i]`; rules append field names to it. */
  readonly path: SpecPath;
  /** The name ECS will see; undefined only for a sidecar without a name (itself an error). */
  readonly name: string | undefined;
}

/** All containers of the task, main container first, in spec order. */
export function taskContainers(spec: Pick<WorkloadSpec, "container" | "sidecars">): TaskContainer[] {
  return [
    { container: spec.container, path: ["container"], name: mainContainerName(spec.container) },
    ...spec.sidecars.map((sidecar, i) => ({ container: sidecar, path: ["sidecars", i] as SpecPath, name: sidecar.name })),
  ];
}

/** A container's port mappings as ECS will receive them (`port` is shorthand for one TCP mapping). */
export function portMappingsOf(container: ParsedContainer): { containerPort: number; protocol: "tcp" | "udp"; path: SpecPath }[] {
  const fromPort = container.port === undefined ? [] : [{ containerPort: container.port, protocol: "tcp" as const, path: ["port"] }];
  const mappings = (container.portMappings ?? []).map((m, i) => ({ containerPort: m.containerPort, protocol: m.protocol, path: ["portMappings", i, "containerPort"] }));
  return [...fromPort, ...mappings];
}

/** The container's TCP ports in spec order, without duplicates. */
export function tcpPortsOf(container: ParsedContainer): number[] {
  return [...new Set(portMappingsOf(container).filter((m) => m.protocol === "tcp").map((m) => m.containerPort))];
}
