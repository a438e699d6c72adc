import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { CFN_SCHEMA, GetAtt, Ref, Sub, isIntrinsic } from "../../../src/backends/cloudformation/intrinsics.js";

const dump = (value: unknown): string => yaml.dump(value, { schema: CFN_SCHEMA, lineWidth: -1, quotingType: '"' });
const load = (text: string): unknown => yaml.load(text, { schema: CFN_SCHEMA });

describe("short-form intrinsics", () => {
  it("dumps Ref, GetAtt and Sub in short form", () => {
    const text = dump({ A: new Ref("TargetGroup"), B: new GetAtt("Service", "Name"), C: new Sub("repo:${ImageTag}") });
    expect(text).toBe('A: !Ref TargetGroup\nB: !GetAtt Service.Name\nC: !Sub "repo:${ImageTag}"\n');
  });

  it("double-quotes every string holding a ${} placeholder, Sub or not", () => {
    expect(dump({ Name: new Sub("${AWS::StackName}-Out") })).toBe('Name: !Sub "${AWS::StackName}-Out"\n');
    expect(dump({ Literal: "a${b}" })).toBe('Literal: "a${b}"\n');
    expect(dump({ Plain: "no placeholder" })).toBe("Plain: no placeholder\n");
  });

  it("dumps intrinsics inside lists", () => {
    expect(dump([new GetAtt("SecurityGroup", "GroupId"), "sg-0a1b2c3d"])).toBe("- !GetAtt SecurityGroup.GroupId\n- sg-0a1b2c3d\n");
  });

  it("loads short forms back into the classes", () => {
    const loaded = load('a: !Ref Foo\nb: !GetAtt Bar.Arn\nc: !GetAtt [Baz, Endpoint.Address]\nd: !Sub "x-${Y}"\n');
    expect(loaded).toStrictEqual({
      a: new Ref("Foo"),
      b: new GetAtt("Bar", "Arn"),
      c: new GetAtt("Baz", "Endpoint.Address"),
      d: new Sub("x-${Y}"),
    });
  });

  it("splits a scalar GetAtt at the first dot only", () => {
    expect(load("!GetAtt Db.Endpoint.Port")).toStrictEqual(new GetAtt("Db", "Endpoint.Port"));
  });

  it("leaves plain ${} strings as strings when loading", () => {
    expect(load("v: ${NotASub}\n")).toStrictEqual({ v: "${NotASub}" });
  });

  it("round-trips a nested structure", () => {
    const value = { Resources: { X: { Properties: { L: [new Ref("A"), { K: new Sub("${A}") }], N: 3, B: true, S: "8080" } } } };
    expect(load(dump(value))).toStrictEqual(value);
  });

  it("tells intrinsics from plain values", () => {
    expect(isIntrinsic(new Ref("A"))).toBe(true);
    expect(isIntrinsic(new GetAtt("A", "Arn"))).toBe(true);
    expect(isIntrinsic(new Sub("a"))).toBe(true);
    expect(isIntrinsic({ Ref: "A" })).toBe(false);
    expect(isIntrinsic("A")).toBe(false);
  });
});
