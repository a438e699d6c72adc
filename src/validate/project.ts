import { render } from "../diagnostics/catalogue.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { ParsedDefinition } from "../kinds.js";
import { clusterReferences } from "./project/cluster-references.js";
import { discoveryNamespaces, uniqueNamespaces } from "./project/discovery.js";
import { queueScalingInsights } from "./project/scaling.js";
import { initPlaceholders } from "./project/placeholders.js";
import { loadBalancerReferences } from "./project/load-balancer-references.js";
import { connectAliases, connectNamespaces } from "./project/service-connect.js";
import { listenerPriorities } from "./project/listener-priorities.js";

/** A check across all definitions of one run (names, references between specs). */
export type ProjectRule = (definitions: readonly ParsedDefinition[]) => Diagnostic[];

/**
 * B112: every definition writes to out/<name>/, so names must be unique across all specs,
 * whatever their kind.
 */
export const uniqueNames: ProjectRule = (definitions) => {
  const firstFile = new Map<string, string>();
  // The environments of one spec share its folder (out/<name>/<env>/); two spec files must not.
  const folderFile = new Map<string, string>();
  const out: Diagnostic[] = [];
  for (const { file, name, folder } of definitions) {
    const root = (folder ?? name).split("/")[0]!;
    const sameName = firstFile.get(name);
    const sameFolder = folderFile.get(root);
    if (sameName !== undefined) out.push({ code: "B112", severity: "error", file, path: "name", ...render("B112", { name, other: sameName }) });
    else if (sameFolder !== undefined && sameFolder !== file) out.push({ code: "B112", severity: "error", file, path: "name", ...render("B112", { name: root, other: sameFolder }) });
    if (sameName === undefined) firstFile.set(name, file);
    if (sameFolder === undefined) folderFile.set(root, file);
  }
  return out;
};

/** Every cross-spec rule, run after each spec validated on its own. */
export const PROJECT_RULES: readonly ProjectRule[] = [uniqueNames, clusterReferences, queueScalingInsights, discoveryNamespaces, uniqueNamespaces, initPlaceholders, loadBalancerReferences, connectNamespaces, connectAliases, listenerPriorities];
