import { describe, expect, it } from "vitest";
import type { ServiceSpec } from "../../src/spec/schema/index.js";
import { validateService } from "../../src/validate/index.js";

const base: ServiceSpec = {
  name: "orders-api",
  account: "123456789012",
  region: "us-east-1",
  cluster: "prod-cluster",
  cpu: 512,
  memory: 1024,
  container: { image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/orders:1.0.0", port: 8080 },
  network: { vpc: "vpc-0a1b2c3d", subnets: ["subnet-0a1b2c3d"], allowFrom: ["10.0.0.0/16"] },
};
const codes = (spec: ServiceSpec) => validateService(spec, "specs/x.ts").diagnostics.map((d) => d.code);

describe("rules that know where tasks run", () => {
  it("judges EC2 task sizes by ECS's range, not Fargate's table", () => {
    expect(codes({ ...base, launchType: "EC2", cpu: 384, memory: 700 })).toEqual([]);
    expect(codes({ ...base, cpu: 384, memory: 700 })).toEqual(["B201"]);
    expect(codes({ ...base, launchType: "EC2", cpu: 200000 })).toEqual(["B747"]);
  });

  it("treats a strategy with an Auto Scaling group provider as EC2", () => {
    const bridge: ServiceSpec = { ...base, capacityProviders: [{ provider: "general" }], cpu: 384, memory: 700, networkMode: "bridge", network: undefined };
    expect(codes(bridge)).toEqual([]);
    // allowFrom only feeds an awsvpc task's security group: in bridge mode it is flagged as unused.
    expect(codes({ ...bridge, network: base.network })).toEqual(["B746"]);
  });

  it("accepts Fargate's own strategy with one base, and EC2-only features on EC2", () => {
    expect(codes({ ...base, capacityProviders: [{ provider: "FARGATE_SPOT", weight: 4 }, { provider: "FARGATE", weight: 1, base: 1 }] })).toEqual([]);
    const ec2: ServiceSpec = {
      ...base,
      launchType: "EC2",
      networkMode: "bridge",
      network: { vpc: "vpc-0a1b2c3d", subnets: ["subnet-0a1b2c3d"] },
      container: { ...base.container, gpu: 1 },
      placement: { constraints: [{ type: "distinctInstance" }], strategy: [{ type: "spread" }] },
    };
    expect(codes(ec2)).toEqual([]);
  });

  it("lets bridge-mode containers share a port (each has its own namespace) but not awsvpc ones", () => {
    const sidecars = [{ name: "metrics", image: "public.ecr.aws/nginx/nginx:1.27", port: 8080 }];
    expect(codes({ ...base, launchType: "EC2", networkMode: "bridge", network: undefined, sidecars })).toEqual([]);
    expect(codes({ ...base, sidecars })).toEqual(["B745"]);
  });

  it("does not mistake a DAEMON service's default desired count for one the author wrote", () => {
    const daemon: ServiceSpec = {
      ...base,
      container: { ...base.container, user: "65534" },
      launchType: "EC2",
      scheduling: "DAEMON",
      network: undefined,
      networkMode: "host",
      deploy: { minimumHealthyPercent: 0, maximumPercent: 100 },
    };
    expect(codes(daemon)).toEqual([]);
    expect(codes({ ...daemon, desiredCount: 1 })).toEqual(["B739"]);
  });

  it("does not warn about an empty allowFrom in bridge mode, where the instances' groups admit the load balancer", () => {
    const spec: ServiceSpec = {
      ...base,
      launchType: "EC2",
      networkMode: "bridge",
      network: { vpc: "vpc-0a1b2c3d", subnets: ["subnet-0a1b2c3d"] },
      loadBalancer: {
        listener: "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/prod/50dc6c495c0c9188/f2f7dc8efc522ab2",
        priority: 10,
        paths: ["/orders/*"],
      },
    };
    expect(codes(spec)).toEqual([]);
    expect(codes({ ...spec, launchType: undefined, networkMode: "awsvpc" })).toEqual(["B305"]);
  });
});
