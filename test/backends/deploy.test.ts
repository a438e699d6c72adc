import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { CFN_SCHEMA, GetAtt, Ref } from "../../src/backends/cloudformation/intrinsics.js";
import { compile } from "../../src/compile.js";
import { importSpecs } from "../support/specs.js";

type Body = Record<string, unknown>;
interface Cfn {
  Parameters: Record<string, Body>;
  Resources: Record<string, { Type: string; DependsOn?: string[]; Properties: Body }>;
}
interface Tf {
  variable: Record<string, Body>;
  data?: Record<string, Record<string, Body>>;
  resource: Record<string, Record<string, Body>>;
}

/** Both renderings of one example, parsed. */
async function generated(name: string): Promise<{ cfn: Cfn; tf: Tf }> {
  const result = await compile(await importSpecs([`specs/${name}.ts`]), { targets: ["cloudformation", "terraform"], hcl: false });
  expect(result.diagnostics).toEqual([]);
  const file = (path: string) => result.files.find((f) => f.path === `${name}/${path}`)?.contents ?? "";
  return { cfn: yaml.load(file("cloudformation/template.yaml"), { schema: CFN_SCHEMA }) as Cfn, tf: JSON.parse(file("terraform/main.tf.json")) as Tf };
}

const ofType = (cfn: Cfn, type: string) => Object.entries(cfn.Resources).filter(([, r]) => r.Type === type);

describe("the canary example, as a reviewer reads it", async () => {
  const { cfn, tf } = await generated("canary-api");

  it("CloudFormation: application, deployment group with both target groups and listeners, predefined config, auto rollback, CODE_DEPLOY service", () => {
    const apps = ofType(cfn, "AWS::CodeDeploy::Application");
    expect(apps.map(([id]) => id)).toEqual(["CodeDeployApplication"]);
    expect(apps[0]?.[1].Properties).toMatchObject({ ApplicationName: "canary-api-app", ComputePlatform: "ECS" });

    const groups = ofType(cfn, "AWS::CodeDeploy::DeploymentGroup");
    expect(groups).toHaveLength(1);
    const group = groups[0]![1].Properties;
    expect(group["ApplicationName"]).toEqual(new Ref("CodeDeployApplication"));
    expect(group["DeploymentConfigName"]).toBe("CodeDeployDefault.ECSCanary10Percent5Minutes");
    expect(group["DeploymentStyle"]).toEqual({ DeploymentOption: "WITH_TRAFFIC_CONTROL", DeploymentType: "BLUE_GREEN" });
    expect(group["ECSServices"]).toEqual([{ ClusterName: "prod-cluster", ServiceName: new GetAtt("Service", "Name") }]);
    expect(group["LoadBalancerInfo"]).toEqual({
      TargetGroupPairInfoList: [
        {
          TargetGroups: [{ Name: new GetAtt("BlueTargetGroup", "TargetGroupName") }, { Name: new GetAtt("GreenTargetGroup", "TargetGroupName") }],
          ProdTrafficRoute: { ListenerArns: ["arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/prod/50dc6c495c0c9188/f2f7dc8efc522ab2"] },
          TestTrafficRoute: { ListenerArns: ["arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/prod/50dc6c495c0c9188/8e1f2a3b4c5d6e7f"] },
        },
      ],
    });
    expect(group["AutoRollbackConfiguration"]).toEqual({ Enabled: true, Events: ["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM"] });
    expect(group["AlarmConfiguration"]).toMatchObject({ Enabled: true, Alarms: [{ Name: new Ref("DeployBlue5xxAlarm") }, { Name: new Ref("DeployGreen5xxAlarm") }] });
    expect(group["BlueGreenDeploymentConfiguration"]).toEqual({ TerminateBlueInstancesOnDeploymentSuccess: { Action: "TERMINATE", TerminationWaitTimeInMinutes: 5 } });
    // A predefined config: the stack creates none.
    expect(ofType(cfn, "AWS::CodeDeploy::DeploymentConfig")).toEqual([]);

    const service = cfn.Resources["Service"]!;
    expect(service.Properties["DeploymentController"]).toEqual({ Type: "CODE_DEPLOY" });
    expect(service.Properties["DeploymentConfiguration"]).toBeUndefined();
  });

  it("CloudFormation follows its rules for CODE_DEPLOY services: task definition by family, created after it", () => {
    const service = cfn.Resources["Service"]!;
    expect(service.Properties["TaskDefinition"]).toBe("canary-api");
    expect(service.DependsOn).toEqual(["ListenerRule", "TaskDefinition"]);
    expect(cfn.Resources["TaskDefinition"]!.Properties["Family"]).toBe("canary-api");
    for (const rule of ["ListenerRule", "TestListenerRule"]) {
      expect(cfn.Resources[rule]!.Properties["Actions"]).toEqual([{ Type: "forward", TargetGroupArn: new Ref("BlueTargetGroup") }]);
    }
  });

  it("Terraform: the same application, group, listeners, rollback and CODE_DEPLOY service", () => {
    expect(tf.resource["aws_codedeploy_app"]?.["code_deploy_application"]).toMatchObject({ name: "canary-api-app", compute_platform: "ECS" });
    const group = tf.resource["aws_codedeploy_deployment_group"]?.["code_deploy_deployment_group"] ?? {};
    expect(group).toMatchObject({
      app_name: "${aws_codedeploy_app.code_deploy_application.name}",
      deployment_config_name: "CodeDeployDefault.ECSCanary10Percent5Minutes",
      deployment_style: { deployment_option: "WITH_TRAFFIC_CONTROL", deployment_type: "BLUE_GREEN" },
      ecs_service: { cluster_name: "prod-cluster", service_name: "${aws_ecs_service.service.name}" },
      auto_rollback_configuration: { enabled: true, events: ["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM"] },
      alarm_configuration: { enabled: true, alarms: ["${aws_cloudwatch_metric_alarm.deploy_blue5xx_alarm.alarm_name}", "${aws_cloudwatch_metric_alarm.deploy_green5xx_alarm.alarm_name}"] },
      load_balancer_info: {
        target_group_pair_info: {
          target_group: [{ name: "${aws_lb_target_group.blue_target_group.name}" }, { name: "${aws_lb_target_group.green_target_group.name}" }],
          prod_traffic_route: { listener_arns: ["arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/prod/50dc6c495c0c9188/f2f7dc8efc522ab2"] },
          test_traffic_route: { listener_arns: ["arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/prod/50dc6c495c0c9188/8e1f2a3b4c5d6e7f"] },
        },
      },
    });
    expect(tf.resource["aws_codedeploy_deployment_config"]).toBeUndefined();
    const service = tf.resource["aws_ecs_service"]?.["service"] ?? {};
    expect(service["deployment_controller"]).toEqual({ type: "CODE_DEPLOY" });
    expect(service).not.toHaveProperty("deployment_circuit_breaker");
    expect(service).not.toHaveProperty("alarms");
  });

  it("Terraform ignores what CodeDeploy owns: the service's task definition and load balancer, the rules' action", () => {
    expect(tf.resource["aws_ecs_service"]?.["service"]?.["lifecycle"]).toEqual({ ignore_changes: ["task_definition", "load_balancer"] });
    for (const rule of ["listener_rule", "test_listener_rule"]) {
      expect(tf.resource["aws_lb_listener_rule"]?.[rule]?.["lifecycle"], rule).toEqual({ ignore_changes: ["action"] });
    }
  });
});

describe("the linear example: custom config and a CI-owned image", async () => {
  const { cfn, tf } = await generated("linear-api");

  it("creates a TimeBasedLinear config in both engines; Terraform replaces it create-before-destroy", () => {
    expect(cfn.Resources["CodeDeployConfig"]).toEqual({
      Type: "AWS::CodeDeploy::DeploymentConfig",
      Properties: {
        ComputePlatform: "ECS",
        DeploymentConfigName: "linear-api-linear-20pct-every-2min",
        TrafficRoutingConfig: { TimeBasedLinear: { LinearInterval: 2, LinearPercentage: 20 }, Type: "TimeBasedLinear" },
      },
    });
    expect(cfn.Resources["CodeDeployDeploymentGroup"]!.Properties["DeploymentConfigName"]).toEqual(new Ref("CodeDeployConfig"));
    expect(tf.resource["aws_codedeploy_deployment_config"]?.["code_deploy_config"]).toEqual({
      compute_platform: "ECS",
      deployment_config_name: "linear-api-linear-20pct-every-2min",
      lifecycle: { create_before_destroy: true },
      traffic_routing_config: { type: "TimeBasedLinear", time_based_linear: { interval: 2, percentage: 20 } },
    });
    expect(tf.resource["aws_codedeploy_deployment_group"]?.["code_deploy_deployment_group"]?.["deployment_config_name"]).toBe(
      "${aws_codedeploy_deployment_config.code_deploy_config.deployment_config_name}",
    );
  });

  it("reads the image tag from the SSM parameter CI writes, at every deploy", () => {
    expect(cfn.Parameters["ImageTag"]).toMatchObject({ Type: "AWS::SSM::Parameter::Value<String>", Default: "/prod/linear-api/image-tag" });
    expect(tf.variable["image_tag"]).toMatchObject({ default: "/prod/linear-api/image-tag" });
    expect(tf.data?.["aws_ssm_parameter"]?.["image_tag"]).toEqual({ name: "${var.image_tag}" });
    const containers = String(tf.resource["aws_ecs_task_definition"]?.["task_definition"]?.["container_definitions"]);
    expect(containers).toContain("linear-api:${data.aws_ssm_parameter.image_tag.insecure_value}");
  });
});

describe("the rolling example: deployment alarms with rollback", async () => {
  const { cfn, tf } = await generated("rolling-alarms");

  it("CloudFormation lists existing and created alarms in DeploymentConfiguration.Alarms, next to the breaker", () => {
    expect(cfn.Resources["Service"]!.Properties["DeploymentConfiguration"]).toEqual({
      Alarms: {
        AlarmNames: ["rolling-alarms-p99-latency", new Ref("DeployCpuAlarm"), new Ref("DeployMemoryAlarm"), new Ref("DeployTarget5xxAlarm")],
        Enable: true,
        Rollback: true,
      },
      DeploymentCircuitBreaker: { Enable: true, Rollback: true },
      MaximumPercent: 200,
      MinimumHealthyPercent: 50,
    });
    expect(cfn.Resources["Service"]!.Properties["DeploymentController"]).toEqual({ Type: "ECS" });
    expect(ofType(cfn, "AWS::CloudWatch::Alarm").map(([id]) => id)).toEqual(["DeployCpuAlarm", "DeployMemoryAlarm", "DeployTarget5xxAlarm"]);
  });

  it("Terraform writes the same list in the service's alarms block", () => {
    const service = tf.resource["aws_ecs_service"]?.["service"] ?? {};
    expect(service["alarms"]).toEqual({
      alarm_names: [
        "rolling-alarms-p99-latency",
        "${aws_cloudwatch_metric_alarm.deploy_cpu_alarm.alarm_name}",
        "${aws_cloudwatch_metric_alarm.deploy_memory_alarm.alarm_name}",
        "${aws_cloudwatch_metric_alarm.deploy_target5xx_alarm.alarm_name}",
      ],
      enable: true,
      rollback: true,
    });
    expect(service["deployment_circuit_breaker"]).toEqual({ enable: true, rollback: true });
    expect(service).not.toHaveProperty("lifecycle");
  });
});
