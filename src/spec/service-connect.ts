/**
 * Service Connect facts that validation and lowering share: the task's named port mappings,
 * the names a Service Connect service gets after defaults, and which namespace a service joins
 * (its own, or the Service Connect default of its cluster spec). Both stages ask here, so they
 * never disagree.
 */
import { parseArn } from "./aws-formats.js";
import { portMappingsOf, taskContainers, type PortMapping } from "./containers.js";
import type { ParsedCluster, ParsedService } from "./schema/index.js";

/** A named port mapping with the container it belongs to. */
export interface NamedPort {
  readonly name: string;
  readonly containerName: string;
  readonly mapping: PortMapping;
}

/** Every named port mapping of the task, main container first, in spec order (duplicates kept). */
export function namedPorts(spec: Pick<ParsedService, "container" | "sidecars">): NamedPort[] {
  return taskContainers(spec).flatMap(({ container, name }) =>
    portMappingsOf(container).flatMap((mapping) => (mapping.name === undefined ? [] : [{ name: mapping.name, containerName: name ?? "", mapping }])),
  );
}

/** The Cloud Map service name ECS creates for a Service Connect service: `discoveryName`, or the port name. */
export function connectDiscoveryName(service: { readonly portName: string; readonly discoveryName?: string | undefined }): string {
  return service.discoveryName ?? service.portName;
}

/** A Cloud Map namespace ARN: `arn:<partition>:servicediscovery:<region>:<account>:namespace/ns-…`. */
export function isNamespaceArn(value: string): boolean {
  const arn = parseArn(value);
  return arn !== undefined && arn.service === "servicediscovery" && /^namespace\/ns-[a-z0-9]{16}$/.test(arn.resource);
}

/** Which namespace a service's Service Connect joins. */
export type ConnectNamespace =
  /** Written in the spec: a namespace name or ARN. */
  | { readonly kind: "given"; readonly value: string }
  /** The Service Connect default of the service's cluster spec: its Cloud Map namespace, by name. */
  | { readonly kind: "cluster"; readonly value: string; readonly cluster: string }
  /** None written, and no cluster spec of the run provides a default. */
  | { readonly kind: "missing" };

/**
 * The namespace of `serviceConnect`: the spec's, else the cluster spec's default. A cluster
 * defined elsewhere (by name or ARN) may have a default, but berth cannot know it.
 */
export function connectNamespace(spec: Pick<ParsedService, "serviceConnect">, clusterSpec: ParsedCluster | undefined): ConnectNamespace {
  const written = spec.serviceConnect?.namespace;
  if (written !== undefined) return { kind: "given", value: written };
  const namespace = clusterSpec?.namespace;
  if (namespace?.serviceConnectDefault && clusterSpec) return { kind: "cluster", value: namespace.name, cluster: clusterSpec.name };
  return { kind: "missing" };
}

/** The namespace's name when it is known (written as a name, or the cluster's); undefined for an ARN. */
export function connectNamespaceName(namespace: ConnectNamespace): string | undefined {
  if (namespace.kind === "missing") return undefined;
  return namespace.value.startsWith("arn:") ? undefined : namespace.value;
}
