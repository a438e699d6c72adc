import type { ParsedBlueGreenDeploy, ParsedService } from "../spec/schema/index.js";

/**
 * Logical ids of the deployment family's resources. Stable: changing one replaces the resource.
 * Kept apart from lower/deploy.ts so the load balancer and service families can ask for the
 * blue/green ids without importing the family that builds on them.
 */
export const DEPLOY_IDS = {
  blueTargetGroup: "BlueTargetGroup",
  greenTargetGroup: "GreenTargetGroup",
  testListenerRule: "TestListenerRule",
  codeDeployRole: "CodeDeployRole",
  codeDeployApplication: "CodeDeployApplication",
  codeDeployConfig: "CodeDeployConfig",
  codeDeployGroup: "CodeDeployDeploymentGroup",
  cpuAlarm: "DeployCpuAlarm",
  memoryAlarm: "DeployMemoryAlarm",
  target5xxAlarm: "DeployTarget5xxAlarm",
  blue5xxAlarm: "DeployBlue5xxAlarm",
  green5xxAlarm: "DeployGreen5xxAlarm",
} as const;

/** The parsed `deploy` of a blue/green service. */
export type BlueGreenSpec = ParsedService & { readonly deploy: ParsedBlueGreenDeploy };

/** True when CodeDeploy rolls the service out (canary, linear or all at once). */
export function isBlueGreen(spec: ParsedService): spec is BlueGreenSpec {
  return spec.deploy.strategy !== "rolling";
}
