import { describe, expect, it } from "vitest";
import { GetAtt, Ref, Sub } from "../../../src/backends/cloudformation/intrinsics.js";
import { buildTemplate } from "../../../src/backends/cloudformation/template.js";
import { compareCodePoints } from "../../../src/backends/cloudformation/values.js";
import type { Stack } from "../../../src/ir/index.js";
import { myApiStack, variantStack } from "../fixtures.js";
import { emitParsed, type Json } from "./helpers.js";

const TAG_LIST = [
  { Key: "ManagedBy", Value: "berth" },
  { Key: "berth:service", Value: "my-api" },
];

/** Every mapping below `value` (not inside intrinsics) has its keys in code-point order. */
function expectSortedKeys(value: unknown, path: string): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => expectSortedKeys(item, `${path}[${index}]`));
  } else if (typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    const keys = Object.keys(value);
    expect(keys, path).toEqual([...keys].sort(compareCodePoints));
    for (const [key, member] of Object.entries(value)) expectSortedKeys(member, `${path}.${key}`);
  }
}

describe("template layout", async () => {
  const template = await emitParsed(myApiStack());

  it("has the canonical section order", () => {
    expect(Object.keys(template)).toEqual(["AWSTemplateFormatVersion", "Description", "Parameters", "Resources", "Outputs"]);
    expect(template.AWSTemplateFormatVersion).toBe("2010-09-09");
    expect(template.Description).toBe(myApiStack().description);
  });

  it("declares each input as a String parameter", () => {
    expect(template.Parameters).toStrictEqual({
      ImageTag: { Type: "String", Default: "latest", Description: "Image tag of the api container; CI sets it on each deploy" },
    });
    expect(Object.keys(template.Parameters.ImageTag)).toEqual(["Type", "Default", "Description"]);
  });

  it("sorts resources by logical id, Type / DependsOn / Properties inside", () => {
    expect(Object.keys(template.Resources)).toEqual([
      "ExecutionRole", "ListenerRule", "LogGroup", "SecurityGroup", "Service", "TargetGroup", "TaskDefinition", "TaskRole",
    ]);
    for (const [id, resource] of Object.entries<Json>(template.Resources)) {
      const expected = id === "Service" ? ["Type", "DependsOn", "Properties"] : ["Type", "Properties"];
      expect(Object.keys(resource), id).toEqual(expected);
      expectSortedKeys(resource.Properties, id);
    }
  });

  it("sorts outputs by id and exports each under the stack name", () => {
    expect(Object.keys(template.Outputs)).toEqual(["LogGroupName", "ServiceArn", "ServiceName", "TargetGroupArn", "TaskDefinitionArn"]);
    expect(template.Outputs.ServiceName).toStrictEqual({
      Description: "Name of the ECS service",
      Value: new GetAtt("Service", "Name"),
      Export: { Name: new Sub("${AWS::StackName}-ServiceName") },
    });
    expect(template.Outputs.ServiceArn.Value).toStrictEqual(new Ref("Service"));
    expect(template.Outputs.TaskDefinitionArn.Value).toStrictEqual(new Ref("TaskDefinition"));
    expect(template.Outputs.TargetGroupArn.Value).toStrictEqual(new Ref("TargetGroup"));
    expect(template.Outputs.LogGroupName.Value).toStrictEqual(new Ref("LogGroup"));
  });

  it("sorts tags by key in code-point order (uppercase before lowercase)", () => {
    for (const id of ["ExecutionRole", "LogGroup", "SecurityGroup", "Service", "TargetGroup", "TaskDefinition", "TaskRole"]) {
      expect(template.Resources[id].Properties.Tags, id).toStrictEqual(TAG_LIST);
    }
    expect(template.Resources.ListenerRule.Properties.Tags).toBeUndefined();
  });

  it("leaves out empty optional sections", () => {
    const stack: Stack = { ...myApiStack(), inputs: [], outputs: [] };
    expect(Object.keys(buildTemplate(stack))).toEqual(["AWSTemplateFormatVersion", "Description", "Resources"]);
  });
});

describe("template consistency checks", () => {
  it("throws on duplicate or invalid logical ids and empty stacks", () => {
    const base = myApiStack();
    expect(() => buildTemplate({ ...base, resources: [...base.resources, base.resources[0]!] })).toThrow(/used twice/);
    expect(() => buildTemplate({ ...base, inputs: [{ id: "LogGroup", description: "x", default: "y" }] })).toThrow(/used twice/);
    expect(() => buildTemplate({ ...base, inputs: [{ id: "image-tag", description: "x", default: "y" }] })).toThrow(/not a valid logical id/);
    expect(() => buildTemplate({ ...base, outputs: [...base.outputs, base.outputs[0]!] })).toThrow(/output id/);
    expect(() => buildTemplate({ ...base, resources: [] })).toThrow(/no resources/);
  });

  it("throws on dangling references", () => {
    const base = myApiStack();
    const resources = base.resources.map((resource) =>
      resource.kind === "service" ? { ...resource, dependsOn: ["Missing"] } : resource,
    );
    expect(() => buildTemplate({ ...base, resources })).toThrow(/unknown resource "Missing"/);
    expect(() => buildTemplate({ ...base, outputs: [{ id: "X", description: "x", value: { resource: "Gone", attribute: "arn" } }] })).toThrow(
      /unknown resource "Gone"/,
    );
  });

  it("throws on a listener rule without conditions", () => {
    const base = myApiStack();
    const resources = base.resources.map((resource) =>
      resource.kind === "listenerRule" ? { ...resource, pathPatterns: [] } : resource,
    );
    expect(() => buildTemplate({ ...base, resources })).toThrow(/has no condition/);
  });
});

describe("variant stack", async () => {
  const template = await emitParsed(variantStack());
  const resources = template.Resources as Json;

  it("keeps every mapping sorted", () => {
    for (const [id, resource] of Object.entries<Json>(resources)) expectSortedKeys(resource.Properties, id);
  });

  it("omits Tags everywhere when there are none", () => {
    for (const [id, resource] of Object.entries<Json>(resources)) expect(resource.Properties.Tags, id).toBeUndefined();
  });

  it("omits the trust condition when the IR has none", () => {
    expect(resources.ExecutionRole.Properties.AssumeRolePolicyDocument.Statement[0].Condition).toBeUndefined();
    expect(resources.TaskRole.Properties.AssumeRolePolicyDocument.Statement[0].Condition).toBeDefined();
  });

  it("writes both condition kinds, path first", () => {
    expect(resources.ListenerRule.Properties.Conditions).toStrictEqual([
      { Field: "path-pattern", PathPatternConfig: { Values: ["/api/*"] } },
      { Field: "host-header", HostHeaderConfig: { Values: ["api.example.com"] } },
    ]);
  });

  it("renders CIDR ingress, mixed security groups and a public IP", () => {
    expect(resources.SecurityGroup.Properties.SecurityGroupIngress[0]).toStrictEqual({
      CidrIp: "10.0.0.0/16", Description: "Container port 8080 from the VPC", FromPort: 8080, IpProtocol: "tcp", ToPort: 8080,
    });
    expect(resources.Service.Properties.NetworkConfiguration.AwsvpcConfiguration).toStrictEqual({
      AssignPublicIp: "ENABLED",
      SecurityGroups: ["sg-0a1b2c3d", new GetAtt("SecurityGroup", "GroupId")],
      Subnets: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"],
    });
  });

  it("renders the optional task and container fields", () => {
    const task = resources.TaskDefinition.Properties;
    expect(task.EphemeralStorage).toStrictEqual({ SizeInGiB: 30 });
    expect(task.RuntimePlatform.CpuArchitecture).toBe("ARM64");
    const [main, sidecar] = task.ContainerDefinitions;
    expect(main.Name).toBe("api");
    expect(main).toMatchObject({
      Command: ["node", "server.js"], EntryPoint: ["/usr/bin/tini", "--"], WorkingDirectory: "/app",
      User: "1000:1000", Cpu: 384, Memory: 768, MemoryReservation: 512,
      DependsOn: [{ ContainerName: "log-router", Condition: "START" }],
    });
    expect(sidecar.Image).toBe("public.ecr.aws/aws-observability/aws-for-fluent-bit:stable");
    expect(sidecar.Essential).toBe(false);
    for (const absent of ["PortMappings", "Environment", "Secrets", "DependsOn", "Command", "User"]) {
      expect(sidecar[absent], absent).toBeUndefined();
    }
  });
});
