import type { ResourceChange } from "./compare.js";
import { canonical, referencedIds, type Json, type TemplateResource, type TemplateResources } from "./template.js";

/** What an ECS stack update does to running services, beyond the resource actions. */
export type Impact =
  /** A new task definition revision that the service rolls out with ECS's rolling deployment. */
  | { readonly kind: "rolling-deployment"; readonly service: string; readonly taskDefinition: string; readonly minimumHealthyPercent?: number; readonly maximumPercent?: number }
  /** A new revision of a blue/green service: running tasks keep the old one until a CodeDeploy deployment. */
  | { readonly kind: "codedeploy-deployment"; readonly service: string; readonly taskDefinition: string }
  /** A new revision no service runs (a scheduled or one-off task): the next run uses it. */
  | { readonly kind: "new-revision"; readonly taskDefinition: string }
  /** The service's desired count is set to the template's, whatever it runs now. */
  | { readonly kind: "desired-count-reset"; readonly service: string; readonly from?: number; readonly to: number }
  /** The template leaves the count to Application Auto Scaling: the running count is kept. */
  | { readonly kind: "desired-count-kept"; readonly service: string; readonly from?: number }
  /** A listener rule CodeDeploy may have shifted is updated: CloudFormation resets its forward to the template's. */
  | { readonly kind: "listener-rule-hazard"; readonly rule: string; readonly deploymentGroup: string };

/** Impacts of deploying `after` over `before`, in a stable order (resource order, then kind). */
export function impactsOf(before: TemplateResources, after: TemplateResources, changes: readonly ResourceChange[]): Impact[] {
  const byId = new Map(changes.map((c) => [c.logicalId, c]));
  const impacts: Impact[] = [];
  for (const change of changes) {
    if (change.type === "AWS::ECS::TaskDefinition" && change.action === "replaced") impacts.push(...revisionImpacts(after, change.logicalId));
  }
  for (const service of ofType(after, "AWS::ECS::Service")) {
    const old = before.get(service.logicalId);
    if (old && byId.has(service.logicalId)) impacts.push(...countImpacts(old, service, after));
  }
  for (const group of ofType(after, "AWS::CodeDeploy::DeploymentGroup")) {
    const shifted = referencedIds(group.properties as Json);
    for (const rule of ofType(before, "AWS::ElasticLoadBalancingV2::ListenerRule")) {
      const change = byId.get(rule.logicalId);
      if (!change || change.action === "added") continue;
      // CodeDeploy owns the forward of rules that send traffic to its blue/green target groups.
      const forwards = [...referencedIds(rule.properties.Actions)].filter((id) => shifted.has(id));
      if (forwards.length > 0) impacts.push({ kind: "listener-rule-hazard", rule: rule.logicalId, deploymentGroup: group.logicalId });
    }
  }
  return impacts;
}

function ofType(resources: TemplateResources, type: string): TemplateResource[] {
  return [...resources.values()].filter((r) => r.type === type);
}

/** Services that run `taskDefinition`: by `Ref`, or by family name (blue/green services name the family). */
function revisionImpacts(after: TemplateResources, taskDefinition: string): Impact[] {
  const family = after.get(taskDefinition)?.properties.Family;
  const services = ofType(after, "AWS::ECS::Service").filter((service) => {
    const value = service.properties.TaskDefinition;
    return referencedIds(value).has(taskDefinition) || (typeof family === "string" && value === family);
  });
  if (services.length === 0) return [{ kind: "new-revision", taskDefinition }];
  return services.map((service): Impact => {
    const controller = (service.properties.DeploymentController as { Type?: Json } | undefined)?.Type;
    if (controller === "CODE_DEPLOY") return { kind: "codedeploy-deployment", service: service.logicalId, taskDefinition };
    const config = service.properties.DeploymentConfiguration as { MinimumHealthyPercent?: Json; MaximumPercent?: Json } | undefined;
    return {
      kind: "rolling-deployment",
      service: service.logicalId,
      taskDefinition,
      ...(typeof config?.MinimumHealthyPercent === "number" ? { minimumHealthyPercent: config.MinimumHealthyPercent } : {}),
      ...(typeof config?.MaximumPercent === "number" ? { maximumPercent: config.MaximumPercent } : {}),
    };
  });
}

/**
 * ECS sets the running count to the template's DesiredCount on every update that carries a
 * changed one; a template without DesiredCount (berth's, whenever Application Auto Scaling
 * manages the service) leaves the running count alone.
 */
function countImpacts(old: TemplateResource, next: TemplateResource, after: TemplateResources): Impact[] {
  const from = old.properties.DesiredCount;
  const to = next.properties.DesiredCount;
  const fromCount = typeof from === "number" ? { from } : {};
  if (typeof to === "number") return canonical(from) === canonical(to) ? [] : [{ kind: "desired-count-reset", service: next.logicalId, ...fromCount, to }];
  const scaled = ofType(after, "AWS::ApplicationAutoScaling::ScalableTarget").some((t) => t.properties.ScalableDimension === "ecs:service:DesiredCount");
  return scaled && from !== undefined ? [{ kind: "desired-count-kept", service: next.logicalId, ...fromCount }] : [];
}
