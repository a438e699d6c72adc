import { imageTagParameterName } from "../../spec/deploy-names.js";
import type { ServiceRule } from "./rule.js";

/** CodeDeploy's limit on alarms per deployment group. */
const MAX_CODEDEPLOY_ALARMS = 10;

/**
 * B807/B808/B810 and B304: deployment alarms. An empty block would silently watch nothing; a 5xx
 * alarm needs a target group; CodeDeploy takes at most ten alarms; a name listed twice is
 * rejected by both ECS and CodeDeploy.
 */
export const deploymentAlarms: ServiceRule = (spec, context) => {
  const alarms = spec.deploy.alarms;
  if (!alarms) return;
  const created = [alarms.cpuPercent, alarms.memoryPercent, alarms.target5xxPerMinute].filter((v) => v !== undefined).length;
  if (alarms.names.length === 0 && created === 0) context.report("B807", ["deploy", "alarms"], {});
  if (alarms.target5xxPerMinute !== undefined && !spec.loadBalancer) context.report("B808", ["deploy", "alarms", "target5xxPerMinute"], {});
  const seen = new Set<string>();
  alarms.names.forEach((name, i) => {
    if (seen.has(name)) context.report("B304", ["deploy", "alarms", "names", i], { value: name });
    seen.add(name);
  });
  if (spec.deploy.strategy === "rolling") return;
  // Blue/green watches one 5xx alarm per target group.
  const count = seen.size + created + (alarms.target5xxPerMinute !== undefined ? 1 : 0);
  if (count > MAX_CODEDEPLOY_ALARMS) context.report("B810", ["deploy", "alarms"], { count, max: MAX_CODEDEPLOY_ALARMS });
};

/** B812/B813: the SSM parameter of a CI-owned image tag. */
export const imageOwnership: ServiceRule = (spec, context) => {
  const { imageOwner, imageTagParameter } = spec.deploy;
  if (imageOwner === "stack") {
    if (imageTagParameter !== undefined) context.report("B813", ["deploy", "imageTagParameter"], {}, "warning");
    return;
  }
  const name = imageTagParameterName(spec);
  if (!/^(?:\/[A-Za-z0-9_.-]+)+$/.test(name) || name.length > 1011) {
    context.report("B812", imageTagParameter === undefined ? ["name"] : ["deploy", "imageTagParameter"], { value: name });
  }
};
