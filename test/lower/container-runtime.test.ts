import { describe, expect, it } from "vitest";
import type { Resource, RoleResource, TaskDefinitionResource } from "../../src/ir/index.js";
import { lowerServiceSpec } from "../../src/lower/index.js";
import { serviceSchema, type ServiceSpec } from "../../src/spec/schema/index.js";
import efsWorker from "../../specs/efs-worker.js";
import runtimeSettings from "../fixtures/valid/runtime-settings.js";

const lower = (spec: ServiceSpec) => lowerServiceSpec(serviceSchema.parse(spec), "specs/x.ts").resources;
const task = (resources: readonly Resource[]) => resources.find((r): r is TaskDefinitionResource => r.kind === "taskDefinition")!;
const executionStatements = (resources: readonly Resource[]) =>
  (resources.find((r) => r.id === "ExecutionRole") as RoleResource).inlinePolicies.flatMap((p) => p.statements);

describe("container runtime settings", () => {
  const resources = lower(runtimeSettings.spec);
  const [encoder, gpuInit, debug] = task(resources).containers;

  it("carries linuxParameters, limits, timeouts, labels, sysctls, DNS and the restart policy", () => {
    expect(encoder?.runtime).toMatchObject({
      linuxParameters: {
        initProcessEnabled: true,
        capabilities: { add: ["SYS_NICE"], drop: ["NET_RAW"] },
        sharedMemorySize: 512,
        tmpfs: [{ containerPath: "/run/encoder", size: 64, mountOptions: ["noexec", "nosuid"] }],
        devices: [{ hostPath: "/dev/dri/renderD128", containerPath: "/dev/dri/renderD128", permissions: ["read", "write"] }],
        maxSwap: 1024,
        swappiness: 10,
      },
      ulimits: [{ name: "nofile", softLimit: 65536, hardLimit: 65536 }],
      stopTimeout: 300,
      startTimeout: 60,
      dockerLabels: { "com.example.team": "media", "com.example.tier": "batch" },
      systemControls: [{ namespace: "net.core.somaxconn", value: "1024" }],
      dnsServers: ["10.0.0.2"],
      dnsSearchDomains: ["media.internal"],
      extraHosts: [{ hostname: "license-server", ipAddress: "10.0.12.7" }],
      restartPolicy: { enabled: true, ignoredExitCodes: [0], restartAttemptPeriod: 120 },
      versionConsistency: "disabled",
      repositoryCredentials: "arn:aws:secretsmanager:us-east-1:123456789012:secret:registry/example-com",
    });
    expect(encoder?.memoryReservation).toBe(2048);
    expect(gpuInit?.runtime?.privileged).toBe(true);
    expect(debug?.runtime).toMatchObject({ interactive: true, pseudoTerminal: true });
    expect(debug?.volumesFrom).toEqual([{ sourceContainer: "encoder", readOnly: true }]);
  });

  it("lets the execution role read exactly the registry secret (and its key) and the environment files", () => {
    const statements = executionStatements(resources);
    expect(statements.find((s) => s.sid === "ReadSecrets")?.resources).toEqual(["arn:aws:secretsmanager:us-east-1:123456789012:secret:registry/example-com-??????"]);
    expect(statements.find((s) => s.sid === "DecryptSecrets")?.resources).toEqual(["arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"]);
    expect(statements.find((s) => s.sid === "EnvironmentFiles")).toEqual({
      sid: "EnvironmentFiles",
      effect: "Allow",
      actions: ["s3:GetObject"],
      resources: ["arn:aws:s3:::media-config-123456789012/encoder/prod.env", "arn:aws:s3:::media-config-123456789012/shared/common.env"],
    });
    expect(statements.find((s) => s.sid === "EnvironmentFileBuckets")?.resources).toEqual(["arn:aws:s3:::media-config-123456789012"]);
  });

  it("adds nothing for a container without runtime settings", () => {
    const spec = efsWorker.spec as ServiceSpec;
    const sidecar = task(lower(spec)).containers[1];
    expect(sidecar?.runtime).toBeUndefined();
    expect(executionStatements(lower(spec)).map((s) => s.sid)).not.toContain("EnvironmentFiles");
  });
});
