/**
 * Where a service's listener ARNs come from when they name a listener of a `defineLoadBalancer()`
 * spec of the run (`{ loadBalancer, port }`): an import of the load balancer stack's export, so
 * the stacks stay independent. Also the import of that load balancer's security group, the only
 * source the service's own security group then admits.
 */
import type { IngressRule, ListenerArn, StackImport } from "../ir/index.js";
import { providerStem } from "../spec/cluster.js";
import {
  LOAD_BALANCER_OUTPUTS,
  listenerOutputId,
  loadBalancerExportName,
  loadBalancerSecurityGroupName,
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
  for (const reference of references(ctx)) {
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
