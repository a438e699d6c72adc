import type { SpecPath } from "../../diagnostics/diagnostic.js";
import { parseArn } from "../../spec/aws-formats.js";
import { isListenerReference, type ListenerTarget } from "../../spec/schema/index.js";
import { loadBalancerAttachments } from "../../spec/load-balancers.js";
import type { RuleContext } from "../context.js";
import type { ServiceRule } from "./rule.js";

/**
 * B530: an NLB listener's ARN (`listener/net/…`) where a service adds a path/host rule, which
 * only ALB listeners (`listener/app/…`) have. Reported instead of the generic malformed-ARN
 * B401, because the ARN is well formed: it is the wrong kind of load balancer.
 * @returns true when reported (the caller then skips its ARN checks).
 */
export function reportNetworkListener(value: ListenerTarget, path: SpecPath, context: RuleContext): boolean {
  if (isListenerReference(value)) return false;
  const arn = parseArn(value);
  if (arn?.service !== "elasticloadbalancing" || !arn.resource.startsWith("listener/net/")) return false;
  context.report("B530", path, { found: "network", expected: "application", field: path.join(".") });
  return true;
}

/**
 * B535/B536: what a service cannot have behind a load balancer berth creates. The 5xx alarm
 * and the request-count scaling metric need the load balancer's id (`app/<name>/<id>`), known only
 * once its stack is deployed; and the tasks' group admits only the load balancer's group, so an
 * `allowFrom` would be silently ignored.
 */
export const referencedListenerLimits: ServiceRule = (spec, context) => {
  const attachments = loadBalancerAttachments(spec);
  const isReference = (a: (typeof attachments)[number]): boolean => a.spec.listener !== undefined && isListenerReference(a.spec.listener);
  // The alarm and the scaling metric read the first attachment.
  const first = attachments[0];
  if (first && isReference(first)) {
    if (spec.deploy.alarms?.target5xxPerMinute !== undefined) context.report("B535", ["deploy", "alarms", "target5xxPerMinute"], { field: "deploy.alarms.target5xxPerMinute" });
    if (spec.scaling?.requestsPerTarget !== undefined) context.report("B535", ["scaling", "requestsPerTarget"], { field: "scaling.requestsPerTarget" });
  }
  // allowFrom still opens the ports of attachments on listeners given by ARN; with none it is ignored.
  if (attachments.length > 0 && attachments.every(isReference) && spec.network && spec.network.allowFrom.length > 0 && !spec.network.securityGroups) {
    context.report("B536", ["network", "allowFrom"], {});
  }
};
