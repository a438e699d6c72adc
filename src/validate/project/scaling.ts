import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { clusterSpecOf } from "../../spec/cluster-reference.js";
import type { ParsedService } from "../../spec/schema/index.js";
import { createCollector } from "../context.js";
import type { ProjectRule } from "../project.js";

/**
 * B716: queue scaling divides by the `ECS/ContainerInsights` metric RunningTaskCount, which
 * only exists when the cluster has Container Insights on. When the service's cluster is a
 * `defineCluster()` spec of the same run with Container Insights disabled, the policy would
 * never get data and the service would never scale; a cluster outside the run cannot be checked.
 */
export const queueScalingInsights: ProjectRule = (definitions) => {
  const out: Diagnostic[] = [];
  for (const definition of definitions) {
    if (definition.kind !== "service") continue;
    const service = definition.spec as ParsedService;
    if (!service.scaling?.queue) continue;
    const cluster = clusterSpecOf(service, definitions);
    if (cluster?.containerInsights !== "disabled") continue;
    const { context, diagnostics } = createCollector(definition.file);
    context.report("B716", ["scaling", "queue"], { cluster: cluster.name });
    out.push(...diagnostics);
  }
  return out;
};
