import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/index.js";
import type { ParsedDefinition } from "../../src/kinds.js";
import { isDnsName, isNamespaceId } from "../../src/spec/discovery.js";
import type { ClusterSpec, ServiceSpec } from "../../src/spec/schema/index.js";
import { validateCluster } from "../../src/validate/cluster.js";
import { validateService } from "../../src/validate/index.js";
import { PROJECT_RULES } from "../../src/validate/project.js";

const ID = "ns-0a1b2c3d4e5f6a7b";
const base: ServiceSpec = {
  name: "orders-api",
  account: "123456789012",
  region: "us-east-1",
  cluster: "prod-cluster",
  cpu: 512,
  memory: 1024,
  container: { name: "api", image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/orders:1.0.0", port: 8080 },
  network: { vpc: "vpc-0a1b2c3d", subnets: ["subnet-0a1b2c3d"], allowFrom: ["10.0.0.0/16"] },
  discovery: { namespace: ID },
};
// An unprivileged user, so host mode does not also raise the root-user warning (B664).
const ec2 = (mode: "bridge" | "host"): ServiceSpec => ({ ...base, container: { ...base.container, user: "65534" }, launchType: "EC2", networkMode: mode, network: undefined });
const codes = (spec: ServiceSpec) => validateService(spec, "specs/x.ts").diagnostics.map((d) => d.code);

const cluster = (fields: Partial<ClusterSpec> = {}): ClusterSpec => ({
  name: "prod-cluster",
  account: "123456789012",
  region: "us-east-1",
  namespace: { name: "prod.local", vpc: "vpc-0a1b2c3d" },
  ...fields,
});

/** Validates each spec on its own, then runs the project rules over all of them. */
function run(...definitions: ({ kind: "service"; spec: ServiceSpec } | { kind: "cluster"; spec: ClusterSpec })[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const parsed: ParsedDefinition[] = definitions.map((d, i) => {
    const file = `specs/${i}.ts`;
    const result = d.kind === "service" ? validateService(d.spec, file) : validateCluster(d.spec, file);
    diagnostics.push(...result.diagnostics);
    if (!result.spec) throw new Error(`spec ${i} has the wrong shape`);
    return { kind: d.kind, name: d.spec.name, file, spec: result.spec };
  });
  for (const rule of PROJECT_RULES) diagnostics.push(...rule(parsed));
  return diagnostics;
}

describe("namespace ids and names", () => {
  it("accepts ns- and 16 lower-case letters or digits, nothing else", () => {
    expect(isNamespaceId("ns-e4anhexample0004")).toBe(true);
    expect(isNamespaceId("ns-abc123")).toBe(false);
    expect(isNamespaceId("ns-E4ANHEXAMPLE0004")).toBe(false);
    expect(isNamespaceId("ns-e4anhexample00045")).toBe(false);
  });

  it("takes DNS names of labels, rejecting empty labels, edge hyphens and trailing dots", () => {
    expect(["prod.local", "local", "svc_internal.example.com", "a-b.c"].every(isDnsName)).toBe(true);
    expect(["prod..local", "-prod.local", "prod-.local", "prod.local.", "prod local", `${"a".repeat(64)}.local`].some(isDnsName)).toBe(false);
  });

  it("reports an ARN or a malformed id as B850, and anything else that is no DNS name as B851", () => {
    expect(codes({ ...base, discovery: { namespace: `arn:aws:servicediscovery:us-east-1:123456789012:namespace/${ID}` } })).toEqual(["B850"]);
    expect(codes({ ...base, discovery: { namespace: "ns-0A1B" } })).toEqual(["B850"]);
    expect(codes({ ...base, discovery: { namespace: "prod_local!" } })).toEqual(["B851"]);
    expect(codes(base)).toEqual([]);
  });
});

describe("records and their registration", () => {
  it("defaults to SRV in bridge and host mode, publishing the main container's port", () => {
    expect(codes(ec2("bridge"))).toEqual([]);
    expect(codes(ec2("host"))).toEqual([]);
    expect(codes({ ...ec2("host"), discovery: { namespace: ID, dnsType: "A" } })).toEqual(["B853"]);
  });

  it("allows discovery on a DAEMON service (ECS registers every daemon task)", () => {
    const daemon: ServiceSpec = { ...ec2("host"), scheduling: "DAEMON", deploy: { minimumHealthyPercent: 50, maximumPercent: 100 } };
    expect(codes(daemon)).toEqual([]);
  });

  it("needs a port for SRV records in awsvpc mode too", () => {
    const portless: ServiceSpec = { ...base, container: { name: "api", image: base.container.image }, discovery: { namespace: ID, dnsType: "SRV" } };
    expect(codes(portless)).toEqual(["B855"]);
    expect(codes({ ...base, discovery: { namespace: ID, dnsType: "SRV", port: 8080, container: "api" } })).toEqual([]);
  });

  it("flags container and port on A records as B856, once each", () => {
    expect(codes({ ...base, discovery: { namespace: ID, container: "api", port: 8080 } })).toEqual(["B856", "B856"]);
  });
});

describe("names, TTL, health check and size", () => {
  it("checks the default name (the service's) and a given one, including the DNS name's length", () => {
    expect(codes({ ...base, discovery: { namespace: ID, name: "_orders._tcp" } })).toEqual([]);
    expect(codes({ ...base, discovery: { namespace: ID, name: "a".repeat(128) } })).toEqual(["B852"]);
    expect(codes({ ...base, discovery: { namespace: ID, name: "orders..api" } })).toEqual(["B852"]);
    // A 247-character namespace is valid; with ".orders" in front the DNS name has 254 characters.
    const long = `${"b".repeat(61)}.${"c".repeat(61)}.${"d".repeat(61)}.${"e".repeat(61)}`;
    expect(codes({ ...base, discovery: { namespace: long, name: "order" } })).toEqual([]);
    expect(codes({ ...base, discovery: { namespace: long, name: "orders" } })).toEqual(["B852"]);
  });

  it("warns above a 300-second TTL and rejects what Cloud Map rejects", () => {
    const at = (ttl: number) => validateService({ ...base, discovery: { namespace: ID, ttl } }, "specs/x.ts").diagnostics;
    expect(at(300)).toEqual([]);
    expect(at(301).map((d) => [d.code, d.severity])).toEqual([["B857", "warning"]]);
    expect(at(-1).map((d) => d.code)).toEqual(["B100"]);
    expect(at(2147483648).map((d) => d.code)).toEqual(["B100"]);
  });

  it("accepts failureThreshold 1 only", () => {
    expect(codes({ ...base, discovery: { namespace: ID, failureThreshold: 1 } })).toEqual([]);
    expect(codes({ ...base, discovery: { namespace: ID, failureThreshold: 2 } })).toEqual(["B858"]);
  });

  it("limits a service to 1,000 registered tasks, by desired count or scaling maximum", () => {
    expect(codes({ ...base, desiredCount: 1000 })).toEqual([]);
    expect(codes({ ...base, desiredCount: 1001 })).toEqual(["B859"]);
    expect(codes({ ...base, scaling: { min: 2, max: 1001, cpuPercent: 60 } })).toEqual(["B859"]);
    expect(codes({ ...base, discovery: undefined, desiredCount: 1001 })).toEqual([]);
  });
});

describe("namespaces across the specs of a run", () => {
  // The services run on a cluster outside the run: only the namespace links them to the cluster specs.
  const byName: ServiceSpec = { ...base, cluster: "apps", discovery: { namespace: "prod.local" } };

  it("resolves a name to the cluster spec of the service's account and region", () => {
    expect(run({ kind: "service", spec: byName }, { kind: "cluster", spec: cluster() })).toEqual([]);
    // A namespace of the same name in another region does not stand in for it.
    const both = run({ kind: "service", spec: byName }, { kind: "cluster", spec: cluster({ name: "eu", region: "eu-west-1" }) }, { kind: "cluster", spec: cluster() });
    expect(both).toEqual([]);
  });

  it("needs the cluster spec in the run (B860) and says where the name was found instead (B861)", () => {
    expect(run({ kind: "service", spec: byName }).map((d) => d.code)).toEqual(["B860"]);
    expect(run({ kind: "service", spec: byName }, { kind: "cluster", spec: cluster({ account: "210987654321" }) }).map((d) => d.code)).toEqual(["B861"]);
  });

  it("warns about another VPC only when the service names its own VPC", () => {
    const other = cluster({ namespace: { name: "prod.local", vpc: "vpc-9f8e7d6c" } });
    expect(run({ kind: "service", spec: byName }, { kind: "cluster", spec: other }).map((d) => [d.code, d.severity])).toEqual([["B862", "warning"]]);
    const bridge: ServiceSpec = { ...ec2("bridge"), cluster: "apps", discovery: { namespace: "prod.local" } };
    expect(run({ kind: "service", spec: bridge }, { kind: "cluster", spec: other })).toEqual([]);
  });

  it("reports a namespace name twice in one account and region (B863) on both clusters, not across regions", () => {
    const twice = run({ kind: "cluster", spec: cluster() }, { kind: "cluster", spec: cluster({ name: "batch" }) });
    expect(twice.map((d) => [d.code, d.file])).toEqual([["B863", "specs/0.ts"], ["B863", "specs/1.ts"]]);
    expect(run({ kind: "cluster", spec: cluster() }, { kind: "cluster", spec: cluster({ name: "eu", region: "eu-west-1" }) })).toEqual([]);
  });

  it("checks a cluster's namespace VPC id like any VPC id (B301)", () => {
    expect(validateCluster(cluster({ namespace: { name: "prod.local", vpc: "vpc-abc123" } }), "specs/c.ts").diagnostics.map((d) => d.code)).toEqual(["B301"]);
  });
});
