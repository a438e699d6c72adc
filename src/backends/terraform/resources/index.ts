import type { Resource, ResourceKind } from "../../../ir/index.js";
import type { EmitContext, KindEmitter } from "../context.js";
import { escapeLiterals } from "../names.js";
import { alarmEmitter } from "./alarms.js";
import { capacityProviderEmitter, clusterCapacityProvidersEmitter, clusterEmitter } from "./cluster.js";
import { codeDeployApplicationEmitter, codeDeployConfigEmitter, codeDeployGroupEmitter } from "./deploy.js";
import { discoveryServiceEmitter, privateDnsNamespaceEmitter } from "./discovery.js";
import { roleEmitter } from "./iam.js";
import { autoScalingGroupEmitter, instanceProfileEmitter, launchTemplateEmitter } from "./instances.js";
import { listenerRuleEmitter, targetGroupEmitter } from "./load-balancer.js";
import { logGroupEmitter } from "./logs.js";
import { scalableTargetEmitter, scalingPolicyEmitter } from "./scaling.js";
import { scheduleEmitter, scheduleRuleEmitter } from "./schedule.js";
import { securityGroupEmitter } from "./network.js";
import { serviceEmitter } from "./service.js";
import { taskDefinitionEmitter } from "./task.js";

/**
 * One emitter per IR kind. The mapped type makes this exhaustive: a new kind in the IR is a
 * compile error here until its family file exists.
 */
export const EMITTERS: { readonly [K in ResourceKind]: KindEmitter<Extract<Resource, { kind: K }>> } = {
  logGroup: logGroupEmitter,
  role: roleEmitter,
  securityGroup: securityGroupEmitter,
  targetGroup: targetGroupEmitter,
  listenerRule: listenerRuleEmitter,
  taskDefinition: taskDefinitionEmitter,
  service: serviceEmitter,
  alarm: alarmEmitter,
  codeDeployApplication: codeDeployApplicationEmitter,
  codeDeployConfig: codeDeployConfigEmitter,
  codeDeployGroup: codeDeployGroupEmitter,
  scalableTarget: scalableTargetEmitter,
  scalingPolicy: scalingPolicyEmitter,
  schedule: scheduleEmitter,
  scheduleRule: scheduleRuleEmitter,
  cluster: clusterEmitter,
  clusterCapacityProviders: clusterCapacityProvidersEmitter,
  capacityProvider: capacityProviderEmitter,
  launchTemplate: launchTemplateEmitter,
  autoScalingGroup: autoScalingGroupEmitter,
  instanceProfile: instanceProfileEmitter,
  discoveryService: discoveryServiceEmitter,
  privateDnsNamespace: privateDnsNamespaceEmitter,
};

/**
 * Emits one IR resource and registers its primary Terraform resource for references. Literals
 * are template-escaped first, in one place, so no family can forget it.
 */
export function emitResource(resource: Resource, ctx: EmitContext): void {
  const escaped = escapeLiterals(resource);
  // TypeScript cannot correlate `EMITTERS[kind]` with the narrowed resource; the mapped type
  // above guarantees the pairing.
  const emitter = EMITTERS[escaped.kind] as KindEmitter<Resource>;
  const construct = emitter.emit(escaped, ctx);
  ctx.register(resource.id, resource.kind, construct, emitter.attributes);
}
