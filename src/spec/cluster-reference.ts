/**
 * Which `defineCluster()` spec of a run a service or task runs on. The project rules that check
 * a workload against its cluster and the lowering that gives the task role what the cluster's
 * ECS Exec settings need both ask here, so a workload is lowered against exactly the cluster
 * spec it was checked against.
 */
import { parseArn } from "./aws-formats.js";
import type { ParsedCluster } from "./schema/index.js";

/** What identifies a cluster spec: its name, and the account and region it deploys to. */
export interface ClusterIdentity {
  readonly name: string;
  readonly account: string;
  readonly region: string;
}

/** A cluster spec of the run, with the file it came from. */
export interface ClusterInRun<C extends ClusterIdentity = ParsedCluster> {
  readonly spec: C;
  readonly file: string;
}

/** A definition of the run as far as finding clusters goes (structurally a `ParsedDefinition`). */
interface RunDefinition {
  readonly kind: string;
  readonly file: string;
  readonly spec: unknown;
}

/**
 * Whether a workload's `cluster` (a name or an ARN) names this cluster spec: by plain name, or
 * by an ARN whose account, region and name are the cluster spec's. An ARN elsewhere names
 * another cluster, not this one, even when the names agree.
 */
export function namesCluster(reference: string, cluster: ClusterIdentity): boolean {
  if (!reference.startsWith("arn:")) return reference === cluster.name;
  const arn = parseArn(reference);
  return arn !== undefined && arn.resource === `cluster/${cluster.name}` && arn.account === cluster.account && arn.region === cluster.region;
}

/**
 * The cluster spec among `clusters` that a workload's `cluster` names, or undefined when it
 * names a cluster outside the run. Names are unique across a run (B112), so at most one matches.
 */
export function referencedCluster<C extends ClusterInRun<ClusterIdentity>>(workload: { readonly cluster: string }, clusters: readonly C[]): C | undefined {
  return clusters.find((c) => namesCluster(workload.cluster, c.spec));
}

/** The cluster specs among a run's definitions, in run order, with their files. */
export function clustersInRun(definitions: readonly RunDefinition[]): ClusterInRun[] {
  return definitions.filter((d) => d.kind === "cluster").map((d) => ({ spec: d.spec as ParsedCluster, file: d.file }));
}

/**
 * The `defineCluster()` spec of the run a service or task runs on, or undefined when its
 * cluster is defined elsewhere (then nothing about the cluster is known or assumed).
 */
export function clusterSpecOf(workload: { readonly cluster: string }, definitions: readonly RunDefinition[]): ParsedCluster | undefined {
  return referencedCluster(workload, clustersInRun(definitions))?.spec;
}
