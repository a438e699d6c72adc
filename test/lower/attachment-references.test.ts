import { describe, expect, it } from "vitest";
import type { Resource, SecurityGroupResource, ServiceResource } from "../../src/ir/index.js";
import type { ParsedDefinition } from "../../src/kinds.js";
import { lowerServiceSpec } from "../../src/lower/index.js";
import { deployedTargetGroupName } from "../../src/spec/names.js";
import { serviceSchema, type ServiceSpec } from "../../src/spec/schema/index.js";
import { listenerPriorities } from "../../src/validate/project/listener-priorities.js";
import publicApi from "../../specs/public-api.js";

/**
 * Where the two load balancer features meet: a list of attachments (issue8-tg) whose listeners
 * are references to defineLoadBalancer() specs (issue8-lb), names with the replacement suffix.
 */
const lower = (spec: ServiceSpec) => lowerServiceSpec(serviceSchema.parse(spec), "specs/x.ts");
const ofKind = <K extends Resource["kind"]>(resources: readonly Resource[], kind: K) =>
  resources.filter((r): r is Extract<Resource, { kind: K }> => r.kind === kind);

const ARN = "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/prod/50dc6c495c0c9188/f2f7dc8efc522ab2";
const base = publicApi.spec as ServiceSpec;
const mixed: ServiceSpec = {
  ...base,
  name: "mixed-api",
  container: { name: "api", image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/mixed-api:1.0.0", portMappings: [{ containerPort: 8080 }, { containerPort: 9090 }, { containerPort: 5432 }] },
  network: { ...base.network!, allowFrom: ["10.0.0.0/8"] },
  loadBalancer: [
    { listener: { loadBalancer: "public-web", port: 443 }, priority: 120, hosts: ["mixed.example.com"], port: 8080 },
    { listener: ARN, priority: 130, paths: ["/admin/*"], port: 9090 },
    { listener: { loadBalancer: "private-tcp", port: 5432 }, port: 5432 },
  ],
};

describe("attachments by reference among several", () => {
  const stack = lower(mixed);
  const groups = ofKind(stack.resources, "targetGroup");
  const rules = ofKind(stack.resources, "listenerRule");
  const service = ofKind(stack.resources, "service")[0] as ServiceResource;

  it("creates target groups and rules for ALB attachments only, each rule on its attachment's listener", () => {
    expect(groups.map((g) => g.id)).toEqual(["TargetGroup", "TargetGroup2"]);
    expect(rules.map((r) => [r.id, r.listenerArn, r.targetGroup])).toEqual([
      ["ListenerRule", { import: "PublicWebListener443Arn" }, "TargetGroup"],
      ["ListenerRule2", ARN, "TargetGroup2"],
    ]);
  });

  it("registers the NLB attachment in the load balancer stack's imported target group", () => {
    expect(service.loadBalancers.map((lb) => [lb.targetGroup, lb.containerPort])).toEqual([
      ["TargetGroup", 8080],
      ["TargetGroup2", 9090],
      [{ import: expect.stringMatching(/^PrivateTcp.*5432.*TargetGroup/) }, 5432],
    ]);
    expect(service.dependsOn).toEqual(expect.arrayContaining(["ListenerRule", "ListenerRule2"]));
    const imports = (stack.imports ?? []).map((i) => i.id);
    expect(imports).toEqual(expect.arrayContaining(["PublicWebListener443Arn", (service.loadBalancers[2]!.targetGroup as { import: string }).import]));
    expect(imports.some((id) => id.startsWith("PrivateTcpListener5432Arn"))).toBe(false);
  });

  it("admits each referenced load balancer's group on its port and allowFrom on the ARN attachment's", () => {
    const sg = ofKind(stack.resources, "securityGroup")[0] as SecurityGroupResource;
    expect(sg.ingress.map((r) => [r.fromPort, r.description])).toEqual([
      [8080, "TCP 8080 from load balancer public-web"],
      [5432, "TCP 5432 from load balancer private-tcp"],
      [9090, "TCP 9090 from 10.0.0.0/8"],
    ]);
  });

  it("names every created target group with the replacement suffix, further ones numbered", () => {
    const identity = { port: 8080, protocol: "HTTP", targetType: "ip", vpcId: "vpc-0a1b2c3d" };
    const spec = { name: "mixed-api", region: "us-east-1", loadBalancer: [{}, {}] };
    expect(deployedTargetGroupName(spec, identity, 0)).toMatch(/^mixed-api-tg-[0-9a-f]{4}$/);
    expect(deployedTargetGroupName(spec, identity, 1)).toMatch(/^mixed-api-tg-2-[0-9a-f]{4}$/);
    expect(groups[1]?.name).toMatch(/^mixed-api-tg-2-[0-9a-f]{4}$/);
    // Cut to the same stem, two long names on the same port still differ by their hash.
    const long = { name: "a".repeat(40), region: "us-east-1", loadBalancer: [{}, {}] };
    expect(deployedTargetGroupName(long, identity, 0)).not.toBe(deployedTargetGroupName(long, identity, 1));
    expect(deployedTargetGroupName(long, identity, 1).length).toBeLessThanOrEqual(32);
  });
});

describe("B557 with listener references", () => {
  const definition = (file: string, spec: ServiceSpec): ParsedDefinition => ({ kind: "service", name: spec.name, file, spec: serviceSchema.parse(spec) });
  const on = (name: string, port: number, priority: number): ServiceSpec => ({ ...base, name, loadBalancer: { listener: { loadBalancer: "public-web", port }, priority, hosts: [`${name}.example.com`] } });

  it("reports the same priority on the same load balancer and port, not on another port", () => {
    expect(listenerPriorities([definition("specs/a.ts", on("a-api", 443, 100)), definition("specs/b.ts", on("b-api", 8443, 100))])).toEqual([]);
    const clash = listenerPriorities([definition("specs/a.ts", on("a-api", 443, 100)), definition("specs/b.ts", on("b-api", 443, 100))]);
    expect(clash.map((d) => [d.code, d.file, d.path])).toEqual([["B557", "specs/a.ts", "loadBalancer.priority"], ["B557", "specs/b.ts", "loadBalancer.priority"]]);
    expect(clash[0]?.message).toContain("public-web:443");
  });
});
