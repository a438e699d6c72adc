import type { SpecPath } from "../../diagnostics/diagnostic.js";
import { isAccountId, isRegion, parseArn, partitionOf } from "../../spec/aws-formats.js";
import { blueTargetGroupName, codeDeployRoleName, greenTargetGroupName } from "../../spec/deploy-names.js";
import { NAME_LIMITS } from "../../spec/names.js";
import { STRATEGY_FIELDS, type ParsedBlueGreenDeploy } from "../../spec/schema/index.js";
import type { RuleContext } from "../context.js";
import type { ServiceRule } from "./rule.js";
import { loadBalancerAttachments, primaryAttachment } from "../../spec/load-balancers.js";
import { reportNetworkListener } from "./listener-reference.js";

/** CodeDeploy's longest wait (two days): termination wait, and the bound berth puts on canary/linear steps. */
const MAX_MINUTES = 2880;

/** An ALB listener's resource part, as the load balancer rules check it. */
const LISTENER_RESOURCE = /^listener\/app\/[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?\/[0-9a-f]{16}\/[0-9a-f]{16}$/;

/** A Lambda function's resource part, optionally qualified by a version or alias. */
const FUNCTION_RESOURCE = /^function:[A-Za-z0-9_-]{1,64}(?::(?:\$LATEST|[A-Za-z0-9_-]{1,128}))?$/;

/** The spec's own region and account, when valid (the ARN comparisons are skipped otherwise). */
function home(spec: { region: string; account: string }): { region?: string; account?: string } {
  return { ...(isRegion(spec.region) ? { region: spec.region } : {}), ...(isAccountId(spec.account) ? { account: spec.account } : {}) };
}

/** B402/B403 for an ARN whose shape is already fine. */
function checkRegionAndAccount(value: string, path: SpecPath, where: { region?: string; account?: string }, context: RuleContext): void {
  const arn = parseArn(value);
  if (!arn) return;
  if (where.region !== undefined && arn.region !== where.region) context.report("B402", path, { value, found: arn.region, expected: where.region });
  if (where.account !== undefined && arn.account !== where.account) context.report("B403", path, { value, found: arn.account, expected: where.account });
}

/** Why `value` is not an ARN of `service` with a resource matching `resource`; undefined when it is. */
function arnProblem(value: string, service: string, resource: RegExp, region: string | undefined): string | undefined {
  const arn = parseArn(value);
  if (!arn) return "it is not an ARN";
  if (arn.service !== service) return `it names the service "${arn.service}", expected "${service}"`;
  if (!isRegion(arn.region)) return `"${arn.region}" is not a region`;
  if (!isAccountId(arn.account)) return `"${arn.account}" is not a 12-digit account id`;
  if (!resource.test(arn.resource)) return `"${arn.resource}" is not a ${service === "lambda" ? "function:<name>" : "listener/app/<name>/<id>/<id>"} resource`;
  const partition = partitionOf(region ?? arn.region);
  if (arn.partition !== partition) return `partition "${arn.partition}" does not match the region (expected "${partition}")`;
  return undefined;
}

/** B809: fields of another strategy (the schema accepts them only to explain them here). */
export const strategyFields: ServiceRule = (spec, context) => {
  const d = spec.deploy as Record<string, unknown> & { strategy: string };
  const present = (field: string) => d[field] !== undefined;
  const report = (field: string, belongsTo: string) => context.report("B809", ["deploy", field], { field, strategy: d.strategy, belongsTo });
  if (d.strategy === "rolling") {
    for (const field of STRATEGY_FIELDS.blueGreen) if (present(field)) report(field, "blue/green deploys");
    for (const field of new Set([...STRATEGY_FIELDS.canary, ...STRATEGY_FIELDS.linear])) if (present(field)) report(field, "canary and linear deploys");
    return;
  }
  for (const field of STRATEGY_FIELDS.rolling) if (present(field)) report(field, "rolling deploys");
  if (d.strategy !== "canary" && present("waitMinutes")) report("waitMinutes", "canary deploys");
  if (d.strategy !== "linear" && present("intervalMinutes")) report("intervalMinutes", "linear deploys");
  if (d.strategy === "allAtOnce" && present("percent")) report("percent", "canary and linear deploys");
  if (primaryAttachment(spec)?.targetGroupName !== undefined) {
    context.report("B809", [...(loadBalancerAttachments(spec)[0]?.path ?? ["loadBalancer"]), "targetGroupName"], { field: "loadBalancer.targetGroupName", strategy: d.strategy, belongsTo: "rolling deploys" });
  }
};

/** B801/B802: the traffic shape and the termination wait, in the units and ranges CodeDeploy takes. */
function trafficShape(d: ParsedBlueGreenDeploy, context: RuleContext): void {
  const minutes = (field: string, value: number, min: number) => {
    if (!Number.isInteger(value) || value < min || value > MAX_MINUTES) context.report("B802", ["deploy", field], { field, value, min, max: MAX_MINUTES });
  };
  if (d.strategy !== "allAtOnce" && (!Number.isInteger(d.percent) || d.percent < 1 || d.percent > 99)) {
    context.report("B801", ["deploy", "percent"], { value: d.percent, strategy: d.strategy });
  }
  if (d.strategy === "canary") minutes("waitMinutes", d.waitMinutes, 1);
  if (d.strategy === "linear") minutes("intervalMinutes", d.intervalMinutes, 1);
  minutes("terminationWaitMinutes", d.terminationWaitMinutes, 0);
}

/** B804/B805: the two target group names CodeDeploy swaps between. */
function targetGroupNames(spec: Parameters<ServiceRule>[0], context: RuleContext): void {
  const names = { blue: blueTargetGroupName(spec), green: greenTargetGroupName(spec) } as const;
  for (const which of ["blue", "green"] as const) {
    const value = names[which];
    const path: SpecPath = spec.deploy.targetGroups?.[which] !== undefined ? ["deploy", "targetGroups", which] : ["name"];
    if (value.length > NAME_LIMITS.targetGroup) {
      context.report("B804", path, { which, value, reason: `is ${value.length} characters; ELB allows at most ${NAME_LIMITS.targetGroup}` });
    } else if (value.startsWith("-") || value.endsWith("-") || value.startsWith("internal-")) {
      context.report("B804", path, { which, value, reason: 'must not start or end with a hyphen, nor start with "internal-"' });
    }
  }
  if (names.blue === names.green) context.report("B805", ["deploy", "targetGroups"], { value: names.blue });
}

/**
 * B800–B806, B811, B814 and the ARN checks (B401–B403, B502) of a blue/green deploy: what
 * CodeDeploy, ECS or ELB would only reject after part of the stack exists.
 */
export const blueGreenDeploy: ServiceRule = (spec, context) => {
  const d = spec.deploy;
  if (d.strategy === "rolling") return;
  if (!spec.loadBalancer) context.report("B800", ["deploy", "strategy"], { strategy: d.strategy });
  if (spec.scheduling === "DAEMON") context.report("B814", ["deploy", "strategy"], { strategy: d.strategy });
  trafficShape(d, context);
  targetGroupNames(spec, context);
  const where = home(spec);

  const test = d.testTraffic;
  if (test) {
    const path: SpecPath = ["deploy", "testTraffic", "listener"];
    // A listener of a load balancer spec of the run is checked by the project rules (B531–B534).
    if (typeof test.listener === "string" && !reportNetworkListener(test.listener, path, context)) {
      const problem = arnProblem(test.listener, "elasticloadbalancing", LISTENER_RESOURCE, where.region);
      if (problem) {
        context.report("B401", path, { kind: "load balancer listener", value: test.listener, example: "arn:aws:elasticloadbalancing:<region>:<account>:listener/app/<load balancer name>/<16 hex>/<16 hex>", reason: problem });
      } else checkRegionAndAccount(test.listener, path, where, context);
    }
    const production = primaryAttachment(spec)?.listener;
    if (production !== undefined && JSON.stringify(test.listener) === JSON.stringify(production)) context.report("B806", path, {});
    if (test.priority !== undefined && (test.priority < 1 || test.priority > 50000)) context.report("B502", ["deploy", "testTraffic", "priority"], { priority: test.priority });
  }

  const events = [["beforeInstall", "BeforeInstall"], ["afterInstall", "AfterInstall"], ["afterAllowTestTraffic", "AfterAllowTestTraffic"], ["beforeAllowTraffic", "BeforeAllowTraffic"], ["afterAllowTraffic", "AfterAllowTraffic"]] as const;
  for (const [field, event] of events) {
    const value = d.hooks[field];
    if (value === undefined) continue;
    const path: SpecPath = ["deploy", "hooks", field];
    const problem = arnProblem(value, "lambda", FUNCTION_RESOURCE, where.region);
    if (problem) context.report("B803", path, { event, value, reason: problem });
    else checkRegionAndAccount(value, path, where, context);
  }
  if (d.hooks.afterAllowTestTraffic !== undefined && !test) context.report("B811", ["deploy", "hooks", "afterAllowTestTraffic"], {}, "warning");

  // Like the task roles, the CodeDeploy role's name embeds the region (checked once as B405).
  const role = codeDeployRoleName(spec);
  if (isRegion(spec.region) && role.length > NAME_LIMITS.iamRole) context.report("B501", ["name"], { what: "CodeDeploy role name", value: role, max: NAME_LIMITS.iamRole });
};
