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
import { isListenerReference, type ListenerReference, type ListenerTarget } from "../spec/schema/index.js";
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

/**
 * True when the service attaches to an NLB listener of a load balancer spec of the run: a
 * reference without a rule priority (the project rules check that exactly such references name
 * NLB listeners, B540/B541). It then registers into that listener's target group, and adds no
 * target group or rule of its own.
 */
export function isNetworkAttachment(spec: { readonly loadBalancer?: { readonly listener: ListenerTarget; readonly priority?: number | undefined } | undefined }): boolean {
  const lb = spec.loadBalancer;
  return lb !== undefined && isListenerReference(lb.listener) && lb.priority === undefined;
}

/** Id of the import of an NLB listener's target group ARN. */
function targetGroupImportId(reference: ListenerReference): string {
  return `${providerStem(reference.loadBalancer)}${listenerTargetGroupOutputId(reference.port)}`;
}

/** The import of the NLB listener's target group the service registers into, when it attaches to one. */
export function networkTargetGroupImport(ctx: WorkloadContext): ImportRef | undefined {
  const listener = ctx.spec.loadBalancer?.listener;
  if (!isNetworkAttachment(ctx.spec) || listener === undefined || !isListenerReference(listener)) return undefined;
  return { import: targetGroupImportId(listener) };
}

/** The listener references of a service: production first, then the blue/green test listener. */
function references(ctx: WorkloadContext): ListenerReference[] {
  const spec = ctx.spec as Partial<{ loadBalancer: { listener: ListenerTarget }; deploy: { testTraffic?: { listener: ListenerTarget } } }>;
  const targets = [spec.loadBalancer?.listener, spec.deploy?.testTraffic?.listener];
  return targets.filter((t): t is ListenerReference => t !== undefined && isListenerReference(t));
}

/** The load balancer of the run the service's production listener belongs to, when it names one. */
export function referencedLoadBalancer(ctx: WorkloadContext): string | undefined {
  return references(ctx)[0]?.loadBalancer;
}

/**
 * The imports a service needs for its listener references: each listener's ARN and, when berth
 * creates the tasks' security group, the load balancer's security group id.
 */
export function listenerImports(ctx: WorkloadContext): StackImport[] {
  const imports = new Map<string, StackImport>();
  const target = networkTargetGroupImport(ctx);
  const production = ctx.spec.loadBalancer?.listener;
  if (target && production !== undefined && isListenerReference(production)) {
    imports.set(target.import, {
      id: target.import,
      description: `ARN of the target group of listener ${production.port} of network load balancer ${production.loadBalancer}, created by its load balancer stack`,
      exportName: loadBalancerExportName({ name: production.loadBalancer }, listenerTargetGroupOutputId(production.port)),
      lookup: { kind: "targetGroupArn", name: listenerTargetGroupName({ name: production.loadBalancer }, production.port) },
    });
  }
  // An NLB listener has no rules: only its target group is needed.
  for (const reference of target ? [] : references(ctx)) {
    const id = listenerImportId(reference);
    imports.set(id, {
      id,
      description: `ARN of listener ${reference.port} of load balancer ${reference.loadBalancer}, created by its load balancer stack`,
      exportName: loadBalancerExportName({ name: reference.loadBalancer }, listenerOutputId(reference.port)),
      lookup: { kind: "listenerArn", loadBalancer: reference.loadBalancer, port: reference.port },
    });
  }
  const lb = referencedLoadBalancer(ctx);
  const network = ctx.spec.network;
  if (lb !== undefined && network && ctx.spec.networkMode === "awsvpc" && !network.securityGroups) {
    imports.set(securityGroupImportId(lb), {
      id: securityGroupImportId(lb),
      description: `Security group of load balancer ${lb}, created by its load balancer stack`,
      exportName: loadBalancerExportName({ name: lb }, LOAD_BALANCER_OUTPUTS.securityGroup),
      lookup: { kind: "securityGroupId", name: loadBalancerSecurityGroupName({ name: lb }), vpc: network.vpc },
    });
  }
  return [...imports.values()];
}

/**
 * The ingress rule admitting the referenced load balancer's security group on the target port:
 * the only ingress of the tasks' group when the service sits behind a load balancer berth creates.
 */
export function loadBalancerIngress(ctx: WorkloadContext, containerPort: number): IngressRule | undefined {
  const lb = referencedLoadBalancer(ctx);
  if (lb === undefined) return undefined;
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
