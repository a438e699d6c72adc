import type { Resource, ResourceKind } from "../../../ir/index.js";
import type { EmitContext, KindEmitter } from "../context.js";
import { escapeLiterals } from "../names.js";

/** Loads the emitter of one IR kind (its family module, with the provider classes it uses). */
type EmitterLoader<K extends ResourceKind> = () => Promise<KindEmitter<Extract<Resource, { kind: K }>>>;

/**
 * One emitter loader per IR kind. The mapped type makes this exhaustive: a new kind in the IR is
 * a compile error here until its family file exists. Each family is imported on demand, so a
 * run loads only the provider classes its stacks use (each costs start-up time; the CLI bundle
 * turns every family into its own chunk).
 */
const EMITTER_LOADERS: { readonly [K in ResourceKind]: EmitterLoader<K> } = {
  logGroup: async () => (await import("./logs.js")).logGroupEmitter,
  role: async () => (await import("./iam.js")).roleEmitter,
  securityGroup: async () => (await import("./network.js")).securityGroupEmitter,
  targetGroup: async () => (await import("./load-balancer.js")).targetGroupEmitter,
  listenerRule: async () => (await import("./load-balancer.js")).listenerRuleEmitter,
  taskDefinition: async () => (await import("./task.js")).taskDefinitionEmitter,
  service: async () => (await import("./service.js")).serviceEmitter,
  alarm: async () => (await import("./alarms.js")).alarmEmitter,
  codeDeployApplication: async () => (await import("./deploy.js")).codeDeployApplicationEmitter,
  codeDeployConfig: async () => (await import("./deploy.js")).codeDeployConfigEmitter,
  codeDeployGroup: async () => (await import("./deploy.js")).codeDeployGroupEmitter,
  scalableTarget: async () => (await import("./scaling.js")).scalableTargetEmitter,
  scalingPolicy: async () => (await import("./scaling.js")).scalingPolicyEmitter,
  schedule: async () => (await import("./schedule.js")).scheduleEmitter,
  scheduleRule: async () => (await import("./schedule.js")).scheduleRuleEmitter,
  cluster: async () => (await import("./cluster.js")).clusterEmitter,
  clusterCapacityProviders: async () => (await import("./cluster.js")).clusterCapacityProvidersEmitter,
  capacityProvider: async () => (await import("./cluster.js")).capacityProviderEmitter,
  launchTemplate: async () => (await import("./instances.js")).launchTemplateEmitter,
  autoScalingGroup: async () => (await import("./instances.js")).autoScalingGroupEmitter,
  instanceProfile: async () => (await import("./instances.js")).instanceProfileEmitter,
  discoveryService: async () => (await import("./discovery.js")).discoveryServiceEmitter,
  privateDnsNamespace: async () => (await import("./discovery.js")).privateDnsNamespaceEmitter,
  loadBalancer: async () => (await import("./load-balancer-stack.js")).loadBalancerEmitter,
  listener: async () => (await import("./load-balancer-stack.js")).listenerEmitter,
  listenerCertificate: async () => (await import("./load-balancer-stack.js")).listenerCertificateEmitter,
  networkTargetGroup: async () => (await import("./load-balancer-stack.js")).networkTargetGroupEmitter,
  dnsAliasRecord: async () => (await import("./load-balancer-stack.js")).dnsAliasRecordEmitter,
};

/** The emitters a stack needs, by kind: what emitResource gets. */
export type Emitters = Partial<Record<ResourceKind, KindEmitter<Resource>>>;

/** Loads the emitters of every kind among `resources` (each family module once per process). */
export async function loadEmitters(resources: readonly Resource[]): Promise<Emitters> {
  const kinds = [...new Set(resources.map((r) => r.kind))];
  // TypeScript cannot correlate EMITTER_LOADERS[kind] with the kind; the mapped type guarantees it.
  const loaded = await Promise.all(kinds.map((kind) => (EMITTER_LOADERS[kind] as () => Promise<KindEmitter<Resource>>)()));
  return Object.fromEntries(kinds.map((kind, index) => [kind, loaded[index]]));
}

/**
 * Emits one IR resource and registers its primary Terraform resource for references. Literals
 * are template-escaped first, in one place, so no family can forget it.
 */
export function emitResource(resource: Resource, ctx: EmitContext, emitters: Emitters): void {
  const escaped = escapeLiterals(resource);
  const emitter = emitters[escaped.kind];
  if (emitter === undefined) throw new Error(`berth bug: no emitter loaded for ${escaped.kind}`);
  const construct = emitter.emit(escaped, ctx);
  ctx.register(resource.id, resource.kind, construct, emitter.attributes);
}
