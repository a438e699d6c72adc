import { describe, expect, it } from "vitest";
import type { Resource, RoleResource, ServiceResource, TaskDefinitionResource } from "../../src/ir/index.js";
import { lowerServiceSpec } from "../../src/lower/index.js";
import { serviceSchema, type ServiceSpec } from "../../src/spec/schema/index.js";
import ebsBuilder from "../../specs/ebs-builder.js";
import efsWorker from "../../specs/efs-worker.js";
import nodeAgent from "../../specs/node-agent.js";

const lower = (spec: ServiceSpec) => lowerServiceSpec(serviceSchema.parse(spec), "specs/x.ts").resources;
const byId = (resources: readonly Resource[], id: string) => resources.find((r) => r.id === id);
const task = (resources: readonly Resource[]) => resources.find((r): r is TaskDefinitionResource => r.kind === "taskDefinition")!;
const service = (resources: readonly Resource[]) => resources.find((r): r is ServiceResource => r.kind === "service")!;
const efsPolicy = (resources: readonly Resource[]) => (byId(resources, "TaskRole") as RoleResource).inlinePolicies.find((p) => p.name === "efs");

describe("EFS volumes (specs/efs-worker.ts)", () => {
  const resources = lower(efsWorker.spec);

  it("mounts the file system with transit encryption on by default, IAM and the access point", () => {
    expect(task(resources).volumes).toEqual([
      { kind: "efs", name: "shared", fileSystemId: "fs-0a1b2c3d4e5f60718", transitEncryption: true, accessPointId: "fsap-0a1b2c3d4e5f60718", iam: true },
      { kind: "bind", name: "scratch" },
    ]);
    expect(task(resources).containers.map((c) => c.mountPoints)).toEqual([
      [
        { sourceVolume: "shared", containerPath: "/mnt/shared", readOnly: false },
        { sourceVolume: "scratch", containerPath: "/tmp", readOnly: false },
      ],
      [{ sourceVolume: "shared", containerPath: "/mnt/shared", readOnly: true }],
    ]);
  });

  it("grants the task role ClientMount and ClientWrite on exactly that file system, through the access point", () => {
    expect(efsPolicy(resources)?.statements).toEqual([
      {
        sid: "Efs0",
        effect: "Allow",
        actions: ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"],
        resources: ["arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0a1b2c3d4e5f60718"],
        conditions: { StringEquals: { "elasticfilesystem:AccessPointArn": "arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0a1b2c3d4e5f60718" } },
      },
    ]);
  });

  it("grants ClientMount only when every mount is read-only, and nothing without IAM authorization", () => {
    const spec = efsWorker.spec as ServiceSpec;
    const readOnly = { ...spec, container: { ...spec.container, mountPoints: [{ volume: "shared", containerPath: "/mnt/shared", readOnly: true }] } };
    expect(efsPolicy(lower(readOnly))?.statements[0]?.actions).toEqual(["elasticfilesystem:ClientMount"]);
    const withoutIam = { ...spec, volumes: [{ name: "shared", type: "efs" as const, fileSystemId: "fs-0a1b2c3d4e5f60718" }] };
    expect(efsPolicy(lower(withoutIam))).toBeUndefined();
  });
});

describe("EBS volumes configured at launch (specs/ebs-builder.ts)", () => {
  const resources = lower(ebsBuilder.spec);

  it("marks the task volume configured at launch and puts its settings on the service", () => {
    expect(task(resources).volumes).toEqual([{ kind: "configuredAtLaunch", name: "workspace" }]);
    expect(service(resources).volumeConfigurations).toEqual([
      {
        name: "workspace",
        role: "InfrastructureRole",
        sizeGiB: 200,
        volumeType: "gp3",
        iops: 6000,
        throughput: 500,
        encrypted: true,
        kmsKey: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        fileSystemType: "ext4",
      },
    ]);
  });

  it("creates the ECS infrastructure role with the AWS managed volumes policy", () => {
    const role = byId(resources, "InfrastructureRole") as RoleResource;
    expect(role).toMatchObject({
      principal: "ecs.amazonaws.com",
      name: "ebs-builder-us-east-1-ecs-infra",
      managedPolicies: ["arn:aws:iam::aws:policy/service-role/AmazonECSInfrastructureRolePolicyForVolumes"],
      inlinePolicies: [],
    });
  });

  it("encrypts by default and creates no infrastructure role without an EBS volume", () => {
    const spec = ebsBuilder.spec as ServiceSpec;
    const plain = lower({ ...spec, volumes: [{ name: "workspace", type: "ebs", sizeGiB: 50 }] });
    expect(service(plain).volumeConfigurations[0]).toEqual({ name: "workspace", role: "InfrastructureRole", sizeGiB: 50, volumeType: "gp3", encrypted: true });
    expect(byId(lower(efsWorker.spec), "InfrastructureRole")).toBeUndefined();
  });
});

describe("host bind mounts and Docker volumes (specs/node-agent.ts)", () => {
  const resources = lower(nodeAgent.spec);

  it("mounts /proc and /sys from the host read-only, with the host's process namespace", () => {
    const definition = task(resources);
    expect(definition.pidMode).toBe("host");
    expect(definition.volumes.slice(0, 2)).toEqual([
      { kind: "bind", name: "host_proc", hostPath: "/proc" },
      { kind: "bind", name: "host_sys", hostPath: "/sys" },
    ]);
    expect(definition.volumes[2]).toEqual({ kind: "docker", name: "agent-state", scope: "shared", autoprovision: true, driver: "local", driverOpts: {}, labels: { owner: "node-agent" } });
    expect(definition.containers[0]?.mountPoints.filter((m) => m.readOnly).map((m) => m.containerPath)).toEqual(["/host/proc", "/host/sys"]);
  });

  it("carries volumesFrom with its read-only flag", () => {
    const spec = nodeAgent.spec as ServiceSpec;
    const withReader = { ...spec, sidecars: [{ name: "reader", image: "public.ecr.aws/docker/library/busybox:1.36", memory: 32, volumesFrom: [{ container: "node_exporter", readOnly: true }] }] };
    expect(task(lower(withReader)).containers[1]?.volumesFrom).toEqual([{ sourceContainer: "node_exporter", readOnly: true }]);
  });
});
