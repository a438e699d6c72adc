import type { Diagnostic, SpecPath } from "../../diagnostics/diagnostic.js";
import type { ParsedDefinition } from "../../kinds.js";
import { attachmentRules, loadBalancerAttachments } from "../../spec/load-balancers.js";
import type { ParsedService } from "../../spec/schema/index.js";
import { listenerLabel } from "../rules/load-balancer.js";
import { createCollector } from "../context.js";
import type { ProjectRule } from "../project.js";

/** One priority a spec's stack takes on a listener. */
interface Claim {
  /** The listener's ARN, or `<load balancer>:<port>` for a listener of a load balancer spec of the run. */
  readonly listener: string;
  readonly priority: number;
  readonly file: string;
  readonly path: SpecPath;
}

/**
 * The priorities a service's stack takes on listeners, by ARN or by reference (the same load
 * balancer and port is the same listener): every listener rule of every attachment, and the
 * blue/green test listener's rule (whose priority defaults to the first rule's).
 */
function claimsOf(definition: ParsedDefinition): Claim[] {
  const spec = definition.spec as ParsedService;
  const claims: Claim[] = [];
  for (const attachment of loadBalancerAttachments(spec)) {
    if (attachment.spec.listener === undefined) continue;
    const listener = listenerLabel(attachment.spec.listener);
    // A reference without priority or rules is an NLB attachment: no rule, no priority to claim.
    for (const rule of attachmentRules(attachment)) {
      if (rule.priority !== undefined) claims.push({ listener, priority: rule.priority, file: definition.file, path: [...rule.path, "priority"] });
    }
  }
  const test = spec.deploy.strategy === "rolling" ? undefined : spec.deploy.testTraffic;
  const first = claims[0];
  const priority = test?.priority ?? first?.priority;
  if (test && priority !== undefined) {
    const path: SpecPath = test.priority === undefined ? ["deploy", "testTraffic", "listener"] : ["deploy", "testTraffic", "priority"];
    claims.push({ listener: listenerLabel(test.listener), priority, file: definition.file, path });
  }
  return claims;
}

/**
 * B557: two specs of one run claiming the same priority on the same listener. ELB accepts the
 * first stack's rule and fails the second with PriorityInUse, after the rest of that stack has
 * been created. Each spec involved is told about the other, with every priority the run already
 * takes on that listener so a free one is easy to pick.
 */
export const listenerPriorities: ProjectRule = (definitions) => {
  const claims = definitions.filter((d) => d.kind === "service").flatMap(claimsOf);
  const byListener = new Map<string, Claim[]>();
  for (const claim of claims) byListener.set(claim.listener, [...(byListener.get(claim.listener) ?? []), claim]);
  const out: Diagnostic[] = [];
  for (const [listener, onListener] of byListener) {
    const taken = [...new Set(onListener.map((c) => c.priority))].sort((a, b) => a - b);
    for (const claim of onListener) {
      const other = onListener.find((c) => c.priority === claim.priority && c.file !== claim.file);
      if (!other) continue;
      const { context, diagnostics } = createCollector(claim.file);
      context.report("B557", claim.path, { listener, priority: claim.priority, otherFile: other.file, taken });
      out.push(...diagnostics);
    }
  }
  return out;
};
