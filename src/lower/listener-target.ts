/**
 * Where a service's listener ARNs come from when they name a listener of a `defineLoadBalancer()`
 * spec of the run (`{ loadBalancer, port }`): an import of the load balancer stack's export, so
 * the stacks stay independent. Also the import of that load balancer's security group, the only
 * source the service's own security group then admits.
 */
import type { ImportRef, IngressRule, ListenerArn, StackImport } from "../ir/index.js";
import { providerStem } from "../spec/cluster.js";
import {
  LOAD_BALANCER_OUTPUTS,
  listenerOutputId,
  loadBalancerExportName,
  loadBalancerSecurityGroupName,
  listenerTargetGroupName,
  listenerTargetGroupOutputId,
} from "../spec/load-balancer-facts.js";
import { loadBalancerAttachments } from "../spec/load-balancers.js";
import { isListenerReference, type ListenerReference, type ListenerTarget } from "../spec/schema/index.js";
import type { ParsedAttachment } from "../spec/schema/load-balancer.js";
import type { WorkloadContext } from "./context.js";

/** Id of the import of a referenced listener's ARN, e.g. `PublicWebListener443Arn`. */
function listenerImportId(reference: ListenerReference): string {
  return `${providerStem(reference.loadBalancer)}${listenerOutputId(reference.port)}`;
}

/** Id of the import of a referenced load balancer's security group id. */
function securityGroupImportId(loadBalancer: string): string {
  return `${providerStem(loadBalancer)}${LOAD_BALANCER_OUTPUTS.securityGroup}`;
}

/** A listener field in the IR: the ARN as written, or the import of the referenced listener's ARN. */
export function listenerArnOf(target: ListenerTarget): ListenerArn {
  return isListenerReference(target) ? { import: listenerImportId(target) } : target;
}

/** What {@link isNetworkAttachment} looks at in one load balancer attachment. */
type NetworkAttachmentFields = Pick<ParsedAttachment, "listener" | "priority" | "rules">;

/**
 * True when a load balancer attachment is on an NLB listener of a load balancer spec of the run:
 * a reference without a rule priority or rules (the project rules check that exactly such
 * references name NLB listeners, B540/B541). Its tasks then register into that listener's target
 * group, and the attachment adds no target group or rule of its own.
 */
export function isNetworkAttachment(attachment: NetworkAttachmentFields): boolean {
  const listener = attachment.listener;
  return listener !== undefined && isListenerReference(listener) && attachment.priority === undefined && attachment.rules === undefined;
}

/** Id of the import of an NLB listener's target group ARN. */
function targetGroupImportId(reference: ListenerReference): string {
  return `${providerStem(reference.loadBalancer)}${listenerTargetGroupOutputId(reference.port)}`;
}

/** The import of the NLB listener's target group an attachment registers into, when it is on one. */
export function networkTargetGroupImport(attachment: NetworkAttachmentFields): ImportRef | undefined {
  const listener = attachment.listener;
  if (!isNetworkAttachment(attachment) || listener === undefined || !isListenerReference(listener)) return undefined;
  return { import: targetGroupImportId(listener) };
}

/**
 * The listener references of a service's rules: each ALB attachment's (NLB ones have no rules),
 * then the blue/green test listener.
 */
function ruleReferences(ctx: WorkloadContext): ListenerReference[] {
  const spec = ctx.spec as Partial<{ deploy: { testTraffic?: { listener: ListenerTarget } } }>;
  const production = loadBalancerAttachments(ctx.spec).flatMap((a) => (isNetworkAttachment(a.spec) ? [] : [a.spec.listener]));
  const targets = [...production, spec.deploy?.testTraffic?.listener];
  return targets.filter((t): t is ListenerReference => t !== undefined && isListenerReference(t));
}

/** The load balancer of the run an attachment's listener belongs to, when it names one. */
export function referencedLoadBalancerOf(attachment: Pick<ParsedAttachment, "listener">): string | undefined {
  const listener = attachment.listener;
  return listener !== undefined && isListenerReference(listener) ? listener.loadBalancer : undefined;
}

/** The load balancers of the run the service's attachments name, in spec order without repeats. */
function referencedLoadBalancers(ctx: WorkloadContext): string[] {
  const names = loadBalancerAttachments(ctx.spec).flatMap((a) => referencedLoadBalancerOf(a.spec) ?? []);
  return [...new Set(names)];
}

/**
 * The imports a service needs for its listener references: each listener's ARN and, when berth
 * creates the tasks' security group, the load balancer's security group id.
 */
export function listenerImports(ctx: WorkloadContext): StackImport[] {
  const imports = new Map<string, StackImport>();
  for (const { spec: attachment } of loadBalancerAttachments(ctx.spec)) {
    const target = networkTargetGroupImport(attachment);
    const production = attachment.listener;
    if (!target || production === undefined || !isListenerReference(production)) continue;
    imports.set(target.import, {
      id: target.import,
      description: `ARN of the target group of listener ${production.port} of network load balancer ${production.loadBalancer}, created by its load balancer stack`,
      exportName: loadBalancerExportName({ name: production.loadBalancer }, listenerTargetGroupOutputId(production.port)),
      lookup: { kind: "targetGroupArn", name: listenerTargetGroupName({ name: production.loadBalancer }, production.port) },
    });
  }
  // An NLB listener has no rules: only its target group is needed.
  for (const reference of ruleReferences(ctx)) {
    const id = listenerImportId(reference);
    imports.set(id, {
      id,
      description: `ARN of listener ${reference.port} of load balancer ${reference.loadBalancer}, created by its load balancer stack`,
      exportName: loadBalancerExportName({ name: reference.loadBalancer }, listenerOutputId(reference.port)),
      lookup: { kind: "listenerArn", loadBalancer: reference.loadBalancer, port: reference.port },
    });
  }
  const network = ctx.spec.network;
  // Only a security group berth creates gets the load balancer's group as its source.
  const vpc: string | undefined = network && ctx.spec.networkMode === "awsvpc" && !network.securityGroups ? network.vpc : undefined;
  for (const lb of referencedLoadBalancers(ctx)) {
    if (vpc === undefined) break;
    imports.set(securityGroupImportId(lb), {
      id: securityGroupImportId(lb),
      description: `Security group of load balancer ${lb}, created by its load balancer stack`,
      exportName: loadBalancerExportName({ name: lb }, LOAD_BALANCER_OUTPUTS.securityGroup),
      lookup: { kind: "securityGroupId", name: loadBalancerSecurityGroupName({ name: lb }), vpc },
    });
  }
  return [...imports.values()];
}

/**
 * The ingress rule admitting load balancer `lb`'s security group on a target port: the only
 * ingress of that port when the attachment sits behind a load balancer berth creates.
 */
export function loadBalancerIngress(lb: string, containerPort: number): IngressRule {
  return {
    protocol: "tcp",
    fromPort: containerPort,
    toPort: containerPort,
    source: { securityGroupId: { import: securityGroupImportId(lb) } },
    description: `TCP ${containerPort} from load balancer ${lb}`,
  };
}

/** Joins the imports of several families into the stack's optional `imports` field. */
export function importsField(...groups: readonly (readonly StackImport[])[]): { imports?: readonly StackImport[] } {
  const all = groups.flat();
  return all.length === 0 ? {} : { imports: all };
}
