import { describe, expect, it } from "vitest";
import type { ListenerRuleResource, Resource, SecurityGroupResource, ServiceResource, TargetGroupResource } from "../../src/ir/index.js";
import type { ParsedDefinition } from "../../src/kinds.js";
import { lowerServiceSpec } from "../../src/lower/index.js";
import { serviceSchema, type LoadBalancerAttachmentSpec, type ServiceSpec } from "../../src/spec/schema/index.js";
import { validateService } from "../../src/validate/index.js";
import { listenerPriorities } from "../../src/validate/project/listener-priorities.js";
import grpc from "../../specs/grpc-api.js";
import storefront from "../../specs/storefront.js";
import catalog from "../fixtures/valid/target-groups.js";

const lower = (spec: ServiceSpec) => lowerServiceSpec(serviceSchema.parse(spec), "specs/x.ts");
const ofKind = <K extends Resource["kind"]>(resources: readonly Resource[], kind: K) =>
  resources.filter((r): r is Extract<Resource, { kind: K }> => r.kind === kind);

describe("several load balancer attachments", () => {
  const stack = lower(storefront.spec);
  const groups = ofKind(stack.resources, "targetGroup");
  const rules = ofKind(stack.resources, "listenerRule");
  const service = ofKind(stack.resources, "service")[0] as ServiceResource;

  it("creates one target group per attachment and numbers rules across attachments", () => {
    // berth's own name gets the replacement hash suffix; a name the spec fixes is kept as written.
    expect(groups.map((g) => [g.id, g.name, g.port])).toEqual([["TargetGroup", expect.stringMatching(/^storefront-tg-[0-9a-f]{4}$/), 8080], ["TargetGroup2", "storefront-admin", 9090]]);
    expect(rules.map((r) => [r.id, r.priority, r.targetGroup])).toEqual([["ListenerRule", 400, "TargetGroup"], ["ListenerRule2", 401, "TargetGroup"], ["ListenerRule3", 10, "TargetGroup2"]]);
    expect(stack.outputs.map((o) => o.id)).toEqual(expect.arrayContaining(["TargetGroupArn", "TargetGroup2Arn"]));
  });

  it("replaces only the hashed-name group side by side: a spec-fixed name cannot exist twice", () => {
    expect(groups.map((g) => [g.id, g.replaceSideBySide])).toEqual([["TargetGroup", true], ["TargetGroup2", false]]);
  });

  it("registers the service in every target group, waits for every rule and takes the longest grace period", () => {
    expect(service.loadBalancers).toEqual([
      { targetGroup: "TargetGroup", containerName: "web", containerPort: 8080 },
      { targetGroup: "TargetGroup2", containerName: "web", containerPort: 9090 },
    ]);
    expect(service.dependsOn).toEqual(["ListenerRule", "ListenerRule2", "ListenerRule3"]);
    expect(service.healthCheckGracePeriodSeconds).toBe(120);
  });

  it("carries every target group option into the IR", () => {
    const [shop, admin] = groups as [TargetGroupResource, TargetGroupResource];
    expect(shop).toMatchObject({ stickiness: { type: "lb_cookie", durationSeconds: 3600 }, slowStartSeconds: 60, algorithm: "least_outstanding_requests", deregistrationDelaySeconds: 30 });
    expect(admin).toMatchObject({ stickiness: { type: "app_cookie", cookieName: "ADMIN_SESSION", durationSeconds: 28800 }, algorithm: "weighted_random" });
    expect(admin.healthCheck).toMatchObject({ path: "/admin/health", port: 9091, protocol: "HTTP", matcher: "200" });
    expect(shop.healthCheck.port).toBeUndefined();
    expect(rules[1]).toMatchObject({ hostHeaders: ["api.shop.example.com"], httpMethods: ["GET", "POST"], pathPatterns: [] });
    expect(rules[2]).toMatchObject({ sourceIps: ["10.20.0.0/16"] });
  });

  it("opens each load-balanced port and the separate health-check port to allowFrom", () => {
    const group = ofKind(stack.resources, "securityGroup")[0] as SecurityGroupResource;
    expect(group.ingress.map((i) => i.fromPort)).toEqual([8080, 9090, 9091]);
  });
});

describe("gRPC target groups", () => {
  const groups = ofKind(lower(grpc.spec).resources, "targetGroup");

  it("keeps the GRPC matcher and sets the protocol version", () => {
    expect(groups.map((g) => [g.protocolVersion, g.healthCheck.matcher])).toEqual([["GRPC", "0"], ["HTTP2", "200-299"]]);
  });

  it("defaults a GRPC health check to ELB's gRPC path and status code 12", () => {
    const [grpcAttachment] = grpc.spec.loadBalancer as LoadBalancerAttachmentSpec[];
    const spec: ServiceSpec = { ...grpc.spec, loadBalancer: { ...grpcAttachment!, healthCheck: { interval: 10 } } };
    const group = ofKind(lower(spec).resources, "targetGroup")[0];
    expect(group?.healthCheck).toMatchObject({ path: "/AWS.ALB/healthcheck", matcher: "12" });
  });
});

describe("existing target groups", () => {
  const stack = lower(catalog.spec);
  const rules = ofKind(stack.resources, "listenerRule") as ListenerRuleResource[];

  it("creates no target group for them and forwards rules to their ARN", () => {
    expect(ofKind(stack.resources, "targetGroup").map((g) => g.id)).toEqual(["TargetGroup"]);
    const service = ofKind(stack.resources, "service")[0] as ServiceResource;
    expect(service.loadBalancers.map((l) => l.targetGroup)).toEqual([
      "TargetGroup",
      { existingArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/catalog-legacy/0123456789abcdef" },
      { existingArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/catalog-feeds/fedcba9876543210" },
    ]);
    expect(rules.map((r) => r.priority)).toEqual([600, 601, 602, 603]);
    expect(rules[3]?.targetGroup).toEqual({ existingArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/catalog-feeds/fedcba9876543210" });
  });

  it("sorts header conditions and keeps key-less query strings", () => {
    expect(rules[0]?.httpHeaders).toEqual([{ name: "X-Api-Version", values: ["2", "2.1"] }]);
    expect(rules[1]?.queryStrings).toEqual([{ key: "beta", value: "true" }, { value: "preview" }]);
  });
});

describe("listener rule and attachment rules", () => {
  const codes = (spec: ServiceSpec) => [...new Set(validateService(spec, "specs/x.ts").diagnostics.map((d) => d.code))].sort();
  const first = (storefront.spec.loadBalancer as unknown as Record<string, unknown>[])[0]!;

  it("accepts IPv6 CIDRs and rejects malformed ones", () => {
    expect(codes({ ...storefront.spec, loadBalancer: [{ ...first, rules: [{ priority: 400, sourceIps: ["2001:db8::/32", "::/0"] }] }] as ServiceSpec["loadBalancer"] })).toEqual([]);
    expect(codes({ ...storefront.spec, loadBalancer: [{ ...first, rules: [{ priority: 400, sourceIps: ["2001:db8:::1/32"] }] }] as ServiceSpec["loadBalancer"] })).toEqual(["B560"]);
  });

  it("counts every condition value against ELB's per-rule quota", () => {
    const rule = { priority: 400, paths: ["/a", "/b"], methods: ["GET", "PUT"], sourceIps: ["10.0.0.0/8", "10.1.0.0/16"] };
    expect(codes({ ...storefront.spec, loadBalancer: [{ ...first, rules: [rule] }] as ServiceSpec["loadBalancer"] })).toEqual(["B510"]);
  });

  it("reports an HTTP matcher outside 200–499", () => {
    expect(codes({ ...storefront.spec, loadBalancer: [{ ...first, healthCheck: { matcher: "199-300" } }] as ServiceSpec["loadBalancer"] })).toEqual(["B558"]);
  });
});

describe("the cross-spec priority check", () => {
  const definition = (file: string, spec: ServiceSpec): ParsedDefinition => ({ kind: "service", name: spec.name, file, spec: serviceSchema.parse(spec) });

  it("is silent when priorities differ and names both files when they clash", () => {
    const other = { ...storefront.spec, name: "storefront-b", loadBalancer: { listener: (storefront.spec.loadBalancer as { listener: string }[])[0]!.listener, priority: 402, paths: ["/b/*"] } };
    expect(listenerPriorities([definition("specs/a.ts", storefront.spec), definition("specs/b.ts", other)])).toEqual([]);
    const clash = listenerPriorities([definition("specs/a.ts", storefront.spec), definition("specs/b.ts", { ...other, loadBalancer: { ...other.loadBalancer, priority: 401 } })]);
    expect(clash.map((d) => [d.code, d.file, d.path])).toEqual([["B557", "specs/a.ts", "loadBalancer[0].rules[1].priority"], ["B557", "specs/b.ts", "loadBalancer.priority"]]);
    expect(clash[0]?.hint).toContain("400, 401");
  });
});
