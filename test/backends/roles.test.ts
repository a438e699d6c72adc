import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { CFN_SCHEMA } from "../../src/backends/cloudformation/intrinsics.js";
import { cloudformationBackend } from "../../src/backends/cloudformation/index.js";
import { terraformBackend } from "../../src/backends/terraform/index.js";
import type { Stack } from "../../src/ir/index.js";
import { lowerServiceSpec } from "../../src/lower/index.js";
import { lowerTaskSpec } from "../../src/lower/task-stack.js";
import { serviceSchema, taskSchema } from "../../src/spec/schema/index.js";
import legacy from "../../specs/legacy-roles-api.js";
import boundaryTask from "../fixtures/valid/roles-boundary-task.js";

const options = { banner: "test", hcl: false };
type Body = Record<string, Record<string, unknown>>;

async function cfn(stack: Stack): Promise<Body> {
  const [file] = await cloudformationBackend.emit(stack, options);
  return (yaml.load(file!.contents.split("\n").slice(1).join("\n"), { schema: CFN_SCHEMA }) as { Resources: Body }).Resources;
}

async function tf(stack: Stack): Promise<Record<string, Body>> {
  const [file] = await terraformBackend.emit(stack, options);
  return (JSON.parse(file!.contents) as { resource: Record<string, Body> }).resource;
}

describe("roles given by ARN, on both engines", () => {
  const stack = lowerServiceSpec(serviceSchema.parse(legacy.spec), "specs/legacy-roles-api.ts");

  it("CloudFormation: no IAM role, the task definition names the ARNs literally", async () => {
    const resources = await cfn(stack);
    expect(Object.values(resources).map((r) => r["Type"])).not.toContain("AWS::IAM::Role");
    expect(resources["TaskDefinition"]?.["Properties"]).toMatchObject({
      ExecutionRoleArn: "arn:aws:iam::123456789012:role/legacy/orders-execution",
      TaskRoleArn: "arn:aws:iam::123456789012:role/legacy/orders-task",
    });
  });

  it("Terraform: no aws_iam_role or policy, the task definition names the ARNs literally", async () => {
    const resources = await tf(stack);
    expect(Object.keys(resources).filter((type) => type.startsWith("aws_iam"))).toEqual([]);
    expect(resources["aws_ecs_task_definition"]?.["task_definition"]).toMatchObject({
      execution_role_arn: "arn:aws:iam::123456789012:role/legacy/orders-execution",
      task_role_arn: "arn:aws:iam::123456789012:role/legacy/orders-task",
    });
  });
});

describe("permissions boundary and path, on both engines", () => {
  const stack = lowerTaskSpec(taskSchema.parse(boundaryTask.spec), "test/fixtures/valid/roles-boundary-task.ts");
  const BOUNDARY = "arn:aws:iam::123456789012:policy/platform/workload-boundary";

  it("CloudFormation: Path and PermissionsBoundary on every created role", async () => {
    const resources = await cfn(stack);
    const roles = Object.entries(resources).filter(([, r]) => r["Type"] === "AWS::IAM::Role");
    expect(roles.map(([id]) => id).sort()).toEqual(["ScheduleRole", "TaskRole"]);
    for (const [, role] of roles) expect(role["Properties"]).toMatchObject({ Path: "/workloads/reports/", PermissionsBoundary: BOUNDARY });
    expect((resources["TaskDefinition"]?.["Properties"] as Record<string, unknown>)["ExecutionRoleArn"]).toBe("arn:aws:iam::123456789012:role/ecsTaskExecutionRole");
  });

  it("Terraform: path and permissions_boundary on every aws_iam_role", async () => {
    const roles = (await tf(stack))["aws_iam_role"] ?? {};
    expect(Object.keys(roles).sort()).toEqual(["schedule_role", "task_role"]);
    for (const role of Object.values(roles)) expect(role).toMatchObject({ path: "/workloads/reports/", permissions_boundary: BOUNDARY });
  });
});
