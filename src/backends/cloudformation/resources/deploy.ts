import type { CodeDeployApplicationResource, CodeDeployConfigResource, CodeDeployGroupResource, ListenerArn } from "../../../ir/index.js";
import type { References } from "../attributes.js";
import { cfnTags, type CfnObject, type CfnResource } from "../values.js";

/** `codeDeployApplication` → `AWS::CodeDeploy::Application` for ECS. */
export function codeDeployApplicationResource(app: CodeDeployApplicationResource): CfnResource {
  return {
    Type: "AWS::CodeDeploy::Application",
    Properties: { ApplicationName: app.name, ComputePlatform: app.computePlatform, Tags: cfnTags(app.tags) },
  };
}

/**
 * `codeDeployConfig` → `AWS::CodeDeploy::DeploymentConfig` with a time-based traffic shape.
 * Every property is create-only; the IR's name changes with the shape, so a new shape is a new
 * resource rather than a failed update of a named one.
 */
export function codeDeployConfigResource(config: CodeDeployConfigResource): CfnResource {
  const routing = config.trafficRouting;
  const shape: CfnObject =
    routing.type === "TimeBasedCanary"
      ? { TimeBasedCanary: { CanaryPercentage: routing.percentage, CanaryInterval: routing.intervalMinutes } }
      : { TimeBasedLinear: { LinearPercentage: routing.percentage, LinearInterval: routing.intervalMinutes } };
  return {
    Type: "AWS::CodeDeploy::DeploymentConfig",
    Properties: {
      DeploymentConfigName: config.name,
      ComputePlatform: config.computePlatform,
      TrafficRoutingConfig: { Type: routing.type, ...shape },
    },
  };
}

/**
 * `codeDeployGroup` → `AWS::CodeDeploy::DeploymentGroup` (blue/green with traffic control).
 *
 * The group is managed directly rather than through the `AWS::CodeDeploy::BlueGreen` hook: the
 * hook needs the production listener as a logical id of the same template (berth attaches to an
 * existing, shared listener), deploys through task sets instead of the CODE_DEPLOY controller,
 * and turns every stack update that touches the task definition into a deployment run by
 * CloudFormation itself. Here CloudFormation creates the group and CodeDeploy deployments are
 * started by the pipeline with the generated appspec.yaml.
 */
export function codeDeployGroupResource(group: CodeDeployGroupResource, refs: References): CfnResource {
  const [blue, green] = group.targetGroups;
  const route = (arn: ListenerArn) => ({ ListenerArns: [refs.literalOrImport(arn)] });
  return {
    Type: "AWS::CodeDeploy::DeploymentGroup",
    Properties: {
      ApplicationName: refs.attribute({ resource: group.application, attribute: "name" }, "codeDeployApplication"),
      DeploymentGroupName: group.name,
      ServiceRoleArn: refs.attribute({ resource: group.serviceRole, attribute: "arn" }, "role"),
      DeploymentConfigName: refs.value(group.deploymentConfig),
      DeploymentStyle: { DeploymentType: "BLUE_GREEN", DeploymentOption: "WITH_TRAFFIC_CONTROL" },
      BlueGreenDeploymentConfiguration: {
        TerminateBlueInstancesOnDeploymentSuccess: { Action: "TERMINATE", TerminationWaitTimeInMinutes: group.terminationWaitMinutes },
      },
      ECSServices: [
        {
          ClusterName: group.ecsService.clusterName,
          ServiceName: refs.attribute({ resource: group.ecsService.service, attribute: "name" }, "service"),
        },
      ],
      LoadBalancerInfo: {
        TargetGroupPairInfoList: [
          {
            TargetGroups: [
              { Name: refs.attribute({ resource: blue, attribute: "name" }, "targetGroup") },
              { Name: refs.attribute({ resource: green, attribute: "name" }, "targetGroup") },
            ],
            ProdTrafficRoute: route(group.productionListenerArn),
            TestTrafficRoute: group.testListenerArn === undefined ? undefined : route(group.testListenerArn),
          },
        ],
      },
      AutoRollbackConfiguration: { Enabled: true, Events: [...group.autoRollbackEvents] },
      AlarmConfiguration:
        group.alarms.length === 0
          ? undefined
          : { Enabled: true, IgnorePollAlarmFailure: false, Alarms: group.alarms.map((name) => ({ Name: refs.value(name) })) },
      Tags: cfnTags(group.tags),
    },
  };
}
