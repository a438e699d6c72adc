import { describe, expect, it } from "vitest";
import type { PolicyStatement, Resource, RoleResource, Stack, TaskDefinitionResource } from "../../src/ir/index.js";
import { lowerServiceSpec } from "../../src/lower/index.js";
import { lowerTaskSpec } from "../../src/lower/task-stack.js";
import { logGroupPattern } from "../../src/spec/firelens.js";
import { serviceSchema, taskSchema, type ContainerSpec, type FirelensOptionsSpec, type ServiceSpec } from "../../src/spec/schema/index.js";
import { secretsManager, ssmParameter } from "../../src/spec/define.js";
import firelensApi from "../../specs/firelens-api.js";
import firelensTask from "../fixtures/valid/firelens-task.js";

const lower = (spec: ServiceSpec) => lowerServiceSpec(serviceSchema.parse(spec), "specs/x.ts");
const one = <K extends Resource["kind"]>(stack: Stack, id: string, kind: K) => {
  const found = stack.resources.find((r) => r.id === id);
  expect(found?.kind, id).toBe(kind);
  return found as Extract<Resource, { kind: K }>;
};
const task = (stack: Stack) => one(stack, "TaskDefinition", "taskDefinition") as TaskDefinitionResource;
const policy = (stack: Stack, role: string, name: string): readonly PolicyStatement[] | undefined =>
  (one(stack, role, "role") as RoleResource).inlinePolicies.find((p) => p.name === name)?.statements;
const sids = (statements: readonly PolicyStatement[] | undefined) => (statements ?? []).map((s) => s.sid);

const ROUTER: ContainerSpec = { name: "log-router", image: "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4", firelens: { type: "fluentbit" } };
const CLOUDWATCH: FirelensOptionsSpec = { Name: "cloudwatch_logs", region: "us-east-1", log_group_name: "/ecs/orders-api", log_stream_prefix: "app-" };

/** A service whose main container logs through FireLens with these options (and secret options). */
function withFirelens(options: FirelensOptionsSpec, extra: Partial<ServiceSpec> = {}, router: ContainerSpec = ROUTER): ServiceSpec {
  return {
    name: "orders-api",
    account: "123456789012",
    region: "us-east-1",
    cluster: "prod-cluster",
    cpu: 512,
    memory: 1024,
    container: { name: "api", image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/orders-api:1.0.0", logging: { driver: "firelens", options } },
    sidecars: [router],
    network: { vpc: "vpc-0a1b2c3d", subnets: ["subnet-0a1b2c3d"], allowFrom: ["sg-0f1e2d3c"] },
    ...extra,
  };
}

const GROUP = "arn:aws:logs:us-east-1:123456789012:log-group:/ecs/orders-api";

describe("lowering the guide's FireLens example (specs/firelens-api.ts)", () => {
  const stack = lower(firelensApi.spec);
  const [api, router] = task(stack).containers;

  it("sends the API container's logs to the router with its options as written, keys sorted", () => {
    expect(api?.logging).toEqual({
      driver: "awsfirelens",
      options: { Name: "cloudwatch_logs", auto_create_group: "true", log_group_name: "/ecs/firelens-api", log_stream_prefix: "from-firelens-", region: "us-east-1" },
      secretOptions: [],
    });
    expect(Object.keys(api?.logging.driver === "awsfirelens" ? api.logging.options : {})).toEqual(["Name", "auto_create_group", "log_group_name", "log_stream_prefix", "region"]);
    expect(api).not.toHaveProperty("firelensConfiguration");
  });

  it("makes the sidecar the Fluent Bit router with ECS metadata, logging itself to the stack's group with awslogs", () => {
    expect(router?.firelensConfiguration).toEqual({ type: "fluentbit", options: { "enable-ecs-log-metadata": "true" } });
    expect(router?.logging).toEqual({ driver: "awslogs", logGroup: { resource: "LogGroup", attribute: "name" }, region: "us-east-1", streamPrefix: "ecs" });
    expect(router).toMatchObject({ essential: true, memoryReservation: 50, image: { kind: "fixed", reference: "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4" } });
  });

  it("lets the task role write to and create exactly the destination group", () => {
    expect(policy(stack, "TaskRole", "firelens")).toEqual([
      { sid: "FireLensWriteLogs", effect: "Allow", actions: ["logs:CreateLogStream", "logs:PutLogEvents"], resources: ["arn:aws:logs:us-east-1:123456789012:log-group:/ecs/firelens-api:*"] },
      {
        sid: "FireLensCreateLogGroups",
        effect: "Allow",
        actions: ["logs:CreateLogGroup"],
        resources: ["arn:aws:logs:us-east-1:123456789012:log-group:/ecs/firelens-api", "arn:aws:logs:us-east-1:123456789012:log-group:/ecs/firelens-api:*"],
      },
    ]);
  });

  it("adds nothing FireLens-specific to the execution role (public router image, no secrets, no S3 config)", () => {
    expect(sids(policy(stack, "ExecutionRole", "execution"))).toEqual(["EcrAuth", "EcrPull", "Logs"]);
  });
});

describe("FireLens task role statements", () => {
  it("grants no CreateLogGroup without auto_create_group", () => {
    expect(policy(lower(withFirelens(CLOUDWATCH)), "TaskRole", "firelens")).toEqual([
      { sid: "FireLensWriteLogs", effect: "Allow", actions: ["logs:CreateLogStream", "logs:PutLogEvents"], resources: [`${GROUP}:*`] },
    ]);
  });

  it("grants PutRetentionPolicy only for groups Fluent Bit creates with log_retention_days", () => {
    const created = policy(lower(withFirelens({ ...CLOUDWATCH, auto_create_group: "true", log_retention_days: "30" })), "TaskRole", "firelens");
    expect(sids(created)).toEqual(["FireLensWriteLogs", "FireLensCreateLogGroups", "FireLensLogRetention"]);
    expect(created?.[2]?.resources).toEqual([GROUP, `${GROUP}:*`]);
    const existing = policy(lower(withFirelens({ ...CLOUDWATCH, log_retention_days: "30" })), "TaskRole", "firelens");
    expect(sids(existing)).toEqual(["FireLensWriteLogs"]);
  });

  it("grants DescribeLogStreams to the Go cloudwatch plugin, which calls it, and not to cloudwatch_logs", () => {
    const go = policy(lower(withFirelens({ ...CLOUDWATCH, Name: "cloudwatch" })), "TaskRole", "firelens");
    expect(go?.find((s) => s.sid === "FireLensDescribeLogStreams")).toEqual({
      sid: "FireLensDescribeLogStreams",
      effect: "Allow",
      actions: ["logs:DescribeLogStreams"],
      resources: [`${GROUP}:*`],
    });
    expect(sids(policy(lower(withFirelens(CLOUDWATCH)), "TaskRole", "firelens"))).not.toContain("FireLensDescribeLogStreams");
  });

  it("builds the ARN in the output's region and that region's partition", () => {
    const cross = policy(lower(withFirelens({ ...CLOUDWATCH, region: "eu-west-1" })), "TaskRole", "firelens");
    expect(cross?.[0]?.resources).toEqual(["arn:aws:logs:eu-west-1:123456789012:log-group:/ecs/orders-api:*"]);
    const china = policy(lower(withFirelens({ ...CLOUDWATCH, region: "cn-north-1" })), "TaskRole", "firelens");
    expect(china?.[0]?.resources).toEqual(["arn:aws-cn:logs:cn-north-1:123456789012:log-group:/ecs/orders-api:*"]);
  });

  it("reads option names case-insensitively, as Fluent Bit does", () => {
    const statements = policy(lower(withFirelens({ name: "CloudWatch_Logs", Region: "us-west-2", Log_Group_Name: "/ecs/orders-api", log_stream_prefix: "x" })), "TaskRole", "firelens");
    expect(statements?.[0]?.resources).toEqual(["arn:aws:logs:us-west-2:123456789012:log-group:/ecs/orders-api:*"]);
  });

  it("turns run-time parts of group names into wildcards", () => {
    expect(logGroupPattern("/ecs/$(ecs_task_id)")).toBe("/ecs/*");
    expect(logGroupPattern("/ecs/${SERVICE}/app")).toBe("/ecs/*/app");
    expect(logGroupPattern("/k8s/$kubernetes['namespace_name']/$ecs_cluster")).toBe("/k8s/*/*");
    expect(logGroupPattern("/ecs/orders-api")).toBe("/ecs/orders-api");
  });

  it("with role_arn, only lets the task assume that role: the router writes with its permissions", () => {
    const role = "arn:aws:iam::210987654321:role/central-logging";
    expect(policy(lower(withFirelens({ ...CLOUDWATCH, auto_create_group: "true", role_arn: role })), "TaskRole", "firelens")).toEqual([
      { sid: "FireLensAssumeRole", effect: "Allow", actions: ["sts:AssumeRole"], resources: [role] },
    ]);
  });

  it("infers nothing for other plugins or a Fluentd router, whose options berth does not interpret", () => {
    const datadog = lower(withFirelens({ Name: "datadog", Host: "http-intake.logs.datadoghq.com" }));
    expect(policy(datadog, "TaskRole", "firelens")).toBeUndefined();
    const fluentd = lower(withFirelens({ "@type": "cloudwatch_logs", region: "us-east-1", log_group_name: "/ecs/orders-api" }, {}, { ...ROUTER, firelens: { type: "fluentd" } }));
    expect(policy(fluentd, "TaskRole", "firelens")).toBeUndefined();
    expect(task(fluentd).containers[1]?.firelensConfiguration?.type).toBe("fluentd");
  });

  it("serves tasks through the same workload lowering", () => {
    const stack = lowerTaskSpec(taskSchema.parse(firelensTask.spec), "test/fixtures/valid/firelens-task.ts");
    const statements = policy(stack, "TaskRole", "firelens");
    expect(sids(statements)).toEqual(["FireLensWriteLogs", "FireLensCreateLogGroups", "FireLensLogRetention"]);
    expect(statements?.[0]?.resources).toEqual([
      "arn:aws:logs:us-east-1:123456789012:log-group:/ecs/firelens-worker/*:*",
      "arn:aws:logs:us-east-1:123456789012:log-group:/ecs/firelens-worker/audit:*",
    ]);
  });
});

describe("FireLens secret options and router configuration", () => {
  it("lowers secretOptions to full ARNs, sorted, and lets the execution role read them", () => {
    const stack = lower({
      ...withFirelens({ Name: "datadog", Host: "http-intake.logs.datadoghq.com" }),
      container: {
        name: "api",
        image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/orders-api:1.0.0",
        logging: {
          driver: "firelens",
          options: { Name: "datadog" },
          secretOptions: {
            apikey: secretsManager("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/datadog", { jsonKey: "key" }),
            TLS_passphrase: ssmParameter("/prod/datadog/tls"),
          },
        },
      },
    });
    expect(task(stack).containers[0]?.logging).toMatchObject({
      secretOptions: [
        { name: "TLS_passphrase", valueFrom: "arn:aws:ssm:us-east-1:123456789012:parameter/prod/datadog/tls" },
        { name: "apikey", valueFrom: "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/datadog:key::" },
      ],
    });
    const execution = policy(stack, "ExecutionRole", "execution") ?? [];
    expect(execution.find((s) => s.sid === "ReadSecrets")?.resources).toEqual(["arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/datadog-??????"]);
    expect(execution.find((s) => s.sid === "ReadParameters")?.resources).toEqual(["arn:aws:ssm:us-east-1:123456789012:parameter/prod/datadog/tls"]);
  });

  it("writes the router's config file and metadata switch, and lets the execution role fetch an S3 config (EC2)", () => {
    const router: ContainerSpec = {
      ...ROUTER,
      firelens: { type: "fluentbit", ecsLogMetadata: false, configFile: { type: "s3", value: "arn:aws:s3:::orders-logging/fluent-bit/extra.conf" } },
    };
    const stack = lower(withFirelens(CLOUDWATCH, { launchType: "EC2" }, router));
    expect(task(stack).containers[1]?.firelensConfiguration).toEqual({
      type: "fluentbit",
      options: { "config-file-type": "s3", "config-file-value": "arn:aws:s3:::orders-logging/fluent-bit/extra.conf", "enable-ecs-log-metadata": "false" },
    });
    const execution = policy(stack, "ExecutionRole", "execution") ?? [];
    expect(execution.filter((s) => s.sid?.startsWith("FireLens"))).toEqual([
      { sid: "FireLensConfigObject", effect: "Allow", actions: ["s3:GetObject"], resources: ["arn:aws:s3:::orders-logging/fluent-bit/extra.conf"] },
      { sid: "FireLensConfigBucket", effect: "Allow", actions: ["s3:GetBucketLocation"], resources: ["arn:aws:s3:::orders-logging"] },
    ]);
  });

  it("leaves awslogs containers as before: the spec's prefix, or the container's own", () => {
    const stack = lower({ ...withFirelens(CLOUDWATCH), sidecars: [{ ...ROUTER, logging: { streamPrefix: "router" } }, { name: "cron", image: "busybox:1.36", essential: false }] });
    const [, router, cron] = task(stack).containers;
    expect(router?.logging).toEqual({ driver: "awslogs", logGroup: { resource: "LogGroup", attribute: "name" }, region: "us-east-1", streamPrefix: "router" });
    expect(cron?.logging).toEqual({ driver: "awslogs", logGroup: { resource: "LogGroup", attribute: "name" }, region: "us-east-1", streamPrefix: "ecs" });
    expect(cron).not.toHaveProperty("firelensConfiguration");
  });
});
