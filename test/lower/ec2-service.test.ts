import { describe, expect, it } from "vitest";
import type { Resource, ServiceResource, TargetGroupResource, TaskDefinitionResource } from "../../src/ir/index.js";
import { lowerServiceSpec } from "../../src/lower/index.js";
import { serviceSchema, type ServiceSpec } from "../../src/spec/schema/index.js";
import gpuInference from "../../specs/gpu-inference.js";
import logAgent from "../../specs/log-agent.js";

const lower = (spec: ServiceSpec) => lowerServiceSpec(serviceSchema.parse(spec), "specs/x.ts");
const one = <K extends Resource["kind"]>(resources: readonly Resource[], kind: K) => {
  const found = resources.filter((r): r is Extract<Resource, { kind: K }> => r.kind === kind);
  expect(found, kind).toHaveLength(1);
  return found[0] as Extract<Resource, { kind: K }>;
};

describe("lowering the GPU inference service (EC2 capacity provider, bridge mode)", () => {
  const { resources } = lower(gpuInference.spec);
  const service: ServiceResource = one(resources, "service");
  const task: TaskDefinitionResource = one(resources, "taskDefinition");

  it("runs on the cluster's GPU capacity provider, without a launch type or Fargate platform version", () => {
    expect(service.cluster).toBe("gpu-cluster");
    expect(service.capacityProviderStrategy).toEqual([{ provider: "gpu-g5", weight: 1, base: 0 }]);
    expect(service.launchType).toBeUndefined();
    expect(service.platformVersion).toBeUndefined();
    expect(service.desiredCount).toBe(2);
  });

  it("requires EC2 compatibility, bridge networking and one GPU for the model container", () => {
    expect(task.requiresCompatibilities).toEqual(["EC2"]);
    expect(task.networkMode).toBe("bridge");
    expect(task.containers[0]).toMatchObject({ name: "model", gpuCount: 1, portMappings: [{ containerPort: 8080, protocol: "tcp" }] });
  });

  it("has no awsvpc configuration and no task security group: the tasks use the instances' network", () => {
    expect(service.network).toBeUndefined();
    expect(resources.map((r) => r.kind)).not.toContain("securityGroup");
  });

  it("registers tasks by instance and dynamic port, health-checked on the traffic port", () => {
    const group: TargetGroupResource = one(resources, "targetGroup");
    expect(group).toMatchObject({ targetType: "instance", port: 8080, vpcId: "vpc-0a1b2c3d4e5f60718" });
    // No health check port of its own: ELB then checks each target on the port it receives traffic on.
    expect(Object.keys(group.healthCheck)).not.toContain("port");
    expect(service.loadBalancers).toEqual([{ targetGroup: "TargetGroup", containerName: "model", containerPort: 8080 }]);
  });

  it("spreads across Availability Zones, then bin-packs on memory", () => {
    expect(service.placementStrategy).toEqual([
      { type: "spread", field: "attribute:ecs.availability-zone" },
      { type: "binpack", field: "memory" },
    ]);
    expect(service.placementConstraints).toEqual([]);
  });
});

describe("lowering the log agent (DAEMON, host mode)", () => {
  const { resources } = lower(logAgent.spec);
  const service: ServiceResource = one(resources, "service");
  const task: TaskDefinitionResource = one(resources, "taskDefinition");

  it("schedules one task per instance with the EC2 launch type and no desired count", () => {
    expect(service.schedulingStrategy).toBe("DAEMON");
    expect(service.launchType).toBe("EC2");
    expect(service.desiredCount).toBeUndefined();
    expect(service.capacityProviderStrategy).toEqual([]);
    expect(service.deployment).toMatchObject({ minimumHealthyPercent: 50, maximumPercent: 100 });
  });

  it("uses host networking with a read-only root file system and no load balancer", () => {
    expect(task.networkMode).toBe("host");
    expect(task.containers[0]?.readonlyRootFilesystem).toBe(true);
    expect(service.network).toBeUndefined();
    expect(service.loadBalancers).toEqual([]);
    expect(resources.map((r) => r.kind)).not.toContain("targetGroup");
  });
});

describe("lowering an awsvpc service on EC2", () => {
  const { resources } = lower({
    name: "orders-api",
    account: "123456789012",
    region: "us-east-1",
    cluster: "prod-cluster",
    launchType: "EC2",
    cpu: 384,
    memory: 768,
    container: { image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/orders:1.0.0", port: 8080 },
    network: { vpc: "vpc-0a1b2c3d", subnets: ["subnet-0a1b2c3d"], allowFrom: ["sg-0a1b2c3d"] },
    placement: { constraints: [{ type: "distinctInstance" }, { type: "memberOf", expression: "attribute:ecs.instance-type =~ m7i.*" }] },
  });
  const service: ServiceResource = one(resources, "service");

  it("keeps the task's own interface and security group, with the EC2 launch type", () => {
    expect(service.launchType).toBe("EC2");
    expect(service.network?.securityGroups).toEqual([{ resource: "ServiceSecurityGroup", attribute: "id" }]);
    expect(one(resources, "taskDefinition")).toMatchObject({ cpu: 384, memory: 768, networkMode: "awsvpc", requiresCompatibilities: ["EC2"] });
  });

  it("passes placement constraints through", () => {
    expect(service.placementConstraints).toEqual([
      { type: "distinctInstance" },
      { type: "memberOf", expression: "attribute:ecs.instance-type =~ m7i.*" },
    ]);
  });
});
