import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { associatedProviders } from "../../spec/cluster.js";
import { clustersInRun, referencedCluster, type ClusterInRun } from "../../spec/cluster-reference.js";
import { computeOf } from "../../spec/compute.js";
import type { ParsedCluster, ParsedEc2CapacityProvider } from "../../spec/schema/index.js";
import type { WorkloadSpec } from "../../spec/workload.js";
import { createCollector, type RuleContext } from "../context.js";
import type { ProjectRule } from "../project.js";
import { taskContainers } from "../../spec/containers.js";

/** The EC2 providers of the cluster a workload's tasks can land on: the ones its strategy names, or all for launch type EC2. */
function usedEc2Providers(workload: WorkloadSpec, cluster: ParsedCluster): ParsedEc2CapacityProvider[] {
  const ec2 = cluster.capacityProviders.ec2;
  if (!workload.capacityProviders) return workload.launchType === "EC2" ? [...ec2] : [];
  return workload.capacityProviders.flatMap((item) => ec2.filter((p) => p.name === item.provider));
}

/** The checks of one workload against the cluster spec it names. */
function checkWorkload(workload: WorkloadSpec, cluster: ClusterInRun, context: RuleContext): void {
  const { spec } = cluster;
  if (workload.account !== spec.account || workload.region !== spec.region) {
    const where = (s: { account: string; region: string }) => `${s.account}/${s.region}`;
    context.report("B754", ["cluster"], { cluster: spec.name, found: where(spec), expected: where(workload) });
    return;
  }
  const associated = associatedProviders(spec);
  workload.capacityProviders?.forEach((item, i) => {
    if (!associated.includes(item.provider)) context.report("B750", ["capacityProviders", i, "provider"], { provider: item.provider, cluster: spec.name, associated });
  });
  if (computeOf(workload) !== "EC2") return;
  if (workload.launchType === "EC2" && spec.capacityProviders.ec2.length === 0) {
    context.report("B751", ["launchType"], { cluster: spec.name, file: cluster.file });
    return;
  }
  const used = usedEc2Providers(workload, spec);
  if (used.length === 0) return;
  const gpu = taskContainers(workload).find(({ container }) => container.gpu !== undefined);
  if (gpu && !used.some((p) => p.gpu)) context.report("B752", [...gpu.path, "gpu"], { cluster: spec.name, providers: used.map((p) => p.name) });
  if (workload.capacityProviders) {
    workload.capacityProviders.forEach((item, i) => {
      const provider = used.find((p) => p.name === item.provider);
      if (provider && provider.architecture !== workload.architecture) {
        context.report("B753", ["capacityProviders", i, "provider"], { architecture: workload.architecture, provider: provider.name, providerArchitecture: provider.architecture });
      }
    });
  } else if (!used.some((p) => p.architecture === workload.architecture)) {
    const other = used[0] as ParsedEc2CapacityProvider;
    context.report("B753", ["architecture"], { architecture: workload.architecture, provider: used.map((p) => p.name).join(", "), providerArchitecture: other.architecture });
  }
}

/**
 * B750–B754: services and tasks that name a cluster spec of the same run are checked against
 * it: the capacity providers of their strategy must be associated with it, EC2 workloads need
 * its EC2 capacity (with GPUs when they ask for GPUs, of their architecture), and both specs
 * must deploy to the same account and region. Stacks stay independent — the workload still
 * names the cluster by its name — so a cluster outside the run is simply not checked.
 */
export const clusterReferences: ProjectRule = (definitions) => {
  const clusters = clustersInRun(definitions);
  if (clusters.length === 0) return [];
  const out: Diagnostic[] = [];
  for (const definition of definitions) {
    if (definition.kind !== "service" && definition.kind !== "task") continue;
    const workload = definition.spec as WorkloadSpec;
    const cluster = referencedCluster(workload, clusters);
    if (!cluster) continue;
    const { context, diagnostics } = createCollector(definition.file);
    checkWorkload(workload, cluster, context);
    out.push(...diagnostics);
  }
  return out;
};
