import { describe, expect, it } from "vitest";
import { amiParameter, defaultStrategyOf, hasReservedPrefix, providerStem } from "../../src/spec/cluster.js";
import { architectureOf, hasNvidiaGpu } from "../../src/spec/instance-types.js";

describe("instance type names", () => {
  it.each([
    ["m7g.large", "arm64"],
    ["c7gn.2xlarge", "arm64"],
    ["r6gd.xlarge", "arm64"],
    ["t4g.micro", "arm64"],
    ["is4gen.large", "arm64"],
    ["g5g.xlarge", "arm64"],
    ["a1.medium", "arm64"],
    ["m7i.large", "x86_64"],
    ["m7a.large", "x86_64"],
    ["g5.xlarge", "x86_64"],
    ["g4dn.xlarge", "x86_64"],
    ["c6in.large", "x86_64"],
    ["p5.48xlarge", "x86_64"],
  ])("%s is %s", (type, architecture) => {
    expect(architectureOf(type)).toBe(architecture);
  });

  it.each([
    ["g5.xlarge", true],
    ["g6e.2xlarge", true],
    ["g4dn.xlarge", true],
    ["gr6.4xlarge", true],
    ["p4d.24xlarge", true],
    ["g4ad.xlarge", false],
    ["m7i.large", false],
    ["inf2.xlarge", false],
  ])("%s has an NVIDIA GPU: %s", (type, gpu) => {
    expect(hasNvidiaGpu(type)).toBe(gpu);
  });
});

describe("cluster facts", () => {
  it("picks the ECS-optimized Amazon Linux 2023 AMI parameter of each variant", () => {
    expect(amiParameter({ name: "a", architecture: "x86_64", gpu: false })).toBe("/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id");
    expect(amiParameter({ name: "a", architecture: "arm64", gpu: false })).toBe("/aws/service/ecs/optimized-ami/amazon-linux-2023/arm64/recommended/image_id");
    expect(amiParameter({ name: "a", architecture: "x86_64", gpu: true })).toBe("/aws/service/ecs/optimized-ami/amazon-linux-2023/gpu/recommended/image_id");
  });

  it("derives id stems without runs of capitals", () => {
    expect(providerStem("gpu-g5")).toBe("GpuG5");
    expect(providerStem("GPU_nodes")).toBe("GpuNodes");
    expect(providerStem("a--b")).toBe("AB");
  });

  it("knows ECS's reserved prefixes, in any case", () => {
    expect(hasReservedPrefix("Fargate-extra")).toBe(true);
    expect(hasReservedPrefix("ecs1")).toBe(true);
    expect(hasReservedPrefix("general")).toBe(false);
  });

  it("defaults the strategy to FARGATE, else the first associated provider, else nothing", () => {
    const ec2 = [{ name: "general", architecture: "x86_64" as const, gpu: false }];
    const cluster = (fargate: boolean, fargateSpot: boolean, providers = ec2) => ({ name: "c", region: "us-east-1", capacityProviders: { fargate, fargateSpot, ec2: providers } });
    expect(defaultStrategyOf(cluster(true, true))).toEqual([{ provider: "FARGATE", weight: 1, base: 0 }]);
    expect(defaultStrategyOf(cluster(false, true))).toEqual([{ provider: "FARGATE_SPOT", weight: 1, base: 0 }]);
    expect(defaultStrategyOf(cluster(false, false))).toEqual([{ provider: "general", weight: 1, base: 0 }]);
    expect(defaultStrategyOf(cluster(false, false, []))).toEqual([]);
  });
});
