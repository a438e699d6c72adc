import { describe, expect, it } from "vitest";
import type { Resource, ServiceResource, TaskDefinitionResource } from "../../src/ir/index.js";
import { lowerServiceSpec } from "../../src/lower/index.js";
import { serviceSchema, type ServiceSpec } from "../../src/spec/schema/index.js";
import { validateService } from "../../src/validate/index.js";

const lower = (spec: ServiceSpec) => lowerServiceSpec(serviceSchema.parse(spec), "specs/x.ts");
const one = <K extends Resource["kind"]>(resources: readonly Resource[], kind: K) =>
  resources.find((r): r is Extract<Resource, { kind: K }> => r.kind === kind) as Extract<Resource, { kind: K }>;

/** A host-mode DAEMON agent on EC2 without a task-level size or a deploy block. */
const AGENT: ServiceSpec = {
  name: "node-agent",
  account: "123456789012",
  region: "us-east-1",
  cluster: "prod-cluster",
  launchType: "EC2",
  scheduling: "DAEMON",
  networkMode: "host",
  pidMode: "host",
  ipcMode: "host",
  container: { name: "Node_Agent-1", image: "public.ecr.aws/example/agent:1.0.0", memoryReservation: 128, user: "65534" },
  sidecars: [{ name: "log_router", image: "public.ecr.aws/example/router:1.0.0", memory: 64, user: "65534" }],
};

describe("task settings", () => {
  it("validates an EC2 task without task-level cpu and memory, with ECS-style container names", () => {
    expect(validateService(AGENT, "specs/x.ts").diagnostics).toEqual([]);
  });

  it("leaves the task-level size out and carries pidMode and ipcMode", () => {
    const task: TaskDefinitionResource = one(lower(AGENT).resources, "taskDefinition");
    expect(task.cpu).toBeUndefined();
    expect(task.memory).toBeUndefined();
    expect(task.pidMode).toBe("host");
    expect(task.ipcMode).toBe("host");
    expect(task.containers.map((c) => c.name)).toEqual(["Node_Agent-1", "log_router"]);
  });

  it("gives a DAEMON service without a deploy block ECS's 0 % / 100 %", () => {
    const service: ServiceResource = one(lower(AGENT).resources, "service");
    expect(service.deployment).toMatchObject({ minimumHealthyPercent: 0, maximumPercent: 100 });
  });

  it("keeps the rolling 100 % / 200 % for a REPLICA service and an explicit deploy for a daemon", () => {
    const replica = { ...AGENT, scheduling: "REPLICA" as const, networkMode: "bridge" as const, pidMode: undefined, ipcMode: undefined };
    expect(one(lower(replica).resources, "service").deployment).toMatchObject({ minimumHealthyPercent: 100, maximumPercent: 200 });
    const explicit = { ...AGENT, deploy: { minimumHealthyPercent: 50, maximumPercent: 100 } };
    expect(one(lower(explicit).resources, "service").deployment).toMatchObject({ minimumHealthyPercent: 50, maximumPercent: 100 });
  });

  it("refuses a container name ECS would refuse", () => {
    const bad = { ...AGENT, sidecars: [{ name: "log router", image: "public.ecr.aws/example/router:1.0.0", memory: 64 }] };
    expect(validateService(bad, "specs/x.ts").diagnostics.map((d) => [d.code, d.path])).toEqual([["B100", "sidecars[0].name"]]);
  });
});
