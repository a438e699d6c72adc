import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { ParsedDefinition } from "../../kinds.js";
import { clusterNamespaces, isDnsName, isNamespaceId, resolveNamespace, type ClusterNamespace } from "../../spec/discovery.js";
import type { ParsedCluster, ParsedService } from "../../spec/schema/index.js";
import { createCollector } from "../context.js";
import type { ProjectRule } from "../project.js";

/** Where a namespace or spec deploys, as messages show it. */
const home = (s: { readonly account: string; readonly region: string }): string => `${s.account}/${s.region}`;

/**
 * B860–B862: a service naming its namespace by name registers in the namespace a cluster spec
 * of the same run creates in the service's account and region (the service stack imports that
 * namespace's id). A name no cluster spec creates is an error: the id cannot be known. A match
 * in another account or region is reported as such; a namespace of another VPC than the
 * tasks' is a warning, since only that VPC resolves its names.
 */
export const discoveryNamespaces: ProjectRule = (definitions) => {
  const namespaces = clusterNamespaces(definitions);
  const out: Diagnostic[] = [];
  for (const definition of definitions) {
    if (definition.kind !== "service") continue;
    const spec = definition.spec as ParsedService;
    const { discovery } = spec;
    // Ids need no cluster spec; malformed names are B850/B851, reported by the service's own rules.
    if (!discovery || isNamespaceId(discovery.namespace) || discovery.namespace.startsWith("ns-") || !isDnsName(discovery.namespace)) continue;
    const { context, diagnostics } = createCollector(definition.file);
    const at = ["discovery", "namespace"];
    const reference = resolveNamespace({ ...spec, discovery }, namespaces);
    if (reference.kind === "cluster") {
      const vpc = spec.network?.vpc;
      if (vpc !== undefined && vpc !== reference.namespace.vpc) {
        context.report("B862", at, { name: reference.namespace.name, namespaceVpc: reference.namespace.vpc, vpc }, "warning");
      }
    } else {
      const elsewhere = namespaces.find((n) => n.name === discovery.namespace);
      if (elsewhere) context.report("B861", at, { name: elsewhere.name, cluster: elsewhere.cluster, found: home(elsewhere), expected: home(spec) });
      else context.report("B860", at, { name: discovery.namespace, defined: namespaces.filter((n) => home(n) === home(spec)).map((n) => n.name) });
    }
    out.push(...diagnostics);
  }
  return out;
};

/**
 * B863: two cluster specs creating namespaces of one name in one account and region. Services
 * (and Terraform's lookup) find a namespace by name, so the name must say which one. Each of the
 * clusters involved is told about the other.
 */
export const uniqueNamespaces: ProjectRule = (definitions) => {
  const clusters = definitions.filter((d): d is ParsedDefinition & { spec: ParsedCluster } => d.kind === "cluster");
  const out: Diagnostic[] = [];
  const key = (n: ClusterNamespace) => `${home(n)}/${n.name}`;
  const all = clusterNamespaces(clusters);
  for (const definition of clusters) {
    const own = clusterNamespaces([definition])[0];
    if (!own) continue;
    const other = all.find((n) => n.cluster !== own.cluster && key(n) === key(own));
    if (!other) continue;
    const { context, diagnostics } = createCollector(definition.file);
    context.report("B863", ["namespace", "name"], { name: own.name, other: other.cluster });
    out.push(...diagnostics);
  }
  return out;
};
