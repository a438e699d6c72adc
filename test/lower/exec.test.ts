import { describe, expect, it } from "vitest";
import { compile, type LoadedSpec } from "../../src/compile.js";
import type { PolicyStatement, RoleResource, Stack } from "../../src/ir/index.js";
import { lowerServiceSpec } from "../../src/lower/index.js";
import { defineCluster, defineService, defineTask, type Definition } from "../../src/spec/define.js";
import { clusterSchema, serviceSchema, type ClusterSpec, type ServiceSpec, type TaskSpec } from "../../src/spec/schema/index.js";
import opsCluster from "../fixtures/valid/exec-cluster.js";
import opsConsole from "../fixtures/valid/exec-service.js";

const KEY = "arn:aws:kms:eu-west-1:123456789012:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";
const CHANNELS: PolicyStatement = {
  sid: "EcsExec",
  effect: "Allow",
  actions: ["ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel", "ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel"],
  resources: ["*"],
};
const DESCRIBE_GROUPS: PolicyStatement = { sid: "EcsExecDescribeLogGroups", effect: "Allow", actions: ["logs:DescribeLogGroups"], resources: ["*"] };
/** The log stream statement ECS Exec needs for sessions logged to `group` (eu-west-1, the fixtures' account). */
const sessionLogs = (group: string): PolicyStatement => ({
  sid: "EcsExecSessionLogs",
  effect: "Allow",
  actions: ["logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"],
  resources: [`arn:aws:logs:eu-west-1:123456789012:log-group:${group}:*`],
});
const DECRYPT: PolicyStatement = { sid: "EcsExecDecrypt", effect: "Allow", actions: ["kms:Decrypt"], resources: [KEY] };

const SERVICE: ServiceSpec = opsConsole.spec;
const CLUSTER: ClusterSpec = opsCluster.spec;
const TASK: TaskSpec = {
  name: "ops-migrate",
  account: "123456789012",
  region: "eu-west-1",
  cluster: "arn:aws:ecs:eu-west-1:123456789012:cluster/ops-cluster",
  cpu: 256,
  memory: 512,
  container: { image: "123456789012.dkr.ecr.eu-west-1.amazonaws.com/ops-migrate:1.0.0", command: ["./migrate"], readonlyRootFilesystem: false },
  network: { vpc: "vpc-0a1b2c3d4e5f60718", subnets: ["subnet-0a1b2c3d4e5f60718"] },
  exec: true,
};

/** Compiles the definitions as one run (no targets: only the IR) and returns the stacks by name. */
async function run(...definitions: Definition[]): Promise<Map<string, Stack>> {
  const specs: LoadedSpec[] = definitions.map((exported, i) => ({ file: `specs/${i}.ts`, exported }));
  const result = await compile(specs, { targets: [], hcl: false });
  expect(result.diagnostics).toEqual([]);
  return new Map(result.stacks.map((s) => [s.name, s]));
}

const taskRole = (stack: Stack | undefined): RoleResource =>
  stack!.resources.find((r): r is RoleResource => r.kind === "role" && r.id === "TaskRole")!;
/** The statements of the task role's ecs-exec policy, or undefined when it has none. */
const execStatements = (stack: Stack | undefined) => taskRole(stack).inlinePolicies.find((p) => p.name === "ecs-exec")?.statements;
const withExec = (exec: ClusterSpec["exec"]): ClusterSpec => ({ ...CLUSTER, exec });

describe("ECS Exec on a cluster spec of the same run", () => {
  it("grants the session channels, the cluster's session log group and its KMS key (the fixture pair)", async () => {
    const stacks = await run(opsCluster, opsConsole);
    expect(execStatements(stacks.get("ops-console"))).toEqual([CHANNELS, DESCRIBE_GROUPS, sessionLogs("/ecs/ops-cluster/exec"), DECRYPT]);
  });

  it("writes sessions of `logging: \"task\"` to the tasks' own awslogs group (ECS's DEFAULT)", async () => {
    const stacks = await run(defineCluster(withExec({ logging: "task" })), opsConsole);
    expect(execStatements(stacks.get("ops-console"))).toEqual([CHANNELS, DESCRIBE_GROUPS, sessionLogs("/ecs/ops-console")]);
  });

  it("grants no log permissions when sessions are not logged, but still the KMS key", async () => {
    const stacks = await run(defineCluster(withExec({ logging: "none", kmsKey: KEY })), opsConsole);
    expect(execStatements(stacks.get("ops-console"))).toEqual([CHANNELS, DECRYPT]);
  });

  it("finds the cluster named by ARN too, for tasks as for services", async () => {
    const stacks = await run(opsCluster, defineTask(TASK));
    expect(execStatements(stacks.get("ops-migrate"))).toEqual([CHANNELS, DESCRIBE_GROUPS, sessionLogs("/ecs/ops-cluster/exec"), DECRYPT]);
  });

  it("gives the cluster's settings to every exec workload on it and leaves the others alone", async () => {
    const quiet = defineService({ ...SERVICE, name: "ops-quiet", exec: false });
    const stacks = await run(opsCluster, opsConsole, quiet, defineTask(TASK));
    expect(execStatements(stacks.get("ops-console"))).toHaveLength(4);
    expect(execStatements(stacks.get("ops-migrate"))).toHaveLength(4);
    expect(execStatements(stacks.get("ops-quiet"))).toBeUndefined();
    expect(taskRole(stacks.get("ops-quiet")).inlinePolicies).toEqual([]);
  });
});

describe("ECS Exec on a cluster outside the run", () => {
  it("grants only the session channels when the cluster spec is not compiled with the service", async () => {
    const stacks = await run(opsConsole);
    expect(execStatements(stacks.get("ops-console"))).toEqual([CHANNELS]);
  });

  it("grants only the session channels for another cluster of the spec's account and region", async () => {
    const stacks = await run(opsCluster, defineTask({ ...TASK, cluster: "arn:aws:ecs:eu-west-1:123456789012:cluster/batch" }));
    expect(execStatements(stacks.get("ops-migrate"))).toEqual([CHANNELS]);
  });

  it("keeps lowering without a cluster spec unchanged (the direct lowering entry point)", () => {
    const alone = lowerServiceSpec(serviceSchema.parse(SERVICE), "specs/x.ts");
    const withCluster = lowerServiceSpec(serviceSchema.parse(SERVICE), "specs/x.ts", [], clusterSchema.parse(CLUSTER));
    expect(execStatements(alone)).toEqual([CHANNELS]);
    expect(execStatements(withCluster)).toEqual([CHANNELS, DESCRIBE_GROUPS, sessionLogs("/ecs/ops-cluster/exec"), DECRYPT]);
    // Only the task role's exec policy depends on the cluster spec.
    const rest = (stack: Stack) => stack.resources.filter((r) => r.id !== "TaskRole");
    expect(rest(withCluster)).toEqual(rest(alone));
  });
});
