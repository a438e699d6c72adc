/**
 * Which `defineLoadBalancer()` spec of a run, and which of its listeners, a service's listener
 * reference names. The project rules and the lowering of the referring service both ask here.
 */
import { listenerProtocol, type ListenerProtocol } from "./load-balancer-facts.js";
import type { ListenerReference } from "./schema/listener-reference.js";
import type { ParsedListener, ParsedLoadBalancer } from "./schema/load-balancer-spec.js";

/** A load balancer spec of the run, with the file it came from. */
export interface LoadBalancerInRun {
  readonly spec: ParsedLoadBalancer;
  readonly file: string;
}

/** A definition of the run as far as finding load balancers goes (structurally a `ParsedDefinition`). */
interface RunDefinition {
  readonly kind: string;
  readonly file: string;
  readonly spec: unknown;
}

/** The load balancer specs among a run's definitions, in run order. */
export function loadBalancersInRun(definitions: readonly RunDefinition[]): LoadBalancerInRun[] {
  return definitions.filter((d) => d.kind === "load-balancer").map((d) => ({ spec: d.spec as ParsedLoadBalancer, file: d.file }));
}

/** What a reference resolves to: the load balancer spec, and its listener on the port when there is one. */
export interface ResolvedListener {
  readonly loadBalancer: LoadBalancerInRun;
  readonly listener?: ParsedListener;
  readonly protocol?: ListenerProtocol;
}

/** The load balancer (and listener) a reference names, or undefined when no spec of the run has its name. */
export function resolveListener(reference: ListenerReference, loadBalancers: readonly LoadBalancerInRun[]): ResolvedListener | undefined {
  const loadBalancer = loadBalancers.find((lb) => lb.spec.name === reference.loadBalancer);
  if (!loadBalancer) return undefined;
  const listener = loadBalancer.spec.listeners.find((l) => l.port === reference.port);
  return listener ? { loadBalancer, listener, protocol: listenerProtocol(loadBalancer.spec, listener) } : { loadBalancer };
}
