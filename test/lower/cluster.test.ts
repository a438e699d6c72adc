import { describe, expect, it } from "vitest";
import type {
  AutoScalingGroupResource,
  CapacityProviderResource,
  ClusterCapacityProvidersResource,
  ClusterResource,
  LaunchTemplateResource,
  Resource,
  RoleResource,
  SecurityGroupResource,
} from "../../src/ir/index.js";
import { lowerClusterSpec } from "../../src/lower/cluster/index.js";
import { clusterSchema, type ClusterSpec, type Ec2CapacityProviderSpec } from "../../src/spec/schema/index.js";
import gpuCluster from "../../specs/gpu-cluster.js";

const lower = (spec: ClusterSpec) => lowerClusterSpec(clusterSchema.parse(spec), "specs/x.ts");
const find = <K extends Resource["kind"]>(resources: readonly Resource[], id: string, kind: K) => {
  const resource = resources.find((r) => r.id === id);
  expect(resource?.kind, id).toBe(kind);
  return resource as Extract<Resource, { kind: K }>;
};

const NETWORK = { vpc: "vpc-0a1b2c3d", subnets: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"] };
const base: ClusterSpec = { name: "prod", account: "123456789012", region: "us-east-1" };
const provider = (fields: Partial<Ec2CapacityProviderSpec> = {}): Ec2CapacityProviderSpec => ({
  name: "general",
  instanceTypes: ["m7i.large"],
  maxSize: 4,
  network: NETWORK,
  ...fields,
});

describe("lowering the GPU cluster example", () => {
  const stack = lower(gpuCluster.spec);
  const { resources } = stack;

  it("creates the cluster, the shared instance role, the provider's resources and the association, in a stable order", () => {
    expect(resources.map((r) => r.id)).toEqual([
      "ExecLogGroup",
      "Cluster",
      "InstanceRole",
      "InstanceProfile",
      "GpuG5SecurityGroup",
      "GpuG5LaunchTemplate",
      "GpuG5AutoScalingGroup",
      "GpuG5CapacityProvider",
      "ClusterCapacityProviders",
    ]);
  });

  it("reads the GPU AMI from its public SSM parameter through a stack input", () => {
    const path = "/aws/service/ecs/optimized-ami/amazon-linux-2023/gpu/recommended/image_id";
    expect(stack.inputs).toEqual([expect.objectContaining({ id: "GpuG5AmiId", default: path, ssmParameter: path, valueType: "ec2ImageId" })]);
    expect(find(resources, "GpuG5LaunchTemplate", "launchTemplate").imageIdInput).toBe("GpuG5AmiId");
  });

  it("configures Container Insights and ECS Exec logging to the cluster's own, KMS-encrypted log group", () => {
    const cluster: ClusterResource = find(resources, "Cluster", "cluster");
    expect(cluster.containerInsights).toBe("enhanced");
    expect(cluster.executeCommand).toEqual({
      logging: "OVERRIDE",
      logGroup: "ExecLogGroup",
      kmsKeyId: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
      encryptedLogGroup: true,
    });
    expect(find(resources, "ExecLogGroup", "logGroup")).toMatchObject({
      name: "/ecs/gpu-cluster/exec",
      retentionDays: 365,
      kmsKey: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    });
  });

  it("launches instances that join the cluster, with IMDSv2 only and an encrypted root volume", () => {
    const template: LaunchTemplateResource = find(resources, "GpuG5LaunchTemplate", "launchTemplate");
    expect(template.userData).toBe("#!/bin/bash\necho ECS_CLUSTER=gpu-cluster >> /etc/ecs/ecs.config\n");
    expect(template.metadata).toEqual({ httpTokens: "required", httpPutResponseHopLimit: 1 });
    expect(template.rootVolume).toEqual({ deviceName: "/dev/xvda", sizeGiB: 100, volumeType: "gp3", encrypted: true });
    expect(template.instanceType).toBeUndefined();
    expect(template.securityGroups).toEqual([{ resource: "GpuG5SecurityGroup", attribute: "id" }]);
  });

  it("lists several instance types as a mixed instances policy, protects new instances and leaves the desired capacity to ECS", () => {
    const group: AutoScalingGroupResource = find(resources, "GpuG5AutoScalingGroup", "autoScalingGroup");
    expect(group).toMatchObject({ name: "gpu-cluster-gpu-g5", minSize: 0, maxSize: 6, protectFromScaleIn: true, forceDelete: true });
    expect(group.instanceTypeOverrides).toEqual(["g5.xlarge", "g5.2xlarge"]);
    expect(group.externallyManaged).toEqual(["desiredCapacity"]);
    expect(group.dependsOn).toEqual(["Cluster"]);
    expect(group.tags).toEqual([
      { key: "AmazonECSManaged", value: "true", propagateAtLaunch: true },
      { key: "Name", value: "gpu-cluster-gpu-g5", propagateAtLaunch: true },
      { key: "team", value: "ml-platform", propagateAtLaunch: true },
    ]);
  });

  it("puts the group behind a capacity provider with managed scaling at 100 % and managed termination protection", () => {
    const capacity: CapacityProviderResource = find(resources, "GpuG5CapacityProvider", "capacityProvider");
    expect(capacity).toMatchObject({
      name: "gpu-g5",
      autoScalingGroup: "GpuG5AutoScalingGroup",
      managedScaling: { targetCapacity: 100 },
      managedTerminationProtection: true,
      managedDraining: true,
    });
  });

  it("associates Fargate and the GPU provider (by reference) with the cluster's default strategy", () => {
    const association: ClusterCapacityProvidersResource = find(resources, "ClusterCapacityProviders", "clusterCapacityProviders");
    expect(association.providers).toEqual(["FARGATE", { resource: "GpuG5CapacityProvider", attribute: "name" }]);
    expect(association.defaultStrategy).toEqual([{ provider: "FARGATE", weight: 1, base: 0 }]);
  });

  it("opens the dynamic host ports to the load balancer's group only", () => {
    const group: SecurityGroupResource = find(resources, "GpuG5SecurityGroup", "securityGroup");
    expect(group.ingress).toEqual([
      expect.objectContaining({ protocol: "tcp", fromPort: 32768, toPort: 65535, source: { securityGroupId: "sg-0f1e2d3c4b5a69788" } }),
    ]);
  });

  it("gives the instances the ECS agent's managed policy and Session Manager", () => {
    const role: RoleResource = find(resources, "InstanceRole", "role");
    expect(role).toMatchObject({ name: "gpu-cluster-us-east-1-instance", principal: "ec2.amazonaws.com", inlinePolicies: [] });
    expect(role.managedPolicies).toEqual([
      "arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role",
      "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore",
    ]);
    expect(find(resources, "InstanceProfile", "instanceProfile")).toMatchObject({ name: role.name, role: "InstanceRole" });
  });

  it("exports the cluster and each capacity provider", () => {
    expect(stack.outputs.map((o) => o.id)).toEqual([
      "ClusterName",
      "ClusterArn",
      "GpuG5CapacityProviderName",
      "GpuG5AutoScalingGroupName",
      "GpuG5SecurityGroupId",
    ]);
  });
});

describe("lowering other cluster shapes", () => {
  it("makes a Fargate-only cluster of just the cluster and its association, with safe defaults", () => {
    const stack = lower(base);
    expect(stack.resources.map((r) => r.id)).toEqual(["Cluster", "ClusterCapacityProviders"]);
    expect(stack.inputs).toEqual([]);
    const cluster = find(stack.resources, "Cluster", "cluster");
    expect(cluster.containerInsights).toBe("enabled");
    expect(cluster.executeCommand).toEqual({ logging: "DEFAULT" });
    const association = find(stack.resources, "ClusterCapacityProviders", "clusterCapacityProviders");
    expect(association.providers).toEqual(["FARGATE", "FARGATE_SPOT"]);
    expect(association.defaultStrategy).toEqual([{ provider: "FARGATE", weight: 1, base: 0 }]);
  });

  it("uses the arm64 AMI, one instance type in the launch template and the given security groups", () => {
    const stack = lower({
      ...base,
      capacityProviders: { ec2: [provider({ name: "graviton", instanceTypes: ["m7g.large"], architecture: "arm64", network: { ...NETWORK, securityGroups: ["sg-0a1b2c3d"] } })] },
    });
    expect(stack.inputs[0]?.ssmParameter).toBe("/aws/service/ecs/optimized-ami/amazon-linux-2023/arm64/recommended/image_id");
    expect(stack.resources.map((r) => r.kind)).not.toContain("securityGroup");
    const template = find(stack.resources, "GravitonLaunchTemplate", "launchTemplate");
    expect(template.instanceType).toBe("m7g.large");
    expect(template.securityGroups).toEqual(["sg-0a1b2c3d"]);
    expect(template.rootVolume).toEqual({ deviceName: "/dev/xvda", volumeType: "gp3", encrypted: true });
    expect(find(stack.resources, "GravitonAutoScalingGroup", "autoScalingGroup").instanceTypeOverrides).toEqual([]);
  });

  it("uses the standard x86_64 AMI by default", () => {
    expect(lower({ ...base, capacityProviders: { ec2: [provider()] } }).inputs[0]?.ssmParameter).toBe(
      "/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id",
    );
  });

  it("neither protects instances nor force-deletes the group without managed termination protection", () => {
    const stack = lower({ ...base, capacityProviders: { ec2: [provider({ managedTerminationProtection: false })] } });
    expect(find(stack.resources, "GeneralAutoScalingGroup", "autoScalingGroup")).toMatchObject({ protectFromScaleIn: false, forceDelete: false });
    expect(find(stack.resources, "GeneralCapacityProvider", "capacityProvider").managedTerminationProtection).toBe(false);
  });

  it("defaults the strategy to the first EC2 provider when Fargate is not associated, by reference", () => {
    const stack = lower({ ...base, capacityProviders: { fargate: false, fargateSpot: false, ec2: [provider()] } });
    const association = find(stack.resources, "ClusterCapacityProviders", "clusterCapacityProviders");
    expect(association.providers).toEqual([{ resource: "GeneralCapacityProvider", attribute: "name" }]);
    expect(association.defaultStrategy).toEqual([{ provider: { resource: "GeneralCapacityProvider", attribute: "name" }, weight: 1, base: 0 }]);
  });

  it("leaves Session Manager out when asked, and uses the region's partition in policy ARNs", () => {
    const stack = lower({ ...base, region: "cn-north-1", sessionManager: false, capacityProviders: { ec2: [provider()] } });
    expect(find(stack.resources, "InstanceRole", "role").managedPolicies).toEqual(["arn:aws-cn:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role"]);
  });

  it("lets a spec tag override berth's instance tags but never drops AmazonECSManaged", () => {
    const stack = lower({ ...base, tags: { Name: "custom" }, capacityProviders: { ec2: [provider()] } });
    const tags = find(stack.resources, "GeneralAutoScalingGroup", "autoScalingGroup").tags;
    expect(tags).toEqual([
      { key: "AmazonECSManaged", value: "true", propagateAtLaunch: true },
      { key: "Name", value: "custom", propagateAtLaunch: true },
    ]);
  });

  it("maps ECS Exec logging: none → NONE", () => {
    expect(find(lower({ ...base, exec: { logging: "none" } }).resources, "Cluster", "cluster").executeCommand).toEqual({ logging: "NONE" });
  });
});
