import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { parseArn } from "../../spec/aws-formats.js";
import type { ParsedCluster, ParsedService } from "../../spec/schema/index.js";
import { createCollector } from "../context.js";
import type { ProjectRule } from "../project.js";

/**
 * B716: queue scaling divides by the `ECS/ContainerInsights` metric RunningTaskCount, which
 * only exists when the cluster has Container Insights on. When the service's cluster is a
 * `defineCluster()` spec of the same run with Container Insights disabled, the policy would
 * never get data and the service would never scale; a cluster outside the run cannot be checked.
 */
export const queueScalingInsights: ProjectRule = (definitions) => {
  const clusters = definitions.filter((d) => d.kind === "cluster").map((d) => d.spec as ParsedCluster);
  const out: Diagnostic[] = [];
  for (const definition of definitions) {
    if (definition.kind !== "service") continue;
    const service = definition.spec as ParsedService;
    if (!service.scaling?.queue) continue;
    // By name, or by an ARN naming the cluster spec in its own account and region.
    const arn = parseArn(service.cluster);
    const cluster = clusters.find((c) =>
      arn ? arn.resource === `cluster/${c.name}` && arn.region === c.region && arn.account === c.account : service.cluster === c.name,
    );
    if (cluster?.containerInsights !== "disabled") continue;
    const { context, diagnostics } = createCollector(definition.file);
    context.report("B716", ["scaling", "queue"], { cluster: cluster.name });
    out.push(...diagnostics);
  }
  return out;
};
