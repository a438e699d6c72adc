import { describe, expect, it } from "vitest";
import { GetAtt } from "../../src/backends/cloudformation/intrinsics.js";
import { applyOverride, applyOverrides } from "../../src/backends/overrides.js";
import { compile } from "../../src/compile.js";
import { renderServiceReadme } from "../../src/docs/readme.js";
import { DOCUMENT_TEMPLATES } from "../../src/docs/templates.js";
import type { JsonValue } from "../../src/ir/index.js";
import fixture from "../fixtures/valid/overrides-service.js";
import prodCluster from "../../specs/prod-cluster.js";

const set = (body: Record<string, unknown>, path: string, value: JsonValue) => applyOverride(body, { target: "X", path, value });

describe("applying one override", () => {
  const body = {
    Family: "orders",
    ContainerDefinitions: [{ Name: "app", Environment: [{ Name: "A", Value: "1" }] }, { Name: "sidecar" }],
    ExecutionRoleArn: new GetAtt("ExecutionRole", "Arn"),
    container_definitions: JSON.stringify([{ name: "app", essential: true }]),
  };

  it("sets a key inside a list item picked by index, leaving the input untouched", () => {
    const result = set(body, "ContainerDefinitions.1.User", "1000");
    expect(result).toEqual({ body: { ...body, ContainerDefinitions: [body.ContainerDefinitions[0], { Name: "sidecar", User: "1000" }] } });
    expect(body.ContainerDefinitions[1]).toEqual({ Name: "sidecar" });
  });

  it("creates missing maps, and a list when the next segment is an index", () => {
    expect(set(body, "ContainerDefinitions.0.LinuxParameters.InitProcessEnabled", true)).toMatchObject({
      body: { ContainerDefinitions: [{ Name: "app", LinuxParameters: { InitProcessEnabled: true } }, { Name: "sidecar" }] },
    });
    expect(set({}, "Ulimits.0.Name", "nofile")).toEqual({ body: { Ulimits: [{ Name: "nofile" }] } });
  });

  it("appends at index length, and reports an index past it", () => {
    expect(set(body, "ContainerDefinitions.0.Environment.1", { Name: "B", Value: "2" })).toMatchObject({
      body: { ContainerDefinitions: [{ Environment: [{ Name: "A", Value: "1" }, { Name: "B", Value: "2" }] }, { Name: "sidecar" }] },
    });
    expect(set(body, "ContainerDefinitions.3.User", "x")).toEqual({ problem: { kind: "index", at: "ContainerDefinitions", segment: "3", length: 2 } });
    expect(set(body, "ContainerDefinitions.first.User", "x")).toEqual({ problem: { kind: "index", at: "ContainerDefinitions", segment: "first", length: 2 } });
  });

  it("removes a key or a list item for null", () => {
    expect(set(body, "Family", null)).toEqual({ body: { ContainerDefinitions: body.ContainerDefinitions, ExecutionRoleArn: body.ExecutionRoleArn, container_definitions: body.container_definitions } });
    expect(set(body, "ContainerDefinitions.0", null)).toMatchObject({ body: { ContainerDefinitions: [{ Name: "sidecar" }] } });
  });

  it("enters a string holding JSON and writes it back as JSON", () => {
    const result = set(body, "container_definitions.0.ulimits", [{ name: "nofile", softLimit: 1, hardLimit: 2 }]);
    expect(result).toMatchObject({ body: { container_definitions: '[{"name":"app","essential":true,"ulimits":[{"name":"nofile","softLimit":1,"hardLimit":2}]}]' } });
  });

  it("refuses to enter a plain string or an intrinsic, and says what it found", () => {
    expect(set(body, "Family.Name", "x")).toEqual({ problem: { kind: "leaf", at: "Family", found: "a string" } });
    expect(set(body, "ExecutionRoleArn.Arn", "x")).toEqual({ problem: { kind: "leaf", at: "ExecutionRoleArn", found: "a reference or function" } });
  });

  it("replaces an intrinsic as a whole", () => {
    expect(set(body, "ExecutionRoleArn", "arn:aws:iam::123456789012:role/x")).toMatchObject({ body: { ExecutionRoleArn: "arn:aws:iam::123456789012:role/x" } });
  });
});

describe("applying a backend's overrides", () => {
  it("applies in order, reports unknown targets with the known ones sorted", () => {
    const bodies = new Map([["B", {}], ["A", { x: 1 }]]);
    const { bodies: out, findings } = applyOverrides(bodies, [
      { target: "A", path: "y", value: 2 },
      { target: "A", path: "y", value: 3 },
      { target: "C", path: "z", value: 1 },
    ]);
    expect(out.get("A")).toEqual({ x: 1, y: 3 });
    expect(findings).toEqual([{ target: "C", known: ["A", "B"] }]);
  });
});

describe("overrides through compile()", () => {
  const spec = { file: "test/fixtures/valid/overrides-service.ts", exported: fixture };

  it("reports an unknown target for every backend, even when only the other one is generated, and writes nothing", async () => {
    const broken = { ...fixture, spec: { ...fixture.spec, overrides: { terraform: { "aws_ecs_service.missing": { x: "y" } } } } };
    for (const targets of [["cloudformation"], []] as const) {
      const result = await compile([{ file: spec.file, exported: broken }], { targets, hcl: false });
      expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([["B950", 'overrides.terraform["aws_ecs_service.missing"]']]);
      expect(result.files).toEqual([]);
    }
  });

  it("lists every override in the README as not validated by berth", async () => {
    const result = await compile([spec], { targets: [], hcl: false });
    const readme = renderServiceReadme(result.stacks[0]!, DOCUMENT_TEMPLATES.serviceReadme, "banner") ?? "";
    expect(readme).toContain("## Overrides (not validated by berth)");
    expect(readme).toContain("| CloudFormation | `TaskDefinition` | `ContainerDefinitions.0.Ulimits` | `[{\"Name\":\"nofile\",\"SoftLimit\":65536,\"HardLimit\":65536}]` |");
    expect(readme).toContain("| Terraform | `aws_ecs_service.service` | `availability_zone_rebalancing` | `\"ENABLED\"` |");
  });

  it("leaves stacks without overrides without the section", async () => {
    const { overrides: _o, ...plain } = fixture.spec;
    const result = await compile([{ file: spec.file, exported: { ...fixture, spec: plain } }], { targets: [], hcl: false });
    expect(result.stacks[0]?.overrides).toBeUndefined();
    expect(renderServiceReadme(result.stacks[0]!, DOCUMENT_TEMPLATES.serviceReadme, "banner")).not.toContain("Overrides");
  });
});

describe("overrides on a cluster spec", () => {
  it("change both engines' output and are listed in the cluster README", async () => {
    const spec = {
      ...prodCluster,
      spec: {
        ...prodCluster.spec,
        overrides: {
          cloudformation: { Cluster: { "ServiceConnectDefaults.Namespace": "prod.local" } },
          terraform: { "aws_ecs_cluster.cluster": { "service_connect_defaults.0.namespace": "arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-0a1b2c3d4e5f6a7b" } },
        },
      },
    };
    const result = await compile([{ file: "specs/prod-cluster.ts", exported: spec }], { targets: ["cloudformation", "terraform"], hcl: false });
    expect(result.diagnostics).toEqual([]);
    const file = (suffix: string) => result.files.find((f) => f.path.endsWith(suffix))?.contents ?? "";
    expect(file("template.yaml")).toContain("ServiceConnectDefaults:\n        Namespace: prod.local");
    expect(JSON.parse(file("main.tf.json")).resource.aws_ecs_cluster.cluster.service_connect_defaults).toEqual([
      { namespace: "arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-0a1b2c3d4e5f6a7b" },
    ]);
    expect(file("README.md")).toContain("| Terraform | `aws_ecs_cluster.cluster` | `service_connect_defaults.0.namespace` |");
  });
});
