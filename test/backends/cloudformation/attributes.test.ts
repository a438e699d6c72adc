import { describe, expect, it } from "vitest";
import { References, type Attribute } from "../../../src/backends/cloudformation/attributes.js";
import { GetAtt, Ref } from "../../../src/backends/cloudformation/intrinsics.js";
import type { ResourceId } from "../../../src/ir/index.js";
import { myApiStack } from "../fixtures.js";

describe("attribute references", () => {
  const refs = new References(myApiStack());
  const read = (resource: ResourceId, attribute: Attribute) => refs.attribute({ resource, attribute });

  it.each([
    ["Service", "arn", new Ref("Service")],
    ["Service", "name", new GetAtt("Service", "Name")],
    ["TaskDefinition", "arn", new Ref("TaskDefinition")],
    ["TargetGroup", "arn", new Ref("TargetGroup")],
    ["TargetGroup", "name", new GetAtt("TargetGroup", "TargetGroupName")],
    ["ListenerRule", "arn", new Ref("ListenerRule")],
    ["LogGroup", "name", new Ref("LogGroup")],
    ["LogGroup", "arn", new GetAtt("LogGroup", "Arn")],
    ["ExecutionRole", "arn", new GetAtt("ExecutionRole", "Arn")],
    ["TaskRole", "name", new Ref("TaskRole")],
    ["SecurityGroup", "id", new GetAtt("SecurityGroup", "GroupId")],
  ] as const)("%s.%s", (resource, attribute, expected) => {
    expect(read(resource, attribute)).toStrictEqual(expected);
  });

  it("throws on unsupported combinations", () => {
    expect(() => read("TaskDefinition", "name")).toThrow(/attribute "name" of a taskDefinition/);
    expect(() => read("SecurityGroup", "arn")).toThrow(/not supported/);
    expect(() => read("Service", "id")).toThrow(/not supported/);
  });

  it("throws on unknown resources and on the wrong kind", () => {
    expect(() => read("Nope", "arn")).toThrow(/unknown resource "Nope"/);
    expect(() => refs.attribute({ resource: "LogGroup", attribute: "arn" }, "role")).toThrow(/LogGroup is a logGroup, expected a role/);
    expect(() => refs.logicalId("Nope")).toThrow(/unknown resource/);
  });

  it("passes literals through and resolves references", () => {
    expect(refs.value("sg-0a1b2c3d")).toBe("sg-0a1b2c3d");
    expect(refs.value({ resource: "SecurityGroup", attribute: "id" })).toStrictEqual(new GetAtt("SecurityGroup", "GroupId"));
    expect(refs.logicalId("ListenerRule")).toBe("ListenerRule");
  });
});
