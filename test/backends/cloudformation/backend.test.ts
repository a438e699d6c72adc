import { describe, expect, it } from "vitest";
import { cloudformationBackend } from "../../../src/backends/cloudformation/index.js";
import type { Stack } from "../../../src/ir/index.js";
import { myApiStack, variantStack } from "../fixtures.js";
import { BANNER, deepFreeze, emitText } from "./helpers.js";

describe("cloudformationBackend.emit", () => {
  it("targets cloudformation and writes one template per stack", async () => {
    expect(cloudformationBackend.target).toBe("cloudformation");
    const files = await cloudformationBackend.emit(myApiStack(), { banner: BANNER, hcl: true });
    expect(files.map((file) => file.path)).toEqual(["my-api/cloudformation/template.yaml"]);
  });

  it("starts with the banner and ends with exactly one newline", async () => {
    const text = await emitText(myApiStack());
    expect(text.startsWith(`# ${BANNER}\nAWSTemplateFormatVersion: "2010-09-09"\n`)).toBe(true);
    expect(text.endsWith("\n")).toBe(true);
    expect(text.endsWith("\n\n")).toBe(false);
  });

  it("rejects a multi-line banner", async () => {
    await expect(cloudformationBackend.emit(myApiStack(), { banner: "a\nb", hcl: false })).rejects.toThrow(/single line/);
  });

  it("is deterministic and independent of IR resource, input and output order", async () => {
    const stack = myApiStack();
    const first = await emitText(stack);
    expect(await emitText(myApiStack())).toBe(first);
    const shuffled: Stack = {
      ...stack,
      resources: [...stack.resources].reverse(),
      outputs: [...stack.outputs].reverse(),
    };
    expect(await emitText(shuffled)).toBe(first);
  });

  it("does not mutate its input", async () => {
    const stack = deepFreeze(variantStack());
    const before = JSON.stringify(stack);
    await emitText(stack);
    expect(JSON.stringify(stack)).toBe(before);
  });

  it("writes intrinsics in short form, never long form", async () => {
    const text = await emitText(myApiStack());
    expect(text).toContain("TargetGroupArn: !Ref TargetGroup\n");
    expect(text).toContain("TaskDefinition: !Ref TaskDefinition\n");
    expect(text).toContain("awslogs-group: !Ref LogGroup\n");
    expect(text).toContain("Value: !GetAtt Service.Name\n");
    expect(text).toContain("ExecutionRoleArn: !GetAtt ExecutionRole.Arn\n");
    expect(text).toContain("- !GetAtt SecurityGroup.GroupId\n");
    expect(text).toContain('Image: !Sub "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-api:${ImageTag}"\n');
    expect(text).toContain('Name: !Sub "${AWS::StackName}-ServiceArn"\n');
    expect(text).not.toMatch(/Fn::|\bRef:|!<|&ref|\*ref/);
  });

  it("never folds long lines", async () => {
    const text = await emitText(myApiStack());
    expect(text).toContain(
      "ListenerArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/prod/50dc6c495c0c9188/f2f7dc8efc522ab2\n",
    );
    expect(text).not.toMatch(/: [>|]-?\n/);
  });

  it("quotes strings that would otherwise read as other types", async () => {
    const text = await emitText(myApiStack());
    expect(text).toContain('Cpu: "512"\n');
    expect(text).toContain('Value: "8080"\n');
    expect(text).toContain('aws:SourceAccount: "123456789012"\n');
    expect(text).toContain('IpProtocol: "-1"\n');
  });

  it("writes keys of a resource as Type, DependsOn, Properties", async () => {
    const text = await emitText(myApiStack());
    expect(text).toContain("  Service:\n    Type: AWS::ECS::Service\n    DependsOn:\n      - ListenerRule\n    Properties:\n      Cluster: prod-cluster\n");
  });
});
