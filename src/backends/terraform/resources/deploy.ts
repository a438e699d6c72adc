import { CodedeployApp } from "@cdktf/provider-aws/lib/codedeploy-app/index.js";
import { CodedeployDeploymentConfig } from "@cdktf/provider-aws/lib/codedeploy-deployment-config/index.js";
import { CodedeployDeploymentGroup } from "@cdktf/provider-aws/lib/codedeploy-deployment-group/index.js";
import type { CodeDeployApplicationResource, CodeDeployConfigResource, CodeDeployGroupResource } from "../../../ir/index.js";
import type { KindEmitter } from "../context.js";
import { primaryName } from "../names.js";
import { tagsArgument } from "./tags.js";

/** `codeDeployApplication` → `aws_codedeploy_app` for ECS. */
export const codeDeployApplicationEmitter: KindEmitter<CodeDeployApplicationResource> = {
  attributes: { name: "name", arn: "arn", id: "id" },
  emit(app, ctx) {
    return ctx.create(CodedeployApp, primaryName(app.id), { name: app.name, computePlatform: app.computePlatform, ...tagsArgument(app.tags) });
  },
};

/**
 * `codeDeployConfig` → `aws_codedeploy_deployment_config`. Every argument forces replacement,
 * and CodeDeploy refuses to delete a config a deployment group still uses: created before the
 * old one is destroyed, the group switches to the new config first (the IR names the config
 * after its shape, so old and new never share a name).
 */
export const codeDeployConfigEmitter: KindEmitter<CodeDeployConfigResource> = {
  attributes: { name: "deployment_config_name", id: "id" },
  emit(config, ctx) {
    const routing = config.trafficRouting;
    const step = { percentage: routing.percentage, interval: routing.intervalMinutes };
    return ctx.create(CodedeployDeploymentConfig, primaryName(config.id), {
      deploymentConfigName: config.name,
      computePlatform: config.computePlatform,
      trafficRoutingConfig: {
        type: routing.type,
        ...(routing.type === "TimeBasedCanary" ? { timeBasedCanary: step } : { timeBasedLinear: step }),
      },
      lifecycle: { createBeforeDestroy: true },
    });
  },
};

/** `codeDeployGroup` → `aws_codedeploy_deployment_group` (blue/green with traffic control). */
export const codeDeployGroupEmitter: KindEmitter<CodeDeployGroupResource> = {
  attributes: { name: "deployment_group_name", arn: "arn", id: "id" },
  emit(group, ctx) {
    const [blue, green] = group.targetGroups;
    return ctx.create(CodedeployDeploymentGroup, primaryName(group.id), {
      appName: ctx.ref({ resource: group.application, attribute: "name" }),
      deploymentGroupName: group.name,
      serviceRoleArn: ctx.ref({ resource: group.serviceRole, attribute: "arn" }),
      deploymentConfigName: ctx.value(group.deploymentConfig),
      deploymentStyle: { deploymentType: "BLUE_GREEN", deploymentOption: "WITH_TRAFFIC_CONTROL" },
      blueGreenDeploymentConfig: {
        terminateBlueInstancesOnDeploymentSuccess: { action: "TERMINATE", terminationWaitTimeInMinutes: group.terminationWaitMinutes },
      },
      ecsService: { clusterName: group.ecsService.clusterName, serviceName: ctx.ref({ resource: group.ecsService.service, attribute: "name" }) },
      loadBalancerInfo: {
        targetGroupPairInfo: {
          targetGroup: [{ name: ctx.ref({ resource: blue, attribute: "name" }) }, { name: ctx.ref({ resource: green, attribute: "name" }) }],
          prodTrafficRoute: { listenerArns: [ctx.literalOrImport(group.productionListenerArn)] },
          ...(group.testListenerArn === undefined ? {} : { testTrafficRoute: { listenerArns: [ctx.literalOrImport(group.testListenerArn)] } }),
        },
      },
      autoRollbackConfiguration: { enabled: true, events: [...group.autoRollbackEvents] },
      ...(group.alarms.length === 0
        ? {}
        : { alarmConfiguration: { enabled: true, ignorePollAlarmFailure: false, alarms: group.alarms.map((name) => ctx.value(name)) } }),
      ...tagsArgument(group.tags),
    });
  },
};
