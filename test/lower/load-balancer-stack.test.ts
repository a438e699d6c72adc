import { describe, expect, it } from "vitest";
import type { Resource } from "../../src/ir/index.js";
import { lowerLoadBalancerSpec } from "../../src/lower/load-balancer-stack/index.js";
import { loadBalancerSpecSchema, type LoadBalancerStackSpec } from "../../src/spec/schema/index.js";
import privateTcp from "../../specs/private-tcp.js";
import publicWeb from "../../specs/public-web.js";

const lower = (spec: LoadBalancerStackSpec) => lowerLoadBalancerSpec(loadBalancerSpecSchema.parse(spec), "specs/x.ts");
const find = <K extends Resource["kind"]>(resources: readonly Resource[], id: string, kind: K) => {
  const resource = resources.find((r) => r.id === id);
  expect(resource?.kind, id).toBe(kind);
  return resource as Extract<Resource, { kind: K }>;
};

const CERT = "arn:aws:acm:us-east-1:123456789012:certificate/3f2c9a4e-1b7d-4c8e-9a0f-5d6e7f8a9b0c";
const CERT2 = "arn:aws:acm:us-east-1:123456789012:certificate/8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const base: LoadBalancerStackSpec = {
  name: "web",
  account: "123456789012",
  region: "us-east-1",
  vpc: "vpc-0a1b2c3d",
  subnets: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"],
  allowFrom: ["0.0.0.0/0"],
  listeners: [{ port: 443, certificates: [CERT] }],
};

describe("lowering the public-web example", () => {
  const stack = lower(publicWeb.spec);

  it("creates the security group, the load balancer, each listener with its extra certificates and the alias record, in a stable order", () => {
    expect(stack.resources.map((r) => r.id)).toEqual(["LoadBalancerSecurityGroup", "LoadBalancer", "Listener443", "Listener443Certificate1", "Listener80", "Listener8443", "DnsRecord"]);
  });

  it("makes the first certificate the listener's default and adds the others as SNI certificates, with the TLS 1.3/1.2 policy by default", () => {
    expect(find(stack.resources, "Listener443", "listener").tls).toEqual({ certificate: CERT, sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06" });
    expect(find(stack.resources, "Listener443Certificate1", "listenerCertificate")).toMatchObject({ listener: "Listener443", certificate: CERT2 });
  });

  it("redirects HTTP to the first HTTPS listener and answers 404 where no rule matches", () => {
    expect(find(stack.resources, "Listener80", "listener").defaultAction).toEqual({ type: "redirectToHttps", port: 443 });
    expect(find(stack.resources, "Listener443", "listener").defaultAction).toMatchObject({ type: "fixedResponse", statusCode: "404" });
  });

  it("carries the spec's settings: idle timeout, deletion protection, invalid-header dropping, access logs", () => {
    expect(find(stack.resources, "LoadBalancer", "loadBalancer")).toMatchObject({
      type: "application",
      scheme: "internet-facing",
      settings: { deletionProtection: true, idleTimeoutSeconds: 120, dropInvalidHeaderFields: true, accessLogs: { bucket: "example-elb-access-logs", prefix: "public-web" } },
    });
  });

  it("points the alias record at the load balancer", () => {
    expect(find(stack.resources, "DnsRecord", "dnsAliasRecord")).toEqual({ kind: "dnsAliasRecord", id: "DnsRecord", hostedZoneId: "Z0123456789ABCDEFGHIJ", name: "api.example.com", loadBalancer: "LoadBalancer" });
  });

  it("exports every output under <name>-<output>, whatever the stack is called", () => {
    expect(stack.outputs.map((o) => o.exportName)).toEqual([
      "public-web-LoadBalancerArn",
      "public-web-DnsName",
      "public-web-CanonicalHostedZoneId",
      "public-web-SecurityGroupId",
      "public-web-Listener443Arn",
      "public-web-Listener80Arn",
      "public-web-Listener8443Arn",
    ]);
  });
});

describe("lowering a load balancer spec", () => {
  it("defaults to an internal ALB with deletion protection off, a 60 s idle timeout and invalid headers dropped", () => {
    const lb = find(lower(base).resources, "LoadBalancer", "loadBalancer");
    expect(lb).toMatchObject({ scheme: "internal", type: "application", settings: { deletionProtection: false, idleTimeoutSeconds: 60, dropInvalidHeaderFields: true } });
    expect(lb.settings.accessLogs).toBeUndefined();
  });

  it("keeps invalid header fields when dropInvalidHeaderFields is false", () => {
    expect(find(lower({ ...base, dropInvalidHeaderFields: false }).resources, "LoadBalancer", "loadBalancer").settings.dropInvalidHeaderFields).toBe(false);
  });

  it("uses the spec's SSL policy", () => {
    const spec = { ...base, listeners: [{ port: 443, certificates: [CERT], sslPolicy: "ELBSecurityPolicy-TLS13-1-3-2021-06" }] };
    expect(find(lower(spec).resources, "Listener443", "listener").tls?.sslPolicy).toBe("ELBSecurityPolicy-TLS13-1-3-2021-06");
  });

  it("answers 404 on HTTP instead of redirecting when redirectToHttps is false, and without an HTTPS listener", () => {
    const off = lower({ ...base, listeners: [{ port: 443, certificates: [CERT] }, { port: 80, redirectToHttps: false }] });
    expect(find(off.resources, "Listener80", "listener").defaultAction.type).toBe("fixedResponse");
    const plain = lower({ ...base, listeners: [{ port: 8080 }] });
    expect(find(plain.resources, "Listener8080", "listener")).toMatchObject({ protocol: "HTTP", defaultAction: { type: "fixedResponse" } });
  });

  it("admits each listener port from each allowFrom source: CIDR, prefix list or security group", () => {
    const group = find(lower({ ...base, allowFrom: ["10.0.0.0/8", "pl-0a1b2c3d", "sg-0a1b2c3d"] }).resources, "LoadBalancerSecurityGroup", "securityGroup");
    expect(group.name).toBe("web-lb");
    expect(group.ingress.map((r) => r.source)).toEqual([{ cidr: "10.0.0.0/8" }, { prefixListId: "pl-0a1b2c3d" }, { securityGroupId: "sg-0a1b2c3d" }]);
    expect(group.ingress.every((r) => r.fromPort === 443 && r.toPort === 443 && r.protocol === "tcp")).toBe(true);
  });

  it("tags every taggable resource and carries the spec's overrides into the stack", () => {
    const stack = lower({ ...base, tags: { team: "web" }, overrides: { cloudformation: { LoadBalancer: { IpAddressType: "dualstack" } } } });
    expect(find(stack.resources, "LoadBalancer", "loadBalancer").tags).toEqual({ team: "web" });
    expect(find(stack.resources, "LoadBalancerSecurityGroup", "securityGroup").tags).toEqual({ team: "web" });
    expect(stack.overrides?.cloudformation).toHaveLength(1);
  });

  it("leaves the record out without dns and the access logs prefix out without one", () => {
    const stack = lower({ ...base, accessLogs: { bucket: "logs-bucket" } });
    expect(stack.resources.some((r) => r.kind === "dnsAliasRecord")).toBe(false);
    expect(find(stack.resources, "LoadBalancer", "loadBalancer").settings.accessLogs).toEqual({ bucket: "logs-bucket" });
  });
});

describe("lowering a network load balancer", () => {
  const stack = lower(privateTcp.spec);

  it("gives each listener a target group it forwards to, with the spec's target settings", () => {
    expect(find(stack.resources, "Listener5432", "listener").defaultAction).toEqual({ type: "forward", targetGroup: "Listener5432TargetGroup" });
    expect(find(stack.resources, "Listener5432TargetGroup", "networkTargetGroup")).toMatchObject({
      name: "private-tcp-5432",
      port: 5432,
      protocol: "TCP",
      targetType: "ip",
      healthCheck: { protocol: "TCP", intervalSeconds: 10, healthyThreshold: 3, unhealthyThreshold: 3 },
      deregistrationDelaySeconds: 60,
    });
    expect(find(stack.resources, "Listener5432TargetGroup", "networkTargetGroup").preserveClientIp).toBeUndefined();
  });

  it("terminates TLS on a TLS listener and sends plain TCP to the target port, with an HTTP health check and client IP preservation as asked", () => {
    expect(find(stack.resources, "Listener5433", "listener")).toMatchObject({ protocol: "TLS", tls: { certificate: expect.stringContaining(":certificate/") } });
    expect(find(stack.resources, "Listener5433TargetGroup", "networkTargetGroup")).toMatchObject({
      port: 5432,
      protocol: "TCP",
      healthCheck: { protocol: "HTTP", path: "/ready" },
      preserveClientIp: false,
    });
  });

  it("sets cross-zone load balancing, deletion protection and access logs, and no ALB-only settings", () => {
    const lb = find(stack.resources, "LoadBalancer", "loadBalancer");
    expect(lb.settings).toEqual({ deletionProtection: true, crossZone: true, accessLogs: { bucket: "example-elb-access-logs", prefix: "private-tcp" } });
  });

  it("defaults a listener to TCP with ip targets on its own port, and opens UDP for UDP and TCP_UDP listeners", () => {
    const nlb = lower({ ...base, type: "network", listeners: [{ port: 53, protocol: "UDP" }, { port: 7000, protocol: "TCP_UDP" }, { port: 9000, target: { type: "instance" } }] });
    expect(find(nlb.resources, "Listener53TargetGroup", "networkTargetGroup")).toMatchObject({ protocol: "UDP", port: 53, targetType: "ip" });
    expect(find(nlb.resources, "Listener9000TargetGroup", "networkTargetGroup")).toMatchObject({ protocol: "TCP", targetType: "instance" });
    const ingress = find(nlb.resources, "LoadBalancerSecurityGroup", "securityGroup").ingress.map((r) => `${r.protocol}/${r.fromPort}`);
    expect(ingress).toEqual(["udp/53", "tcp/7000", "udp/7000", "tcp/9000"]);
    expect(nlb.outputs.map((o) => o.id)).toContain("Listener9000TargetGroupArn");
  });
});
