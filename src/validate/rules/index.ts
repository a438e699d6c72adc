import { accountAndRegion, referencedArns } from "./arns.js";
import { capacityStrategy, daemonService, fargateCompute, fargateScheduling, instanceNetworkFields, sharedNetworkPorts } from "./compute.js";
import { containerDependencies, containerNames, containerPorts, essentialContainer } from "./containers.js";
import { blueGreenDeploy, strategyFields } from "./deploy.js";
import { deploymentAlarms, imageOwnership } from "./deploy-alarms.js";
import { credentialsInEnvironment, secretVersions, variableNames } from "./environment.js";
import { containerReservations, fargateTaskSize } from "./fargate-size.js";
import { listenerRule, loadBalancerTarget, targetHealthCheck } from "./load-balancer.js";
import { logRetention } from "./logging.js";
import { derivedNames } from "./names.js";
import { allowFrom, duplicateNetworkEntries, networkIds, networkPresent } from "./network-ids.js";
import type { ServiceRule } from "./rule.js";
import { scalingBounds, scalingQueue, scalingSchedule, spotArchitecture, stepScalingPolicies } from "./scaling.js";

/**
 * Every semantic rule for services, run in this order. Each rule is independent and reports
 * every problem it finds; the order only groups related findings before the formatter sorts them.
 */
export const SERVICE_RULES: readonly ServiceRule[] = [
  fargateTaskSize,
  containerReservations,
  fargateCompute,
  fargateScheduling,
  capacityStrategy,
  daemonService,
  sharedNetworkPorts,
  instanceNetworkFields,
  networkPresent,
  networkIds,
  allowFrom,
  duplicateNetworkEntries,
  accountAndRegion,
  referencedArns,
  derivedNames,
  listenerRule,
  loadBalancerTarget,
  targetHealthCheck,
  containerNames,
  essentialContainer,
  containerPorts,
  containerDependencies,
  credentialsInEnvironment,
  variableNames,
  secretVersions,
  logRetention,
  scalingBounds,
  scalingQueue,
  scalingSchedule,
  stepScalingPolicies,
  spotArchitecture,
  strategyFields,
  blueGreenDeploy,
  deploymentAlarms,
  imageOwnership,
];
