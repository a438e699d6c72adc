import { describe, expect, it } from "vitest";
import type { Resource, RoleResource, ServiceResource, TaskDefinitionResource } from "../../src/ir/index.js";
import { lowerServiceSpec } from "../../src/lower/index.js";
import { ecrRepositoryArn, parseImage } from "../../src/lower/image.js";
import { secretPolicyResources } from "../../src/lower/secrets.js";
import { serviceSchema, type ServiceSpec } from "../../src/spec/schema/index.js";
import myApi from "../../specs/my-api.js";
import ledger from "../../specs/ledger-worker.js";

const lower = (spec: ServiceSpec) => lowerServiceSpec(serviceSchema.parse(spec), "specs/x.ts");
const byKind = <K extends Resource["kind"]>(resources: readonly Resource[], kind: K) =>
  resources.filter((r): r is Extract<Resource, { kind: K }> => r.kind === kind);

describe("lowering the guide's service", () => {
  const stack = lower(myApi.spec);

  it("creates the resources the guide's service needs, in a stable order", () => {
    expect(stack.resources.map((r) => r.id)).toEqual([
      "LogGroup", "ExecutionRole", "TaskRole", "ServiceSecurityGroup", "TargetGroup", "ListenerRule", "TaskDefinition", "DiscoveryService", "Service",
    ]);
  });

  it("makes the main image's tag a stack input defaulting to the spec's tag", () => {
    expect(stack.inputs).toEqual([expect.objectContaining({ id: "ImageTag", default: "latest" })]);
    const task = byKind(stack.resources, "taskDefinition")[0] as TaskDefinitionResource;
    expect(task.containers[0]?.image).toEqual({ kind: "input", repository: "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-api", separator: ":", input: "ImageTag" });
  });

  it("lets the execution role read exactly the referenced secret, with the suffix wildcard", () => {
    const role = stack.resources.find((r) => r.id === "ExecutionRole") as RoleResource;
    const statements = role.inlinePolicies.flatMap((p) => p.statements);
    expect(role.managedPolicies).toEqual([]);
    expect(statements.find((s) => s.sid === "ReadSecrets")?.resources).toEqual(["arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-password-??????"]);
    expect(statements.find((s) => s.sid === "EcrPull")?.resources).toEqual(["arn:aws:ecr:us-east-1:123456789012:repository/my-api"]);
    expect(statements.some((s) => s.actions.includes("kms:Decrypt"))).toBe(false);
  });

  it("wires the service to the target group after the listener rule exists", () => {
    const service = byKind(stack.resources, "service")[0] as ServiceResource;
    expect(service.loadBalancers).toEqual([{ targetGroup: "TargetGroup", containerName: "api", containerPort: 8080 }]);
    expect(service.dependsOn).toEqual(["ListenerRule"]);
    expect(service.deployment).toEqual({ minimumHealthyPercent: 100, maximumPercent: 200, circuitBreaker: { enable: true, rollback: true } });
    expect(service.network!.assignPublicIp).toBe(false);
    expect(service.network!.securityGroups).toEqual([{ resource: "ServiceSecurityGroup", attribute: "id" }]);
  });

  it("uses the guide's health check and target group settings", () => {
    const task = byKind(stack.resources, "taskDefinition")[0] as TaskDefinitionResource;
    expect(task.containers[0]?.healthCheck?.command).toEqual(["CMD-SHELL", "curl -f http://localhost:8080/health || exit 1"]);
    expect(task.containers[0]?.readonlyRootFilesystem).toBe(true);
    const tg = byKind(stack.resources, "targetGroup")[0];
    expect(tg?.name).toMatch(/^my-api-tg-[0-9a-f]{4}$/);
    expect(tg).toMatchObject({ port: 8080, targetType: "ip", deregistrationDelaySeconds: 30 });
    expect(tg?.healthCheck).toMatchObject({ path: "/health", intervalSeconds: 15, healthyThreshold: 2, unhealthyThreshold: 3 });
  });
});

describe("lowering an internal arm64 service", () => {
  const stack = lower(ledger.spec);

  it("has no load balancer resources and opens every mapped port to allowFrom", () => {
    expect(stack.resources.map((r) => r.kind)).not.toContain("targetGroup");
    const sg = byKind(stack.resources, "securityGroup")[0];
    expect(sg?.ingress).toEqual([expect.objectContaining({ protocol: "tcp", fromPort: 9090, toPort: 9090, source: { cidr: "10.0.0.0/16" } })]);
    expect(stack.outputs.map((o) => o.id)).not.toContain("TargetGroupArn");
  });

  it("runs on ARM64 and grants SSM + KMS reads and ECS Exec", () => {
    const task = byKind(stack.resources, "taskDefinition")[0] as TaskDefinitionResource;
    expect(task.runtimePlatform.cpuArchitecture).toBe("ARM64");
    expect(task.containers[0]?.secrets).toEqual([{ name: "LEDGER_DB_URL", valueFrom: "arn:aws:ssm:us-east-1:123456789012:parameter/prod/ledger/db-url" }]);
    const exec = stack.resources.find((r) => r.id === "ExecutionRole") as RoleResource;
    const actions = exec.inlinePolicies.flatMap((p) => p.statements.flatMap((s) => s.actions));
    expect(actions).toEqual(expect.arrayContaining(["ssm:GetParameters", "kms:Decrypt"]));
    const taskRole = stack.resources.find((r) => r.id === "TaskRole") as RoleResource;
    expect(taskRole.inlinePolicies.map((p) => p.name)).toEqual(["application", "ecs-exec"]);
  });
});

describe("image references", () => {
  it.each([
    ["nginx", { repository: "nginx", separator: ":", version: "latest" }],
    ["nginx:1.27", { repository: "nginx", separator: ":", version: "1.27" }],
    ["registry.local:5000/team/app", { repository: "registry.local:5000/team/app", separator: ":", version: "latest" }],
    ["registry.local:5000/team/app:v2", { repository: "registry.local:5000/team/app", separator: ":", version: "v2" }],
    ["app@sha256:abc", { repository: "app", separator: "@", version: "sha256:abc" }],
  ])("parses %s", (reference, expected) => {
    expect(parseImage(reference)).toEqual(expected);
  });

  it("knows private ECR repositories and nothing else", () => {
    expect(ecrRepositoryArn("123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/app")).toBe("arn:aws:ecr:eu-west-1:123456789012:repository/team/app");
    expect(ecrRepositoryArn("public.ecr.aws/aws-observability/aws-for-fluent-bit")).toBeUndefined();
  });
});

describe("secret ARNs in IAM", () => {
  it("adds the random-suffix wildcard to partial ARNs and keeps complete ones", () => {
    expect(secretPolicyResources("arn:aws:secretsmanager:us-east-1:1:secret:db")).toEqual(["arn:aws:secretsmanager:us-east-1:1:secret:db-??????"]);
    expect(secretPolicyResources("arn:aws:secretsmanager:us-east-1:1:secret:db-AbC123")).toEqual([
      "arn:aws:secretsmanager:us-east-1:1:secret:db-AbC123",
      "arn:aws:secretsmanager:us-east-1:1:secret:db-AbC123-??????",
    ]);
  });
});
