/**
 * Names berth derives for a service's deployment resources. Validation checks them against AWS
 * limits and lowering uses the very same builders, so a name that passed validation is the name
 * that gets deployed (as spec/names.ts does for the other families).
 */

/** The parts of a service spec that deployment names depend on. */
export interface DeployNamed {
  readonly name: string;
  readonly region: string;
  readonly deploy: {
    readonly strategy: string;
    readonly percent?: unknown;
    readonly waitMinutes?: unknown;
    readonly intervalMinutes?: unknown;
    readonly targetGroups?: { readonly blue?: string | undefined; readonly green?: string | undefined } | undefined;
    readonly imageTagParameter?: string | undefined;
  };
}

/** CodeDeploy's limit on application, deployment group and deployment config names. */
export const CODEDEPLOY_NAME_MAX = 100;

/** The blue target group (production traffic at creation): `targetGroups.blue` or `<name>-blue`. */
export function blueTargetGroupName(service: DeployNamed): string {
  return service.deploy.targetGroups?.blue ?? `${service.name}-blue`;
}

/** The green target group (replacement tasks): `targetGroups.green` or `<name>-green`. */
export function greenTargetGroupName(service: DeployNamed): string {
  return service.deploy.targetGroups?.green ?? `${service.name}-green`;
}

/** The CodeDeploy application, named as in the ECS guide's CLI example (`my-api-app`). */
export function codeDeployApplicationName(service: DeployNamed): string {
  return `${service.name}-app`;
}

/** The CodeDeploy deployment group (`my-api-dg`, as in the guide). */
export function codeDeployGroupName(service: DeployNamed): string {
  return `${service.name}-dg`;
}

/**
 * A custom deployment config's name. Deployment configs cannot be changed, only replaced, so the
 * name spells out the traffic shape: a new percent or interval is a new name, which lets both
 * engines create the new config before the old one is dropped.
 */
export function customDeploymentConfigName(service: DeployNamed): string {
  const d = service.deploy;
  if (d.strategy === "canary") return `${service.name}-canary-${String(d.percent)}pct-${String(d.waitMinutes)}min`;
  return `${service.name}-linear-${String(d.percent)}pct-every-${String(d.intervalMinutes)}min`;
}

/** The CodeDeploy service role; regional like the task roles, since IAM names are global. */
export function codeDeployRoleName(service: DeployNamed): string {
  return `${service.name}-${service.region}-codedeploy`;
}

/** The SSM parameter holding a CI-owned image tag: `imageTagParameter` or `/berth/<name>/image-tag`. */
export function imageTagParameterName(service: DeployNamed): string {
  return service.deploy.imageTagParameter ?? `/berth/${service.name}/image-tag`;
}

/** Name of a deployment alarm berth creates, e.g. `my-api-deploy-cpu`. */
export function deploymentAlarmName(service: DeployNamed, metric: "cpu" | "memory" | "5xx" | "blue-5xx" | "green-5xx"): string {
  return `${service.name}-deploy-${metric}`;
}
