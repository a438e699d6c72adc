import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importTaskDefinition } from "../../src/import/index.js";
import { inferPlacement } from "../../src/import/read-input.js";
import { ROOT } from "../support/specs.js";
import { compareTaskDefinitions } from "./taskdef-compare.js";
import { withEcsDefaults } from "./taskdef-shape.js";

const fixture = (name: string) => readFileSync(join(ROOT, "test/fixtures/taskdefs", name), "utf8");
const container = (extra: Record<string, unknown> = {}) => ({
  name: "app",
  image: "nginx:1.27",
  logConfiguration: { logDriver: "awslogs", options: { "awslogs-group": "/ecs/t", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "ecs" } },
  ...extra,
});
const fargate = (extra: Record<string, unknown> = {}) => ({ family: "t", networkMode: "awsvpc", requiresCompatibilities: ["FARGATE"], cpu: "256", memory: "512", containerDefinitions: [container()], ...extra });

describe("account and region inference", () => {
  it("reads the task definition ARN first, then role ARNs (account only), ECR hosts and secret ARNs", () => {
    expect(inferPlacement({ taskDefinitionArn: "arn:aws:ecs:ap-south-1:111111111111:task-definition/x:1", containerDefinitions: [] })).toEqual({ account: "111111111111", region: "ap-south-1" });
    expect(inferPlacement({ executionRoleArn: "arn:aws:iam::222222222222:role/r", containerDefinitions: [{ image: "333333333333.dkr.ecr.sa-east-1.amazonaws.com/x:1" }] })).toEqual({ account: "222222222222", region: "sa-east-1" });
    expect(inferPlacement({ containerDefinitions: [{ image: "nginx", secrets: [{ valueFrom: "arn:aws:ssm:eu-west-3:444444444444:parameter/p" }] }] })).toEqual({ account: "444444444444", region: "eu-west-3" });
    expect(inferPlacement({ containerDefinitions: [{ image: "nginx" }] })).toEqual({});
  });

  it("flags override what the ARNs say; ARNs of another account then fail berth's own check", () => {
    // Without its role ARNs (kept as existing roles, they would be of the other account).
    const { executionRoleArn: _e, taskRoleArn: _t, ...roleless } = JSON.parse(fixture("gpu-inference-bridge.json"));
    const result = importTaskDefinition(JSON.stringify(roleless), "td.json", { account: "999999999999" });
    expect(result.text).toContain('account: "999999999999"');
    const mismatch = importTaskDefinition(fixture("guide-my-api.json"), "td.json", { account: "999999999999" });
    expect(mismatch.text).toBeUndefined();
    expect(mismatch.diagnostics.filter((d) => d.severity === "error").map((d) => d.path)).toEqual(["taskRole.arn", "executionRole.arn", "container.secrets.DB_PASSWORD.arn", ""]);
  });
});

describe("what the importer writes", () => {
  it("secrets become secretsManager()/ssmParameter() calls with the valueFrom suffix split into options", () => {
    const result = importTaskDefinition(fixture("nightly-batch.json"), "td.json");
    expect(result.text).toContain('import { defineTask, secretsManager, ssmParameter } from "berth";');
    expect(result.text).toContain('DB_PASSWORD: secretsManager("arn:aws:secretsmanager:eu-central-1:123456789012:secret:prod/reporting/db", { jsonKey: "password", versionStage: "AWSCURRENT" })');
    expect(result.text).toContain('API_TOKEN: ssmParameter("arn:aws:ssm:eu-central-1:123456789012:parameter/reporting/api-token")');
  });

  it("bridge/host mode and EBS at launch become defineService() with a TODO; awsvpc stays defineTask()", () => {
    expect(importTaskDefinition(fixture("node-agent-host.json"), "td.json").kind).toBe("service");
    const ebs = importTaskDefinition(fixture("ebs-at-launch.json"), "td.json");
    expect(ebs.kind).toBe("service");
    expect(ebs.todos.some((t) => t.includes('EBS volume "build-cache" is configured at launch'))).toBe(true);
    expect(importTaskDefinition(fixture("efs-worker.json"), "td.json").kind).toBe("task");
  });

  it("a different log group, a writable root and EFS without transit encryption are written explicitly, the first with a TODO", () => {
    const result = importTaskDefinition(
      JSON.stringify(fargate({ volumes: [{ name: "d", efsVolumeConfiguration: { fileSystemId: "fs-0a1b2c3d" } }], containerDefinitions: [container({ logConfiguration: { logDriver: "awslogs", options: { "awslogs-group": "legacy", "awslogs-region": "us-east-1", "awslogs-create-group": "true" } } })] })),
      "td.json",
      { account: "123456789012" },
    );
    expect(result.text).toContain('// TODO: the input logged to "legacy"');
    expect(result.text).toContain("readonlyRootFilesystem: false,");
    expect(result.text).toContain('{ name: "d", type: "efs", fileSystemId: "fs-0a1b2c3d", transitEncryption: false }');
    expect(result.diagnostics.map((d) => `${d.code} ${d.path}`)).toEqual(["B970 containerDefinitions[0].logConfiguration.options.awslogs-create-group"]);
  });

  it("an awslogs region other than the spec's is B971; a family that is no berth name is renamed with B968", () => {
    const wrongRegion = importTaskDefinition(JSON.stringify(fargate()), "td.json", { account: "123456789012", region: "eu-west-1" });
    expect(wrongRegion.diagnostics.map((d) => d.code)).toContain("B971");
    expect(wrongRegion.text).toBeUndefined();
    const renamed = importTaskDefinition(JSON.stringify(fargate({ family: "My_Service" })), "td.json", { account: "123456789012" });
    expect(renamed.name).toBe("my-service");
    expect(renamed.diagnostics.map((d) => d.code)).toContain("B968");
  });

  it("no containers is B967; EXTERNAL and Windows are B963", () => {
    expect(importTaskDefinition(JSON.stringify(fargate({ containerDefinitions: [] })), "td.json", { account: "123456789012", region: "us-east-1" }).diagnostics.map((d) => d.code)).toContain("B967");
    const windows = importTaskDefinition(JSON.stringify(fargate({ requiresCompatibilities: ["EXTERNAL"], runtimePlatform: { operatingSystemFamily: "WINDOWS_SERVER_2022_CORE" } })), "td.json", { account: "123456789012" });
    expect(windows.diagnostics.filter((d) => d.code === "B963").map((d) => d.path)).toEqual(["requiresCompatibilities", "runtimePlatform.operatingSystemFamily"]);
  });
});

describe("the importer checks the spec it writes", () => {
  it("a spec berth would refuse (Fargate cpu 256 with 8192 MiB) is not written: berth's own diagnostic plus B972", () => {
    const result = importTaskDefinition(JSON.stringify(fargate({ memory: "8192" })), "td.json", { account: "123456789012" });
    expect(result.text).toBeUndefined();
    expect(result.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.code} ${d.file} ${d.path}`)).toEqual(["B202 specs/t.ts memory", "B972 td.json "]);
  });
});

describe("the round-trip comparison can fail", () => {
  const expected = withEcsDefaults(JSON.parse(fixture("guide-my-api.json")));

  it("reports a changed value, a missing field and an extra field by path", () => {
    const actual = structuredClone(expected);
    actual.containerDefinitions[0].healthCheck.retries = 4;
    delete actual.containerDefinitions[0].environment;
    actual.containerDefinitions[0].privileged = true;
    // The input's roles are kept: the generated side names the same ARNs (left as they are).
    const { differences, compared } = compareTaskDefinitions(expected, actual);
    expect(differences).toEqual([
      'containerDefinitions[0].environment: expected [{"name":"ENV","value":"production"},{"name":"PORT","value":"8080"}], got undefined',
      "containerDefinitions[0].healthCheck.retries: expected 3, got 4",
      "containerDefinitions[0].privileged: expected undefined, got true",
    ]);
    expect(compared).toBeGreaterThan(20);
  });

  it("an image reference must keep the input's repository; a role the input names must be kept", () => {
    const actual = structuredClone(expected);
    actual.containerDefinitions[0].image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/other:${var.image_tag}";
    // A created role in place of the input's task role is a difference; the execution role is kept.
    actual.taskRoleArn = "${aws_iam_role.task_role.arn}";
    const { differences } = compareTaskDefinitions(expected, actual);
    expect(differences.map((d) => d.split(":")[0])).toEqual(["taskRoleArn", "containerDefinitions[0].image"]);
  });
});
