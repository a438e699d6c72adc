import { accountAndRegion, referencedArns } from "./arns.js";
import { capacityStrategy, daemonService, ec2PublicIp, fargateCompute, fargateScheduling, instanceNetworkFields, sharedNetworkPorts } from "./compute.js";
import { containerDependencies, containerNames, containerPorts, essentialContainer } from "./containers.js";
import { blueGreenDeploy, strategyFields } from "./deploy.js";
import { deploymentAlarms, imageOwnership } from "./deploy-alarms.js";
import { DISCOVERY_RULES } from "./discovery.js";
import { execNeedsWritableContainer } from "./exec.js";
import { credentialsInEnvironment, secretVersions, variableNames } from "./environment.js";
import { containerReservations, fargateTaskSize } from "./fargate-size.js";
import { firelensCloudWatch, firelensConfigFile, firelensOptions, firelensRouting } from "./firelens.js";
import { listenerRule, loadBalancerTarget, targetHealthCheck } from "./load-balancer.js";
import { referencedListenerLimits } from "./listener-reference.js";
import { logRetention } from "./logging.js";
import { derivedNames } from "./names.js";
import { allowFrom, duplicateNetworkEntries, networkIds, networkPresent } from "./network-ids.js";
import type { ServiceRule, WorkloadRule } from "./rule.js";
import { taskNamespaces, taskSize } from "./task-settings.js";
import { awslogsOptions, environmentFiles, fargateRuntime, networkModeRuntime, runtimeLimits } from "./container-runtime.js";
import { daemonEbs, ebsVolumes, efsVolumes, fargateVolumes, volumeReferences } from "./volumes.js";
import { ROLE_RULES, serviceRoleSettings } from "./roles.js";
import { HARDENING_RULES } from "./hardening.js";
import { SECURITY_GROUP_RULES } from "./security-group-rules.js";
import { SERVICE_CONNECT_RULES } from "./service-connect.js";
import { scalingBounds, scalingQueue, scalingSchedule, spotArchitecture, stepScalingPolicies } from "./scaling.js";
import { blueGreenAttachment, loadBalancerAttachmentsRule, primaryAttachmentMetrics } from "./target-groups.js";

/**
 * The rules every workload (service or task) shares: task size, compute, networking, ARNs,
 * names, containers, environment and secrets, logging. Each rule is independent and reports
 * every problem it finds; the order only groups related findings before the formatter sorts them.
 */
export const WORKLOAD_RULES: readonly WorkloadRule[] = [
  taskSize,
  taskNamespaces,
  fargateTaskSize,
  containerReservations,
  fargateCompute,
  capacityStrategy,
  sharedNetworkPorts,
  ec2PublicIp,
  execNeedsWritableContainer,
  networkIds,
  allowFrom,
  duplicateNetworkEntries,
  accountAndRegion,
  referencedArns,
  derivedNames,
  containerNames,
  essentialContainer,
  containerPorts,
  containerDependencies,
  volumeReferences,
  fargateVolumes,
  efsVolumes,
  ebsVolumes,
  fargateRuntime,
  networkModeRuntime,
  runtimeLimits,
  environmentFiles,
  awslogsOptions,
  credentialsInEnvironment,
  variableNames,
  secretVersions,
  logRetention,
  firelensRouting,
  firelensOptions,
  firelensCloudWatch,
  firelensConfigFile,
  ...ROLE_RULES,
  ...HARDENING_RULES,
  ...SECURITY_GROUP_RULES,
];

/** Every semantic rule for services: the shared workload rules, then the service-only ones. */
export const SERVICE_RULES: readonly ServiceRule[] = [
  ...WORKLOAD_RULES,
  fargateScheduling,
  daemonService,
  daemonEbs,
  instanceNetworkFields,
  networkPresent,
  listenerRule,
  loadBalancerTarget,
  targetHealthCheck,
  loadBalancerAttachmentsRule,
  blueGreenAttachment,
  primaryAttachmentMetrics,
  scalingBounds,
  scalingQueue,
  scalingSchedule,
  stepScalingPolicies,
  spotArchitecture,
  strategyFields,
  blueGreenDeploy,
  deploymentAlarms,
  imageOwnership,
  ...DISCOVERY_RULES,
  serviceRoleSettings,
  referencedListenerLimits,
  ...SERVICE_CONNECT_RULES,
];
