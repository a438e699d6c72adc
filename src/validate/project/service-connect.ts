import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { clusterSpecOf } from "../../spec/cluster-reference.js";
import type { ParsedService } from "../../spec/schema/index.js";
import { connectDiscoveryName, connectNamespace, connectNamespaceName } from "../../spec/service-connect.js";
import { createCollector } from "../context.js";
import type { ProjectRule } from "../project.js";

/**
 * B892: a service turning Service Connect on without a namespace joins its cluster's default,
 * which berth knows only for a `defineCluster()` spec of the run with a namespace marked as the
 * Service Connect default. Otherwise the namespace must be written.
 */
export const connectNamespaces: ProjectRule = (definitions) => {
  const out: Diagnostic[] = [];
  for (const definition of definitions) {
    if (definition.kind !== "service") continue;
    const spec = definition.spec as ParsedService;
    if (!spec.serviceConnect) continue;
    const clusterSpec = clusterSpecOf(spec, definitions);
    if (connectNamespace(spec, clusterSpec).kind !== "missing") continue;
    const { context, diagnostics } = createCollector(definition.file);
    context.report("B892", ["serviceConnect"], { cluster: spec.cluster, reason: clusterSpec ? "noDefault" : "outside" });
    out.push(...diagnostics);
  }
  return out;
};

/**
 * B902: two services of one run that claim the same client alias (DNS name and port) in the
 * same namespace. Clients resolve one endpoint per alias, so the second deploy would take the
 * name from the first (or fail). Each service is told about the other's file.
 */
export const connectAliases: ProjectRule = (definitions) => {
  const claims = new Map<string, { file: string; name: string }>();
  const out: Diagnostic[] = [];
  for (const definition of definitions) {
    if (definition.kind !== "service") continue;
    const spec = definition.spec as ParsedService;
    const namespace = spec.serviceConnect && connectNamespaceName(connectNamespace(spec, clusterSpecOf(spec, definitions)));
    if (!spec.serviceConnect || namespace === undefined) continue;
    const { context, diagnostics } = createCollector(definition.file);
    spec.serviceConnect.services.forEach((service, i) => {
      (service.clientAliases ?? []).forEach((alias, j) => {
        const value = `${alias.dnsName ?? `${connectDiscoveryName(service)}.${namespace}`}:${alias.port}`;
        const key = `${spec.account}/${spec.region}/${namespace}/${value}`;
        const other = claims.get(key);
        if (other && other.name !== spec.name) {
          context.report("B902", ["serviceConnect", "services", i, "clientAliases", j], { value, other: `${other.name} (${other.file})`, namespace });
        } else claims.set(key, { file: definition.file, name: spec.name });
      });
    });
    out.push(...diagnostics);
  }
  return out;
};
