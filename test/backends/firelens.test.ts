import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { cloudformationBackend } from "../../src/backends/cloudformation/index.js";
import { CFN_SCHEMA, Ref } from "../../src/backends/cloudformation/intrinsics.js";
import { terraformBackend } from "../../src/backends/terraform/index.js";
import { compile } from "../../src/compile.js";
import type { Container, Stack, TaskDefinitionResource } from "../../src/ir/index.js";
import firelensApi from "../../specs/firelens-api.js";
import firelensTask from "../fixtures/valid/firelens-task.js";
import { myApiStack } from "./fixtures.js";

type Json = Record<string, any>;

/** Both renderings of one spec: the CloudFormation template and the Terraform JSON. */
async function outputs(file: string, exported: unknown): Promise<{ cfn: Json; tf: Json }> {
  const result = await compile([{ file, exported }], { targets: ["cloudformation", "terraform"], hcl: false });
  expect(result.diagnostics).toEqual([]);
  const text = (suffix: string) => result.files.find((f) => f.path.endsWith(suffix))?.contents ?? "";
  return { cfn: yaml.load(text("template.yaml"), { schema: CFN_SCHEMA }) as Json, tf: JSON.parse(text("main.tf.json")) as Json };
}

/** The container definitions Terraform hands to the ECS API (the provider's JSON string, parsed). */
const tfContainers = (tf: Json): Json[] => JSON.parse(tf.resource.aws_ecs_task_definition.task_definition.container_definitions) as Json[];
const cfnContainers = (cfn: Json): Json[] => cfn.Resources.TaskDefinition.Properties.ContainerDefinitions as Json[];

describe("FireLens in both backends: the guide's example", async () => {
  const { cfn, tf } = await outputs("specs/firelens-api.ts", firelensApi);
  const [cfnApi, cfnRouter] = cfnContainers(cfn);
  const [tfApi, tfRouter] = tfContainers(tf);
  const options = { Name: "cloudwatch_logs", auto_create_group: "true", log_group_name: "/ecs/firelens-api", log_stream_prefix: "from-firelens-", region: "us-east-1" };

  it("CloudFormation: LogConfiguration { LogDriver: awsfirelens, Options } on the app, FirelensConfiguration { Type, Options } on the router", () => {
    expect(cfnApi?.LogConfiguration).toStrictEqual({ LogDriver: "awsfirelens", Options: options });
    expect(cfnApi).not.toHaveProperty("FirelensConfiguration");
    expect(cfnRouter?.FirelensConfiguration).toStrictEqual({ Type: "fluentbit", Options: { "enable-ecs-log-metadata": "true" } });
    expect(cfnRouter?.LogConfiguration).toStrictEqual({
      LogDriver: "awslogs",
      Options: { "awslogs-group": new Ref("LogGroup"), "awslogs-region": "us-east-1", "awslogs-stream-prefix": "ecs" },
    });
  });

  it("Terraform: container_definitions carries logConfiguration and firelensConfiguration exactly as the ECS API expects", () => {
    expect(tfApi?.logConfiguration).toStrictEqual({ logDriver: "awsfirelens", options });
    expect(tfApi).not.toHaveProperty("firelensConfiguration");
    expect(tfRouter?.firelensConfiguration).toStrictEqual({ type: "fluentbit", options: { "enable-ecs-log-metadata": "true" } });
    expect(tfRouter?.logConfiguration).toStrictEqual({
      logDriver: "awslogs",
      options: { "awslogs-group": "${aws_cloudwatch_log_group.log_group.name}", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "ecs" },
    });
  });

  it("both: the task role's firelens policy is the same document", () => {
    const cfnPolicy = cfn.Resources.TaskRole.Properties.Policies.find((p: Json) => p.PolicyName === "firelens").PolicyDocument;
    const tfPolicy = JSON.parse(tf.resource.aws_iam_role_policy.task_role_policy_firelens.policy) as Json;
    expect(tfPolicy.Statement).toStrictEqual(cfnPolicy.Statement);
    expect(tfPolicy.Statement.map((s: Json) => s.Sid)).toEqual(["FireLensWriteLogs", "FireLensCreateLogGroups"]);
  });
});

describe("FireLens in both backends: secret options, a config file and run-time group names", async () => {
  const { cfn, tf } = await outputs("test/fixtures/valid/firelens-task.ts", firelensTask);
  const secret = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/datadog-api-key:apikey::";

  it("writes secretOptions as [{ Name, ValueFrom }] and [{ name, valueFrom }]", () => {
    expect(cfnContainers(cfn)[0]?.LogConfiguration.SecretOptions).toStrictEqual([{ Name: "apikey", ValueFrom: secret }]);
    expect(tfContainers(tf)[0]?.logConfiguration.secretOptions).toStrictEqual([{ name: "apikey", valueFrom: secret }]);
  });

  it("writes the router's config-file options next to the metadata switch", () => {
    const routerOptions = { "config-file-type": "file", "config-file-value": "/fluent-bit/configs/parse-json.conf", "enable-ecs-log-metadata": "true" };
    expect(cfnContainers(cfn)[2]?.FirelensConfiguration).toStrictEqual({ Type: "fluentbit", Options: routerOptions });
    expect(tfContainers(tf)[2]?.firelensConfiguration).toStrictEqual({ type: "fluentbit", options: routerOptions });
  });

  it("passes a record-accessor template through to Terraform without treating it as an interpolation", () => {
    expect(tfContainers(tf)[1]?.logConfiguration.options.log_group_template).toBe("/ecs/firelens-worker/$container_name");
    expect(cfnContainers(cfn)[1]?.LogConfiguration.Options.log_group_template).toBe("/ecs/firelens-worker/$container_name");
  });
});

describe("FireLens edge cases in the IR renderings", () => {
  const base = myApiStack().resources.find((r): r is TaskDefinitionResource => r.kind === "taskDefinition")!;
  const [api] = base.containers as [Container];
  const routed: Container = { ...api, logging: { driver: "awsfirelens", options: {}, secretOptions: [] } };
  const router: Container = {
    ...api,
    name: "log-router",
    image: { kind: "fixed", reference: "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4" },
    secrets: [],
    environment: [],
    portMappings: [],
    healthCheck: undefined,
    firelensConfiguration: { type: "fluentd", options: {} },
  };
  const stack: Stack = { ...myApiStack(), resources: myApiStack().resources.map((r) => (r.kind === "taskDefinition" ? { ...r, containers: [routed, router] } : r)) };
  const options = { banner: "test", hcl: false };

  it("omits empty Options and SecretOptions rather than writing {} or [] (ECS drops them; Terraform would show drift)", async () => {
    const [cfnFile] = await cloudformationBackend.emit(stack, options);
    const containers = cfnContainers(yaml.load(cfnFile!.contents, { schema: CFN_SCHEMA }) as Json);
    expect(containers[0]?.LogConfiguration).toStrictEqual({ LogDriver: "awsfirelens" });
    expect(containers[1]?.FirelensConfiguration).toStrictEqual({ Type: "fluentd" });

    const [tfFile] = await terraformBackend.emit(stack, options);
    const tfList = tfContainers(JSON.parse(tfFile!.contents) as Json);
    expect(tfList[0]?.logConfiguration).toStrictEqual({ logDriver: "awsfirelens" });
    expect(tfList[1]?.firelensConfiguration).toStrictEqual({ type: "fluentd" });
  });

  it("escapes a literal ${…} in an option for Terraform and leaves it as-is for CloudFormation", async () => {
    const templated: Container = { ...routed, logging: { driver: "awsfirelens", options: { Name: "cloudwatch_logs", log_group_name: "/ecs/${SERVICE}" }, secretOptions: [] } };
    const withEnv: Stack = { ...stack, resources: stack.resources.map((r) => (r.kind === "taskDefinition" ? { ...r, containers: [templated, router] } : r)) };
    const [tfFile] = await terraformBackend.emit(withEnv, options);
    const tf = JSON.parse(tfFile!.contents) as Json;
    expect(tf.resource.aws_ecs_task_definition.task_definition.container_definitions).toContain('"log_group_name":"/ecs/$${SERVICE}"');
    const [cfnFile] = await cloudformationBackend.emit(withEnv, options);
    expect(cfnContainers(yaml.load(cfnFile!.contents, { schema: CFN_SCHEMA }) as Json)[0]?.LogConfiguration.Options.log_group_name).toBe("/ecs/${SERVICE}");
  });
});
