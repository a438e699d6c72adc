import type { SpecPath } from "../diagnostics/diagnostic.js";
import { mainContainerName } from "./names.js";
import type { ParsedContainer, WorkloadSpec } from "./workload.js";

export type { ParsedContainer };

/**
 * The one enumeration of a task's containers and ports, shared by validation (which reports at
 * the spec paths) and lowering (which drops them), so both stages always see the same containers
 * with the same names and the same port mappings.
 */

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

/** The task's container specs, main container first, in spec order. */
export function containersOf(spec: Pick<WorkloadSpec, "container" | "sidecars">): ParsedContainer[] {
  return [spec.container, ...spec.sidecars];
}

/** One port mapping as ECS will receive it, with the spec path of its port. */
export interface PortMapping {
  readonly containerPort: number;
  readonly protocol: "tcp" | "udp";
  readonly name?: string;
  /** Service Connect's application protocol of the port; absent means TCP. */
  readonly appProtocol?: "http" | "http2" | "grpc";
  /** Relative to the container: `["port"]` or `["portMappings", i, "containerPort"]`. */
  readonly path: SpecPath;
}

/**
 * A container's port mappings (`port` is shorthand for one TCP mapping). A spec sets one of the
 * two (B605 refuses both), so lowering sees exactly the mappings ECS gets.
 */
export function portMappingsOf(container: ParsedContainer): PortMapping[] {
  const fromPort: PortMapping[] = container.port === undefined ? [] : [{ containerPort: container.port, protocol: "tcp", path: ["port"] }];
  const mappings = (container.portMappings ?? []).map(
    (m, i): PortMapping => ({
      containerPort: m.containerPort,
      protocol: m.protocol,
      ...(m.name ? { name: m.name } : {}),
      ...(m.appProtocol ? { appProtocol: m.appProtocol } : {}),
      path: ["portMappings", i, "containerPort"],
    }),
  );
  return [...fromPort, ...mappings];
}

/** The container's TCP ports in spec order, without duplicates. */
export function tcpPortsOf(container: ParsedContainer): number[] {
  return [...new Set(portMappingsOf(container).filter((m) => m.protocol === "tcp").map((m) => m.containerPort))];
}
