/**
 * Cloud Map service discovery facts that validation and lowering share: namespace ids and DNS
 * names, the record type and SRV target after defaults, and how a namespace named by a service
 * is found among the cluster specs of the run. Both stages ask here, so they never disagree.
 */
import { taskContainers, tcpPortsOf, type ParsedContainer } from "./containers.js";
import type { ParsedCluster, ParsedDiscovery, ParsedService } from "./schema/index.js";
import { mainContainerName } from "./names.js";

/** A Cloud Map namespace id: `ns-` and 16 lower-case letters or digits (the form namespace ARNs use). */
export function isNamespaceId(value: string): boolean {
  return /^ns-[a-z0-9]{16}$/.test(value);
}

/**
 * A DNS domain name as Cloud Map and Route 53 private hosted zones take it: dot-separated
 * labels of letters, digits, `-` and `_` (1–63 characters, no `-` at either end), at most 253
 * characters, no trailing dot.
 */
export function isDnsName(value: string): boolean {
  const label = /^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$/;
  return value.length <= 253 && value.split(".").every((part) => label.test(part));
}

/** Cloud Map's limit on a DNS service name (its own labels, before the namespace). */
export const DISCOVERY_NAME_MAX = 127;

/** The Cloud Map service name: `discovery.name`, or the service's name. */
export function discoveryName(spec: Pick<ParsedService, "name"> & { readonly discovery?: ParsedDiscovery | undefined }): string {
  return spec.discovery?.name ?? spec.name;
}

/** The record type after defaults: SRV where ECS allows nothing else (bridge/host), else A. */
export function discoveryDnsType(spec: Pick<ParsedService, "networkMode"> & { readonly discovery?: ParsedDiscovery | undefined }): "A" | "SRV" {
  return spec.discovery?.dnsType ?? (spec.networkMode === "awsvpc" ? "A" : "SRV");
}

/** What an SRV record registers, after defaults; `port` is undefined when nothing can be chosen. */
export interface SrvTarget {
  readonly containerName: string;
  /** The main container or a sidecar of that name; undefined when none has it. */
  readonly container: ParsedContainer | undefined;
  readonly port: number | undefined;
}

/** The container and port an SRV record registers: `discovery.container`/`port`, or the main container's first TCP port. */
export function srvTarget(spec: Pick<ParsedService, "container" | "sidecars" | "discovery">): SrvTarget {
  const containerName = spec.discovery?.container ?? mainContainerName(spec.container);
  const container = taskContainers(spec).find((c) => c.name === containerName)?.container;
  const port = spec.discovery?.port ?? (container && tcpPortsOf(container)[0]);
  return { containerName, container, port };
}

/** A private DNS namespace a cluster spec of the run creates. */
export interface ClusterNamespace {
  /** The namespace's DNS name, e.g. `prod.local`. */
  readonly name: string;
  readonly vpc: string;
  /** The cluster spec's name: the stack that creates and exports the namespace. */
  readonly cluster: string;
  readonly account: string;
  readonly region: string;
}

/** The namespaces the cluster specs among `definitions` create, in run order. */
export function clusterNamespaces(definitions: readonly { readonly kind: string; readonly spec: unknown }[]): ClusterNamespace[] {
  return definitions.flatMap((definition) => {
    if (definition.kind !== "cluster") return [];
    const cluster = definition.spec as ParsedCluster;
    const namespace = cluster.namespace;
    return namespace ? [{ name: namespace.name, vpc: namespace.vpc, cluster: cluster.name, account: cluster.account, region: cluster.region }] : [];
  });
}

/**
 * The CloudFormation export name of a cluster's namespace id. Fixed rather than prefixed with
 * the stack name, so a service stack can import it without knowing how the cluster stack was
 * named at deploy time; unique because ECS cluster names are unique per account and region.
 */
export function namespaceExportName(cluster: string): string {
  return `${cluster}-NamespaceId`;
}

/** What a service's `discovery.namespace` refers to. */
export type NamespaceReference =
  | { readonly kind: "id"; readonly id: string }
  | { readonly kind: "cluster"; readonly namespace: ClusterNamespace }
  | { readonly kind: "missing"; readonly name: string };

/**
 * Resolves `discovery.namespace`: an `ns-` id as is, or the namespace of that name a cluster
 * spec of the run creates in the service's own account and region (a namespace is regional).
 */
export function resolveNamespace(
  spec: Pick<ParsedService, "account" | "region"> & { readonly discovery: ParsedDiscovery },
  namespaces: readonly ClusterNamespace[],
): NamespaceReference {
  const value = spec.discovery.namespace;
  if (isNamespaceId(value)) return { kind: "id", id: value };
  const namespace = namespaces.find((n) => n.name === value && n.account === spec.account && n.region === spec.region);
  return namespace ? { kind: "cluster", namespace } : { kind: "missing", name: value };
}
