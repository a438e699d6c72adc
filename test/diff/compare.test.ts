import { describe, expect, it } from "vitest";
import { compareTemplates } from "../../src/diff/compare.js";
import { loadResourceFacts } from "../../src/diff/service-spec.js";
import type { TemplateResource } from "../../src/diff/template.js";

const templates = (...resources: TemplateResource[]) => new Map(resources.map((r) => [r.logicalId, r]));

describe("create-only knowledge from @aws-cdk/aws-service-spec", { timeout: 60_000 }, () => {
  it("knows the properties that replace a target group, a task definition and a listener rule", async () => {
    const facts = await loadResourceFacts();
    expect(facts("AWS::ElasticLoadBalancingV2::TargetGroup")?.createOnly).toEqual(expect.arrayContaining(["Name", "Port", "Protocol", "TargetType", "VpcId"]));
    expect(facts("AWS::ElasticLoadBalancingV2::TargetGroup")?.createOnly).not.toContain("HealthCheckPath");
    expect(facts("AWS::ECS::TaskDefinition")?.createOnly).toEqual(expect.arrayContaining(["ContainerDefinitions", "Cpu", "Memory", "Family"]));
    expect(facts("AWS::ECS::Service")?.createOnly).toEqual(expect.arrayContaining(["Cluster", "LaunchType", "ServiceName", "DeploymentController"]));
    expect(facts("AWS::ECS::Service")?.createOnly).not.toContain("DesiredCount");
    expect(facts("AWS::ElasticLoadBalancingV2::ListenerRule")?.createOnly).toEqual(["ListenerArn"]);
    expect(facts("AWS::Berth::Nothing")).toBeUndefined();
  });

  it("finds a resource's own name by CloudFormation's convention, not references to other resources' names", async () => {
    const facts = await loadResourceFacts();
    const group = (application: string, name: string): TemplateResource => ({
      logicalId: "Group",
      type: "AWS::CodeDeploy::DeploymentGroup",
      properties: { ApplicationName: application, DeploymentGroupName: name },
    });
    // A new application replaces the group; its own name stays: the replacement fails.
    const [renamedApp] = compareTemplates(templates(group("app-a", "dg")), templates(group("app-b", "dg")), facts);
    expect(renamedApp).toMatchObject({ action: "replaced", replacedBecause: ["ApplicationName"], fixedName: { property: "DeploymentGroupName", value: "dg" } });
    // Both names change: the replacement carries a new name and succeeds.
    const [both] = compareTemplates(templates(group("app-a", "dg")), templates(group("app-b", "dg-2")), facts);
    expect(both?.action).toBe("replaced");
    expect(both?.fixedName).toBeUndefined();
  });

  it("replaces what refers to a replaced resource through a create-only property, and updates other referrers", async () => {
    const facts = await loadResourceFacts();
    const target = (port: number): TemplateResource => ({ logicalId: "TG", type: "AWS::ElasticLoadBalancingV2::TargetGroup", properties: { Port: port, Protocol: "HTTP", VpcId: "vpc-1" } });
    const scalable: TemplateResource = { logicalId: "Scalable", type: "AWS::ApplicationAutoScaling::ScalableTarget", properties: { ResourceId: { Ref: "TG" }, ScalableDimension: "x", ServiceNamespace: "ecs", MinCapacity: 1, MaxCapacity: 2 } };
    const rule: TemplateResource = { logicalId: "Rule", type: "AWS::ElasticLoadBalancingV2::ListenerRule", properties: { ListenerArn: "arn", Actions: [{ TargetGroupArn: { Ref: "TG" }, Type: "forward" }] } };
    const changes = compareTemplates(templates(target(80), scalable, rule), templates(target(81), scalable, rule), facts);
    expect(changes.map((c) => [c.logicalId, c.action])).toEqual([
      ["Rule", "updated"],
      ["Scalable", "replaced"],
      ["TG", "replaced"],
    ]);
  });
});
