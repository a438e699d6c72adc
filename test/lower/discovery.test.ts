import { describe, expect, it } from "vitest";
import type { DiscoveryServiceResource, PrivateDnsNamespaceResource, Resource, ServiceResource, Stack } from "../../src/ir/index.js";
import { lowerClusterSpec } from "../../src/lower/cluster/index.js";
import { lowerServiceSpec } from "../../src/lower/index.js";
import { clusterNamespaces, type ClusterNamespace } from "../../src/spec/discovery.js";
import { clusterSchema, serviceSchema, type ClusterSpec, type ServiceSpec } from "../../src/spec/schema/index.js";
import myApi from "../../specs/my-api.js";

/** The ECS guide's cluster: Fargate + Spot with its default strategy, and the prod.local namespace. */
const PROD_CLUSTER: ClusterSpec = {
  name: "prod-cluster",
  account: "123456789012",
  region: "us-east-1",
  defaultStrategy: [
    { provider: "FARGATE_SPOT", weight: 4 },
    { provider: "FARGATE", weight: 1, base: 1 },
  ],
  namespace: { name: "prod.local", vpc: "vpc-0a1b2c3d" },
};
const NAMESPACES: readonly ClusterNamespace[] = clusterNamespaces([{ kind: "cluster", spec: clusterSchema.parse(PROD_CLUSTER) }]);

const lower = (spec: ServiceSpec, namespaces: readonly ClusterNamespace[] = []) => lowerServiceSpec(serviceSchema.parse(spec), "specs/x.ts", namespaces);
const find = <K extends Resource["kind"]>(stack: Stack, kind: K) => stack.resources.filter((r): r is Extract<Resource, { kind: K }> => r.kind === kind);
const discoveryOf = (stack: Stack): DiscoveryServiceResource => find(stack, "discoveryService")[0]!;
const serviceOf = (stack: Stack): ServiceResource => find(stack, "service")[0]!;

const byName: ServiceSpec = { ...myApi.spec, discovery: { namespace: "prod.local", ttl: 10 } };
const BRIDGE: ServiceSpec = {
  name: "inventory",
  account: "123456789012",
  region: "us-east-1",
  cluster: "prod-cluster",
  launchType: "EC2",
  networkMode: "bridge",
  cpu: 512,
  memory: 1024,
  container: { name: "api", image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/inventory:3.1.0", port: 8080 },
  sidecars: [{ name: "metrics", image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/exporter:1.0.0", portMappings: [{ containerPort: 9100, protocol: "udp" }, { containerPort: 9102 }] }],
  discovery: { namespace: "ns-e4anhexample0004" },
};

describe("the guide's service with a namespace id", () => {
  const stack = lower(myApi.spec);

  it("creates the Cloud Map service the guide creates: A record, TTL 10, multivalue, custom health check threshold 1", () => {
    expect(discoveryOf(stack)).toEqual({
      kind: "discoveryService",
      id: "DiscoveryService",
      name: "my-api",
      description: "Tasks of ECS service my-api",
      namespace: "ns-0a1b2c3d4e5f6a7b",
      dnsRecords: [{ type: "A", ttl: 10 }],
      routingPolicy: "MULTIVALUE",
      healthCheckCustom: { failureThreshold: 1 },
      tags: { environment: "production", team: "payments" },
    });
  });

  it("registers the ECS service by the Cloud Map service's id alone (A records carry no port)", () => {
    expect(serviceOf(stack).serviceRegistries).toEqual([{ registry: "DiscoveryService" }]);
  });

  it("imports nothing, and outputs the ARN but no DNS name (the namespace's name is unknown)", () => {
    expect(stack.imports).toBeUndefined();
    expect(stack.outputs.map((o) => o.id)).toContain("DiscoveryServiceArn");
    expect(stack.outputs.map((o) => o.id)).not.toContain("DiscoveryDnsName");
  });
});

describe("a namespace named after the cluster spec of the run", () => {
  const stack = lower(byName, NAMESPACES);

  it("imports the id the cluster stack exports, and tells Terraform how to look it up", () => {
    expect(stack.imports).toEqual([
      {
        id: "DiscoveryNamespace",
        description: "Id of Cloud Map namespace prod.local, created by cluster stack prod-cluster",
        exportName: "prod-cluster-NamespaceId",
        lookup: { kind: "dnsNamespaceId", name: "prod.local", type: "DNS_PRIVATE" },
      },
    ]);
    expect(discoveryOf(stack).namespace).toEqual({ import: "DiscoveryNamespace" });
  });

  it("outputs the tasks' DNS name, as the guide promises: my-api.prod.local", () => {
    expect(stack.outputs.find((o) => o.id === "DiscoveryDnsName")?.value).toBe("my-api.prod.local");
  });

  it("only matches a namespace of the service's own account and region", () => {
    const elsewhere = NAMESPACES.map((n) => ({ ...n, region: "eu-west-1" }));
    expect(() => lower(byName, elsewhere)).toThrow(/berth bug: namespace "prod.local"/);
  });
});

describe("SRV records", () => {
  it("default in bridge mode, publishing the main container's first TCP port", () => {
    const stack = lower(BRIDGE);
    expect(discoveryOf(stack).dnsRecords).toEqual([{ type: "SRV", ttl: 10 }]);
    expect(serviceOf(stack).serviceRegistries).toEqual([{ registry: "DiscoveryService", containerName: "api", containerPort: 8080 }]);
  });

  it("publish the chosen container's first TCP port, or the port given", () => {
    const sidecar = lower({ ...BRIDGE, discovery: { namespace: "ns-e4anhexample0004", container: "metrics" } });
    expect(serviceOf(sidecar).serviceRegistries).toEqual([{ registry: "DiscoveryService", containerName: "metrics", containerPort: 9102 }]);
    const udp = lower({ ...BRIDGE, discovery: { namespace: "ns-e4anhexample0004", container: "metrics", port: 9100 } });
    expect(serviceOf(udp).serviceRegistries[0]?.containerPort).toBe(9100);
  });

  it("can be asked for in awsvpc mode, with a custom name and routing policy", () => {
    const stack = lower({ ...myApi.spec, discovery: { namespace: "ns-0a1b2c3d4e5f6a7b", dnsType: "SRV", name: "_api._tcp", routingPolicy: "WEIGHTED", ttl: 60 } });
    expect(discoveryOf(stack)).toMatchObject({ name: "_api._tcp", routingPolicy: "WEIGHTED", dnsRecords: [{ type: "SRV", ttl: 60 }] });
    expect(serviceOf(stack).serviceRegistries).toEqual([{ registry: "DiscoveryService", containerName: "api", containerPort: 8080 }]);
  });
});

describe("a service without discovery", () => {
  it("has no Cloud Map service, registry, import or discovery output", () => {
    const { discovery: _discovery, ...plain } = myApi.spec;
    const stack = lower(plain);
    expect(find(stack, "discoveryService")).toEqual([]);
    expect(serviceOf(stack).serviceRegistries).toEqual([]);
    expect(stack.imports).toBeUndefined();
    expect(stack.outputs.some((o) => o.id.startsWith("Discovery"))).toBe(false);
  });
});

describe("a cluster with a namespace", () => {
  const stack = lowerClusterSpec(clusterSchema.parse({ ...PROD_CLUSTER, tags: { team: "platform" } }), "specs/prod-cluster.ts");

  it("creates the private DNS namespace in the cluster stack, right after the cluster", () => {
    expect(stack.resources.map((r) => r.id)).toEqual(["Cluster", "Namespace", "ClusterCapacityProviders"]);
    const namespace = find(stack, "privateDnsNamespace")[0] as PrivateDnsNamespaceResource;
    expect(namespace).toEqual({
      kind: "privateDnsNamespace",
      id: "Namespace",
      name: "prod.local",
      description: "Service discovery namespace of ECS cluster prod-cluster",
      vpc: "vpc-0a1b2c3d",
      tags: { team: "platform" },
    });
  });

  it("exports the id under the fixed name services import, and the ARN under the stack's own prefix", () => {
    const id = stack.outputs.find((o) => o.id === "NamespaceId");
    expect(id).toMatchObject({ value: { resource: "Namespace", attribute: "id" }, exportName: "prod-cluster-NamespaceId" });
    const arn = stack.outputs.find((o) => o.id === "NamespaceArn");
    expect(arn?.value).toEqual({ resource: "Namespace", attribute: "arn" });
    expect(arn?.exportName).toBeUndefined();
  });

  it("keeps the guide's default strategy: Spot 4, Fargate 1 with base 1", () => {
    const association = find(stack, "clusterCapacityProviders")[0]!;
    expect(association.defaultStrategy).toEqual([
      { provider: "FARGATE_SPOT", weight: 4, base: 0 },
      { provider: "FARGATE", weight: 1, base: 1 },
    ]);
  });

  it("creates no namespace (and no namespace output) when the spec asks for none", () => {
    const { namespace: _namespace, ...plain } = PROD_CLUSTER;
    const bare = lowerClusterSpec(clusterSchema.parse(plain), "specs/x.ts");
    expect(bare.resources.some((r) => r.kind === "privateDnsNamespace")).toBe(false);
    expect(bare.outputs.some((o) => o.id.startsWith("Namespace"))).toBe(false);
  });
});
