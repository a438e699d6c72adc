import { describe, expect, it } from "vitest";
import type { AlarmResource, CodeDeployGroupResource, ListenerRuleResource, Resource, RoleResource, ServiceResource, Stack, TargetGroupResource } from "../../src/ir/index.js";
import { lowerServiceSpec } from "../../src/lower/index.js";
import { serviceSchema, type LoadBalancerAttachmentSpec, type ServiceSpec } from "../../src/spec/schema/index.js";
import canary from "../../specs/canary-api.js";
import linear from "../../specs/linear-api.js";
import rolling from "../../specs/rolling-alarms.js";
import myApi from "../../specs/my-api.js";

const lower = (spec: ServiceSpec): Stack => lowerServiceSpec(serviceSchema.parse(spec), "specs/x.ts");
const byId = <R extends Resource>(stack: Stack, id: string) => stack.resources.find((r) => r.id === id) as R;
const service = (stack: Stack) => byId<ServiceResource>(stack, "Service");
const withDeploy = (deploy: ServiceSpec["deploy"], extra: Partial<ServiceSpec> = {}): ServiceSpec => ({ ...canary.spec, deploy, ...extra });

describe("blue/green lowering (the guide's canary)", () => {
  const stack = lower(canary.spec);

  it("adds the green target group, the test rule and CodeDeploy's role, application and group, but no custom config", () => {
    const ids = stack.resources.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(["BlueTargetGroup", "GreenTargetGroup", "TestListenerRule", "CodeDeployRole", "CodeDeployApplication", "CodeDeployDeploymentGroup"]));
    expect(ids).not.toContain("TargetGroup");
    expect(ids).not.toContain("CodeDeployConfig");
  });

  it("never replaces the blue or green group side by side: CodeDeploy knows them by their fixed names", () => {
    const groups = stack.resources.filter((r): r is TargetGroupResource => r.kind === "targetGroup");
    expect(groups.map((g) => [g.id, g.replaceSideBySide])).toEqual([["BlueTargetGroup", false], ["GreenTargetGroup", false]]);
  });

  it("uses the predefined 10 % / 5 minutes config and rolls back on failure and on alarm", () => {
    const group = byId<CodeDeployGroupResource>(stack, "CodeDeployDeploymentGroup");
    expect(group.deploymentConfig).toBe("CodeDeployDefault.ECSCanary10Percent5Minutes");
    expect(group.targetGroups).toEqual(["BlueTargetGroup", "GreenTargetGroup"]);
    expect(group.productionListenerArn).toBe((canary.spec.loadBalancer as LoadBalancerAttachmentSpec).listener);
    expect(group.testListenerArn).toMatch(/listener\/app\/prod\/50dc6c495c0c9188\/8e1f2a3b4c5d6e7f$/);
    expect(group.autoRollbackEvents).toEqual(["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM"]);
    expect(group.alarms).toEqual([{ resource: "DeployBlue5xxAlarm", attribute: "name" }, { resource: "DeployGreen5xxAlarm", attribute: "name" }]);
    expect(group.terminationWaitMinutes).toBe(5);
    expect(group.ecsService).toEqual({ clusterName: "prod-cluster", service: "Service" });
  });

  it("puts the service on CODE_DEPLOY without circuit breaker or percentages, and hands CodeDeploy what it owns", () => {
    const s = service(stack);
    expect(s.deploymentController).toBe("CODE_DEPLOY");
    expect(s.deployment).toEqual({});
    expect(s.externallyManaged).toEqual(["taskDefinition", "loadBalancers"]);
    expect(s.taskDefinitionFamily).toBe("canary-api");
    expect(s.loadBalancers[0]?.targetGroup).toBe("BlueTargetGroup");
    expect(s.dependsOn).toEqual(["ListenerRule", "TaskDefinition"]);
  });

  it("starts both listener rules on the blue target group and leaves their action to CodeDeploy", () => {
    for (const id of ["ListenerRule", "TestListenerRule"]) {
      const rule = byId<ListenerRuleResource>(stack, id);
      expect(rule.targetGroup, id).toBe("BlueTargetGroup");
      expect(rule.externallyManaged, id).toEqual(["actions"]);
    }
    expect(byId<ListenerRuleResource>(stack, "TestListenerRule").priority).toBe(110);
  });

  it("gives CodeDeploy exactly this service's task sets, listeners, hooks and roles instead of AWSCodeDeployRoleForECS", () => {
    const role = byId<RoleResource>(stack, "CodeDeployRole");
    expect(role.principal).toBe("codedeploy.amazonaws.com");
    expect(role.managedPolicies).toEqual([]);
    expect(role.trustConditions).toEqual({ StringEqualsIfExists: { "aws:SourceAccount": "123456789012" } });
    const statements = Object.fromEntries(role.inlinePolicies[0]!.statements.map((s) => [s.sid, s]));
    expect(statements["TaskSets"]?.resources).toEqual([
      "arn:aws:ecs:us-east-1:123456789012:service/prod-cluster/canary-api",
      "arn:aws:ecs:us-east-1:123456789012:task-set/prod-cluster/canary-api/*",
    ]);
    expect(statements["InvokeHooks"]?.resources).toEqual([
      "arn:aws:lambda:us-east-1:123456789012:function:PostTrafficHook",
      "arn:aws:lambda:us-east-1:123456789012:function:PreTrafficHook",
    ]);
    expect(statements["PassTaskRoles"]).toMatchObject({
      resources: ["arn:aws:iam::123456789012:role/canary-api-us-east-1-execution", "arn:aws:iam::123456789012:role/canary-api-us-east-1-task"],
      conditions: { StringEquals: { "iam:PassedToService": "ecs-tasks.amazonaws.com" } },
    });
    // Only the two listeners of this service and their rules, never every load balancer.
    expect(statements["ShiftTraffic"]?.resources.every((arn: string) => /:listener(-rule)?\/app\/prod\/50dc6c495c0c9188\//.test(arn))).toBe(true);
    // Nothing on every S3 object or every Lambda function, as the managed policy had.
    const everything = role.inlinePolicies[0]!.statements.filter((s) => s.resources.includes("*")).flatMap((s) => s.actions);
    expect(everything.every((action) => /^elasticloadbalancing:Describe/.test(action))).toBe(true);
  });

  it("watches one 5xx alarm per target group, with the ALB dimension from the listener ARN", () => {
    const green = byId<AlarmResource>(stack, "DeployGreen5xxAlarm");
    expect(green.dimensions).toEqual([
      { name: "LoadBalancer", value: "app/prod/50dc6c495c0c9188" },
      { name: "TargetGroup", value: { resource: "GreenTargetGroup", attribute: "fullName" } },
    ]);
    expect(green).toMatchObject({ metricName: "HTTPCode_Target_5XX_Count", statistic: "Sum", threshold: 10, comparison: "GreaterThanOrEqualToThreshold" });
  });

  it("describes the delivery: appspec with container, port, platform and the hooks in lifecycle order", () => {
    expect(stack.delivery?.codeDeploy).toMatchObject({
      applicationName: "canary-api-app",
      deploymentGroupName: "canary-api-dg",
      deploymentConfigName: "CodeDeployDefault.ECSCanary10Percent5Minutes",
      trafficShape: "10 % of the traffic, then the rest after 5 minutes",
      appSpec: {
        containerName: "api",
        containerPort: 8080,
        platformVersion: "LATEST",
        hooks: [
          { event: "BeforeAllowTraffic", functionArn: "arn:aws:lambda:us-east-1:123456789012:function:PreTrafficHook" },
          { event: "AfterAllowTraffic", functionArn: "arn:aws:lambda:us-east-1:123456789012:function:PostTrafficHook" },
        ],
      },
    });
    expect(stack.outputs.map((o) => o.id)).toEqual(expect.arrayContaining(["CodeDeployApplicationName", "CodeDeployDeploymentGroupName", "BlueTargetGroupArn", "GreenTargetGroupArn"]));
  });
});

describe("deployment configs", () => {
  it("matches every predefined ECS config and creates a custom one otherwise", () => {
    const config = (deploy: ServiceSpec["deploy"]) => byId<CodeDeployGroupResource>(lower(withDeploy(deploy)), "CodeDeployDeploymentGroup").deploymentConfig;
    expect(config({ strategy: "canary", percent: 10, waitMinutes: 15 })).toBe("CodeDeployDefault.ECSCanary10Percent15Minutes");
    expect(config({ strategy: "linear", percent: 10, intervalMinutes: 1 })).toBe("CodeDeployDefault.ECSLinear10PercentEvery1Minutes");
    expect(config({ strategy: "linear", percent: 10, intervalMinutes: 3 })).toBe("CodeDeployDefault.ECSLinear10PercentEvery3Minutes");
    expect(config({ strategy: "allAtOnce" })).toBe("CodeDeployDefault.ECSAllAtOnce");
    expect(config({ strategy: "canary", percent: 25, waitMinutes: 10 })).toEqual({ resource: "CodeDeployConfig", attribute: "name" });
  });

  it("names a custom config after its shape, so a new shape is a new config", () => {
    const stack = lower(linear.spec);
    expect(byId(stack, "CodeDeployConfig")).toEqual({
      kind: "codeDeployConfig",
      id: "CodeDeployConfig",
      name: "linear-api-linear-20pct-every-2min",
      computePlatform: "ECS",
      trafficRouting: { type: "TimeBasedLinear", percentage: 20, intervalMinutes: 2 },
    });
    const canary25 = lower(withDeploy({ strategy: "canary", percent: 25, waitMinutes: 10 }));
    expect(byId(canary25, "CodeDeployConfig")).toMatchObject({ name: "canary-api-canary-25pct-10min", trafficRouting: { type: "TimeBasedCanary", percentage: 25, intervalMinutes: 10 } });
  });

  it("only stops on alarms when there are alarms, and leaves rollback out when asked", () => {
    const group = (deploy: ServiceSpec["deploy"]) => byId<CodeDeployGroupResource>(lower(withDeploy(deploy)), "CodeDeployDeploymentGroup");
    expect(group({ strategy: "allAtOnce" }).autoRollbackEvents).toEqual(["DEPLOYMENT_FAILURE"]);
    expect(group({ strategy: "allAtOnce" }).alarms).toEqual([]);
    expect(group({ strategy: "allAtOnce", alarms: { names: ["x"], rollback: false } }).autoRollbackEvents).toEqual(["DEPLOYMENT_FAILURE"]);
  });

  it("keeps the draining percentages for blue/green on EC2, where ECS still uses them", () => {
    const stack = lower(withDeploy({ strategy: "allAtOnce" }, { launchType: "EC2" }));
    expect(service(stack).deployment).toEqual({ minimumHealthyPercent: 100, maximumPercent: 200 });
    expect(stack.delivery?.codeDeploy?.appSpec.platformVersion).toBeUndefined();
  });
});

describe("rolling deploys", () => {
  it("keeps the guide's service exactly as before: ECS controller, breaker, no alarms", () => {
    const s = service(lower(myApi.spec));
    expect(s.deploymentController).toBe("ECS");
    expect(s.deployment).toEqual({ minimumHealthyPercent: 100, maximumPercent: 200, circuitBreaker: { enable: true, rollback: true } });
    expect(s.taskDefinitionFamily).toBeUndefined();
    expect(s.externallyManaged).toEqual([]);
  });

  it("creates CPU, memory and 5xx alarms and lists them after the existing ones, with rollback", () => {
    const stack = lower(rolling.spec);
    expect(service(stack).deployment.alarms).toEqual({
      names: [
        "rolling-alarms-p99-latency",
        { resource: "DeployCpuAlarm", attribute: "name" },
        { resource: "DeployMemoryAlarm", attribute: "name" },
        { resource: "DeployTarget5xxAlarm", attribute: "name" },
      ],
      rollback: true,
    });
    const cpu = byId<AlarmResource>(stack, "DeployCpuAlarm");
    expect(cpu).toMatchObject({ name: "rolling-alarms-deploy-cpu", namespace: "AWS/ECS", metricName: "CPUUtilization", threshold: 90, comparison: "GreaterThanThreshold" });
    // Literal names: a reference to the service would be a cycle (the service lists the alarm).
    expect(cpu.dimensions).toEqual([{ name: "ClusterName", value: "prod-cluster" }, { name: "ServiceName", value: "rolling-alarms" }]);
    expect(byId<AlarmResource>(stack, "DeployTarget5xxAlarm").dimensions[1]?.value).toEqual({ resource: "TargetGroup", attribute: "fullName" });
  });

  it("reads the cluster name out of a cluster ARN for the alarm dimension", () => {
    const stack = lower({ ...rolling.spec, cluster: "arn:aws:ecs:us-east-1:123456789012:cluster/prod-cluster" });
    expect(byId<AlarmResource>(stack, "DeployMemoryAlarm").dimensions[0]).toEqual({ name: "ClusterName", value: "prod-cluster" });
  });
});

describe("image ownership", () => {
  it("stack-owned: the tag is a plain input defaulting to the spec's tag", () => {
    expect(lower(canary.spec).inputs).toEqual([expect.objectContaining({ id: "ImageTag", default: "2.7.0" })]);
    expect(lower(canary.spec).inputs[0]?.ssmParameter).toBeUndefined();
  });

  it("CI-owned: the input names the SSM parameter CI writes (a string, read at every deploy)", () => {
    const [input] = lower(linear.spec).inputs;
    expect(input).toMatchObject({ id: "ImageTag", default: "/prod/linear-api/image-tag", ssmParameter: "/prod/linear-api/image-tag" });
    expect(input?.valueType).toBeUndefined();
    const defaulted = lower({ ...rolling.spec, deploy: { imageOwner: "ci" } }).inputs[0];
    expect(defaulted?.ssmParameter).toBe("/berth/rolling-alarms/image-tag");
    expect(lower(linear.spec).delivery).toMatchObject({ imageOwner: "ci", imageVersion: "3.1.0", imageInput: "ImageTag" });
  });
});
