import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import yaml from "js-yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { renderTemplate } from "../../src/backends/cloudformation/index.js";
import { CFN_SCHEMA, GetAtt, ImportValue, Ref, Sub } from "../../src/backends/cloudformation/intrinsics.js";
import { compile, type CompileResult } from "../../src/compile.js";
import { defineCluster, defineService } from "../../src/spec/define.js";
import myApi from "../../specs/my-api.js";
import { cfnLint, terraformReports } from "../support/validators.js";

type Json = Record<string, any>;

/** The ECS guide's cluster, with the namespace its Cloud Map example creates. */
const prodCluster = defineCluster({
  name: "prod-cluster",
  account: "123456789012",
  region: "us-east-1",
  defaultStrategy: [
    { provider: "FARGATE_SPOT", weight: 4 },
    { provider: "FARGATE", weight: 1, base: 1 },
  ],
  namespace: { name: "prod.local", vpc: "vpc-0a1b2c3d" },
});
/** The guide's service naming that namespace: tasks become my-api.prod.local. */
const myApiByName = defineService({ ...myApi.spec, discovery: { namespace: "prod.local", ttl: 10 } });

const SPECS = [
  { file: "specs/prod-cluster.ts", exported: prodCluster },
  { file: "specs/my-api.ts", exported: myApiByName },
];

let json: CompileResult;
let hcl: CompileResult;
const text = (result: CompileResult, path: string): string => {
  const file = result.files.find((f) => f.path === path);
  if (!file) throw new Error(`${path} was not generated`);
  return file.contents;
};
const cfn = (stack: string): Json => yaml.load(text(json, `${stack}/cloudformation/template.yaml`), { schema: CFN_SCHEMA }) as Json;
const tf = (stack: string): Json => JSON.parse(text(json, `${stack}/terraform/main.tf.json`)) as Json;

beforeAll(async () => {
  json = await compile(SPECS, { targets: ["cloudformation", "terraform"], hcl: false });
  hcl = await compile(SPECS, { targets: ["terraform"], hcl: true });
  expect(json.diagnostics).toEqual([]);
});

describe("CloudFormation: a cluster namespace and a service registering in it", () => {
  it("creates the namespace and exports its id under the name the service imports", () => {
    const template = cfn("prod-cluster");
    expect(template.Resources.Namespace).toEqual({
      Type: "AWS::ServiceDiscovery::PrivateDnsNamespace",
      Properties: { Description: "Service discovery namespace of ECS cluster prod-cluster", Name: "prod.local", Vpc: "vpc-0a1b2c3d" },
    });
    expect(template.Outputs.NamespaceId).toMatchObject({ Value: new Ref("Namespace"), Export: { Name: "prod-cluster-NamespaceId" } });
    expect(template.Outputs.NamespaceArn).toMatchObject({ Value: new GetAtt("Namespace", "Arn"), Export: { Name: new Sub("${AWS::StackName}-NamespaceArn") } });
  });

  it("creates the Cloud Map service in the imported namespace, as the guide's create-service does", () => {
    const service = cfn("my-api").Resources.DiscoveryService;
    expect(service.Type).toBe("AWS::ServiceDiscovery::Service");
    expect(service.Properties).toMatchObject({
      Name: "my-api",
      NamespaceId: new ImportValue("prod-cluster-NamespaceId"),
      DnsConfig: { DnsRecords: [{ Type: "A", TTL: 10 }], RoutingPolicy: "MULTIVALUE" },
      HealthCheckCustomConfig: { FailureThreshold: 1 },
    });
    expect(service.Properties.DnsConfig).not.toHaveProperty("NamespaceId");
  });

  it("references the Cloud Map service's ARN from the ECS service, and outputs the DNS name", () => {
    const template = cfn("my-api");
    expect(template.Resources.Service.Properties.ServiceRegistries).toEqual([{ RegistryArn: new GetAtt("DiscoveryService", "Arn") }]);
    expect(template.Outputs.DiscoveryDnsName).toMatchObject({ Value: "my-api.prod.local" });
    expect(template.Outputs.DiscoveryServiceArn).toMatchObject({ Value: new GetAtt("DiscoveryService", "Arn") });
    expect(template).not.toHaveProperty("Parameters.DiscoveryNamespace");
  });

  it("passes cfn-lint with no findings at all", async () => {
    const dir = await mkdtemp(join(tmpdir(), "berth-discovery-"));
    const paths: string[] = [];
    for (const stack of ["prod-cluster", "my-api"]) {
      const path = join(dir, `${stack}.yaml`);
      await writeFile(path, text(json, `${stack}/cloudformation/template.yaml`));
      paths.push(path);
    }
    const lint = await cfnLint(paths);
    expect(lint.output).toBe("");
    expect(lint.code).toBe(0);
  });
});

describe("Terraform: the same two stacks", () => {
  it("looks the namespace up by name and type instead of importing an export", () => {
    const config = tf("my-api");
    expect(config.data.aws_service_discovery_dns_namespace.discovery_namespace).toEqual({ name: "prod.local", type: "DNS_PRIVATE" });
    const service = config.resource.aws_service_discovery_service.discovery_service;
    expect(service.dns_config).toEqual({
      namespace_id: "${data.aws_service_discovery_dns_namespace.discovery_namespace.id}",
      dns_records: [{ ttl: 10, type: "A" }],
      routing_policy: "MULTIVALUE",
    });
    expect(service.health_check_custom_config).toEqual({ failure_threshold: 1 });
    expect(config).not.toHaveProperty("variable.discovery_namespace");
  });

  it("adds one service_registries block and the DNS name output", () => {
    const config = tf("my-api");
    expect(config.resource.aws_ecs_service.service.service_registries).toEqual({ registry_arn: "${aws_service_discovery_service.discovery_service.arn}" });
    expect(config.output.discovery_dns_name.value).toBe("my-api.prod.local");
  });

  it("creates the namespace in the cluster's configuration", () => {
    expect(tf("prod-cluster").resource.aws_service_discovery_private_dns_namespace.namespace).toEqual({
      name: "prod.local",
      description: "Service discovery namespace of ECS cluster prod-cluster",
      vpc: "vpc-0a1b2c3d",
    });
  });

  it("both stacks pass terraform validate, in JSON and in HCL", async () => {
    const configs: Record<string, Record<string, string>> = {};
    for (const stack of ["prod-cluster", "my-api"]) {
      for (const [name, result] of [["main.tf.json", json], ["main.tf", hcl]] as const) configs[`${stack} ${name}`] = { [name]: text(result, `${stack}/terraform/${name}`) };
    }
    const reports = await terraformReports(configs);
    expect(Object.keys(reports)).toHaveLength(4);
    for (const [label, report] of Object.entries(reports)) {
      expect(report.diagnostics, label).toEqual([]);
      expect(report, label).toMatchObject({ valid: true, error_count: 0, warning_count: 0 });
    }
  });
});

describe("the !ImportValue intrinsic", () => {
  it("round-trips through the CloudFormation YAML schema in short form", () => {
    const rendered = renderTemplate({ NamespaceId: new ImportValue("prod-cluster-NamespaceId") });
    expect(rendered).toBe("NamespaceId: !ImportValue prod-cluster-NamespaceId\n");
    expect(yaml.load(rendered, { schema: CFN_SCHEMA })).toEqual({ NamespaceId: new ImportValue("prod-cluster-NamespaceId") });
  });
});
