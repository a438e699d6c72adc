import { describe, expect, it } from "vitest";
import type { LogGroupResource, Resource, RoleResource, TaskDefinitionResource } from "../../src/ir/index.js";
import { lowerServiceSpec } from "../../src/lower/index.js";
import { serviceSchema, type ServiceSpec } from "../../src/spec/schema/index.js";
import efsWorker from "../../specs/efs-worker.js";
import ebsBuilder from "../../specs/ebs-builder.js";

const lower = (spec: ServiceSpec) => lowerServiceSpec(serviceSchema.parse(spec), "specs/x.ts").resources;
const task = (resources: readonly Resource[]) => resources.find((r): r is TaskDefinitionResource => r.kind === "taskDefinition")!;
const logGroup = (resources: readonly Resource[]) => resources.find((r): r is LogGroupResource => r.kind === "logGroup")!;

describe("awslogs options and the stack's log group (specs/efs-worker.ts)", () => {
  const resources = lower(efsWorker.spec);
  const [worker, metrics] = task(resources).containers;

  it("passes non-blocking mode, the buffer size and the multiline pattern to awslogs", () => {
    expect(worker?.logging).toEqual({
      driver: "awslogs",
      logGroup: { resource: "LogGroup", attribute: "name" },
      region: "us-east-1",
      streamPrefix: "ecs",
      options: { "awslogs-multiline-pattern": "^\\S", "max-buffer-size": "25m", mode: "non-blocking" },
    });
  });

  it("writes a container that names an existing group there, and lets the execution role write to it", () => {
    expect(metrics?.logging).toEqual({ driver: "awslogs", logGroup: "/platform/share-usage", region: "us-east-1", streamPrefix: "efs-worker" });
    const logs = (resources.find((r) => r.id === "ExecutionRole") as RoleResource).inlinePolicies[0]?.statements.find((s) => s.sid === "Logs");
    expect(logs?.resources).toEqual([
      "arn:aws:logs:us-east-1:123456789012:log-group:/ecs/efs-worker:log-stream:*",
      "arn:aws:logs:us-east-1:123456789012:log-group:/platform/share-usage:log-stream:*",
    ]);
  });

  it("encrypts the group with the KMS key, uses its class and keeps it on delete", () => {
    expect(logGroup(resources)).toMatchObject({
      retentionDays: 90,
      kmsKey: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
      logGroupClass: "INFREQUENT_ACCESS",
      retainOnDelete: true,
    });
  });

  it("defaults to a STANDARD group that is deleted with the stack, and no extra awslogs options", () => {
    const plain = lower(ebsBuilder.spec);
    expect(logGroup(plain).retainOnDelete).toBe(false);
    expect(logGroup(plain).logGroupClass).toBeUndefined();
    expect(logGroup(plain).kmsKey).toBeUndefined();
    expect(task(plain).containers[0]?.logging).not.toHaveProperty("options");
  });
});
