import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/index.js";
import type { ServiceSpec, TaskSpec } from "../../src/spec/schema/index.js";
import { validateService } from "../../src/validate/index.js";
import { validateTask } from "../../src/validate/task.js";
import { validateCluster } from "../../src/validate/cluster.js";
import gpuCluster from "../../specs/gpu-cluster.js";
import prodCluster from "../../specs/prod-cluster.js";
import canary from "../../specs/canary-api.js";
import nightly from "../../specs/nightly-report.js";
import minimal from "../fixtures/valid/minimal.js";

const codes = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => `${d.code} ${d.path}`);
const service = (spec: ServiceSpec) => codes(validateService(spec, "spec.ts").diagnostics);
const task = (spec: TaskSpec) => codes(validateTask(spec, "spec.ts").diagnostics);

const EXECUTION = { arn: "arn:aws:iam::123456789012:role/ecsTaskExecutionRole" };
const TASK_ARN = "arn:aws:iam::123456789012:role/team/orders/orders-task";
const BOUNDARY = "arn:aws:iam::aws:policy/PowerUserAccess";

describe("role ARNs", () => {
  it("accepts roles with and without a path, in the spec's account", () => {
    expect(service({ ...minimal.spec, executionRole: EXECUTION, taskRole: { arn: TASK_ARN } })).toEqual([]);
  });

  it("refuses other partitions, services and resource types (B401)", () => {
    expect(service({ ...minimal.spec, executionRole: { arn: "arn:aws-cn:iam::123456789012:role/x" } })).toEqual(["B401 executionRole.arn"]);
    expect(service({ ...minimal.spec, taskRole: { arn: "arn:aws:iam::123456789012:user/x" } })).toEqual(["B401 taskRole.arn"]);
    expect(service({ ...minimal.spec, taskRole: { arn: "arn:aws:sts::123456789012:assumed-role/x/y" } })).toEqual(["B401 taskRole.arn"]);
  });

  it("accepts an AWS managed or own policy as permissions boundary", () => {
    expect(service({ ...minimal.spec, permissionsBoundary: BOUNDARY })).toEqual([]);
    expect(service({ ...minimal.spec, permissionsBoundary: "arn:aws:iam::210987654321:policy/boundary" })).toEqual(["B403 permissionsBoundary"]);
  });
});

describe("rolePath (B931)", () => {
  it.each([
    ["/", []],
    ["/ecs/orders/", []],
    ["ecs/", ["B931 rolePath"]],
    ["/ecs", ["B931 rolePath"]],
    ["/with space/", ["B931 rolePath"]],
    [`/${"a".repeat(511)}/`, ["B931 rolePath"]],
  ])("%s", (rolePath, expected) => {
    expect(service({ ...minimal.spec, rolePath })).toEqual(expected);
  });
});

describe("settings that shape no role (B932)", () => {
  const bothGiven = { executionRole: EXECUTION, taskRole: { arn: TASK_ARN }, permissionsBoundary: BOUNDARY };

  it("warns on a rolling service whose two roles are given", () => {
    const diagnostics = validateService({ ...minimal.spec, ...bothGiven }, "spec.ts").diagnostics;
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([["B932", "warning"]]);
  });

  it("stays quiet when one role is still created", () => {
    expect(service({ ...minimal.spec, executionRole: EXECUTION, permissionsBoundary: BOUNDARY })).toEqual([]);
  });

  it("stays quiet for a blue/green service (CodeDeploy role) and a scheduled task (schedule role)", () => {
    expect(service({ ...canary.spec, ...bothGiven })).toEqual([]);
    expect(task({ ...nightly.spec, ...bothGiven })).toEqual([]);
    const { schedule: _s, ...oneOff } = nightly.spec;
    expect(task({ ...oneOff, ...bothGiven })).toEqual(["B932 permissionsBoundary"]);
  });
});

describe("a cluster's permissionsBoundary and rolePath", () => {
  const cluster = (spec: Record<string, unknown>) => validateCluster(spec, "spec.ts").diagnostics.map((d) => `${d.code} ${d.severity} ${d.path}`);

  it("are accepted for a cluster with EC2 providers (the instance role)", () => {
    expect(cluster({ ...gpuCluster.spec, permissionsBoundary: BOUNDARY, rolePath: "/ecs/" })).toEqual([]);
  });

  it("are checked like a workload's (B931, B403)", () => {
    expect(cluster({ ...gpuCluster.spec, rolePath: "ecs" })).toEqual(["B931 error rolePath"]);
    expect(cluster({ ...gpuCluster.spec, permissionsBoundary: "arn:aws:iam::210987654321:policy/b" })).toEqual(["B403 error permissionsBoundary"]);
  });

  it("warn on a Fargate-only cluster, which creates no role (B932)", () => {
    expect(cluster({ ...prodCluster.spec, rolePath: "/ecs/" })).toEqual(["B932 warning rolePath"]);
  });
});
