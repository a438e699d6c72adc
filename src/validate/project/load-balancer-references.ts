import type { Diagnostic, SpecPath } from "../../diagnostics/diagnostic.js";
import { loadBalancersInRun, resolveListener, type LoadBalancerInRun, type ResolvedListener } from "../../spec/load-balancer-reference.js";
import { hasOwnConditions, loadBalancerAttachments } from "../../spec/load-balancers.js";
import { isListenerReference, type ListenerReference, type ParsedService } from "../../spec/schema/index.js";
import type { ParsedAttachment } from "../../spec/schema/load-balancer.js";
import { createCollector, type RuleContext } from "../context.js";
import type { ProjectRule } from "../project.js";

/** One listener reference of a service: where it is written, and its attachment (none for the test listener). */
interface FoundReference {
  readonly reference: ListenerReference;
  readonly path: SpecPath;
  readonly attachment?: { readonly spec: ParsedAttachment; readonly path: SpecPath };
}

/** The listener references of a service, with where each is written: each attachment's, then the test listener's. */
function references(spec: ParsedService): FoundReference[] {
  const found: FoundReference[] = [];
  for (const attachment of loadBalancerAttachments(spec)) {
    const production = attachment.spec.listener;
    if (production !== undefined && isListenerReference(production)) found.push({ reference: production, path: [...attachment.path, "listener"], attachment });
  }
  const test = spec.deploy.strategy === "rolling" ? undefined : spec.deploy.testTraffic?.listener;
  if (test !== undefined && isListenerReference(test)) found.push({ reference: test, path: ["deploy", "testTraffic", "listener"] });
  return found;
}

/** The checks of one listener reference against the load balancer specs of the run. */
function checkReference(spec: ParsedService, { reference, path, attachment }: FoundReference, loadBalancers: readonly LoadBalancerInRun[], context: RuleContext): void {
  const resolved = resolveListener(reference, loadBalancers);
  if (!resolved) {
    context.report("B531", [...path, "loadBalancer"], { name: reference.loadBalancer, known: loadBalancers.map((lb) => lb.spec.name) });
    return;
  }
  const lb = resolved.loadBalancer.spec;
  if (!resolved.listener || !resolved.protocol) {
    context.report("B532", [...path, "port"], { port: reference.port, name: lb.name, ports: lb.listeners.map((l) => l.port), file: resolved.loadBalancer.file });
    return;
  }
  // An ALB's listeners are all HTTP or HTTPS (B521), so each can take the service's rule.
  if (lb.type === "network") checkNetworkAttachment(spec, resolved, path, attachment, context);
  else if (attachment && attachment.spec.priority === undefined && attachment.spec.rules === undefined) {
    // An ALB listener takes the service's rule, which needs a priority and a condition.
    context.report("B540", [...attachment.path, "priority"], {});
    if (!hasOwnConditions(attachment.spec)) context.report("B503", attachment.path, {});
  }
  if (lb.account !== spec.account || lb.region !== spec.region) {
    context.report("B534", [...path, "loadBalancer"], { name: lb.name, what: "account/region", found: `${lb.account}/${lb.region}`, expected: `${spec.account}/${spec.region}` });
  } else if (spec.network && spec.network.vpc !== lb.vpc) {
    context.report("B534", [...path, "loadBalancer"], { name: lb.name, what: "VPC", found: lb.vpc, expected: spec.network.vpc });
  }
}

/** The target group settings an attachment on an NLB listener cannot have (the group is the load balancer stack's). */
const TARGET_GROUP_FIELDS = ["targetGroupArn", "targetGroupName", "protocolVersion", "healthCheck", "stickiness", "slowStart", "algorithm"] as const;

/** The rule condition fields an attachment sets, by name. */
function ownConditionFields(a: ParsedAttachment): string[] {
  const fields: [string, number][] = [
    ["paths", a.paths.length],
    ["hosts", a.hosts.length],
    ["headers", Object.keys(a.headers).length],
    ["queryStrings", a.queryStrings.length],
    ["sourceIps", a.sourceIps.length],
    ["methods", a.methods.length],
  ];
  return fields.filter(([, count]) => count > 0).map(([field]) => field);
}

/**
 * A service on an NLB listener: no rule (so no priority, paths or hosts), a rolling deploy, a TCP
 * or TLS listener, and targets of the kind its network mode registers (ip for awsvpc).
 */
function checkNetworkAttachment(spec: ParsedService, resolved: ResolvedListener, path: SpecPath, attachment: FoundReference["attachment"], context: RuleContext): void {
  const lb = resolved.loadBalancer.spec;
  const listener = resolved.listener;
  if (!listener) return;
  if (!attachment) {
    context.report("B542", path, { name: lb.name });
    return;
  }
  const attach = attachment.spec;
  const fields = [
    ...(attach.priority !== undefined ? ["priority"] : []),
    ...(attach.rules !== undefined ? ["rules"] : []),
    ...ownConditionFields(attach),
    // The NLB listener's target group is the load balancer stack's: nothing of its own to set.
    ...TARGET_GROUP_FIELDS.filter((field) => attach[field] !== undefined),
  ];
  if (fields.length > 0) context.report("B541", [...attachment.path, fields[0] ?? "priority"], { name: lb.name, port: listener.port, fields });
  if (spec.deploy.strategy !== "rolling") context.report("B542", ["deploy", "strategy"], { name: lb.name });
  if (resolved.protocol !== "TCP" && resolved.protocol !== "TLS") {
    context.report("B544", [...path, "port"], { name: lb.name, port: listener.port, protocol: resolved.protocol ?? "" });
  }
  const targetType = listener.target?.type ?? "ip";
  const expected = spec.networkMode === "awsvpc" ? "ip" : "instance";
  if (targetType !== expected) context.report("B543", [...path, "loadBalancer"], { name: lb.name, port: listener.port, targetType, networkMode: spec.networkMode, expected });
}

/**
 * B531–B534, B540–B544: a service's listener given as `{ loadBalancer, port }` must name a load balancer
 * spec of the same run and one of its listeners, in the service's account, region and VPC (its
 * target group lives there); on an ALB the service adds a rule (priority and condition), on an
 * NLB it registers into the listener's target group.
 */
export const loadBalancerReferences: ProjectRule = (definitions) => {
  const loadBalancers = loadBalancersInRun(definitions);
  const out: Diagnostic[] = [];
  for (const definition of definitions) {
    if (definition.kind !== "service") continue;
    const spec = definition.spec as ParsedService;
    const found = references(spec);
    if (found.length === 0) continue;
    const { context, diagnostics } = createCollector(definition.file);
    for (const reference of found) checkReference(spec, reference, loadBalancers, context);
    out.push(...diagnostics);
  }
  return out;
};
