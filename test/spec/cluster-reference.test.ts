import { describe, expect, it } from "vitest";
import { clusterSpecOf, clustersInRun, namesCluster, referencedCluster } from "../../src/spec/cluster-reference.js";
import { clusterSchema } from "../../src/spec/schema/index.js";

const OPS = { name: "ops-cluster", account: "123456789012", region: "eu-west-1" };

describe("namesCluster", () => {
  it("matches a plain name exactly", () => {
    expect(namesCluster("ops-cluster", OPS)).toBe(true);
    expect(namesCluster("ops", OPS)).toBe(false);
    expect(namesCluster("Ops-Cluster", OPS)).toBe(false);
  });

  it("matches an ARN only in the cluster spec's own account and region", () => {
    expect(namesCluster("arn:aws:ecs:eu-west-1:123456789012:cluster/ops-cluster", OPS)).toBe(true);
    expect(namesCluster("arn:aws:ecs:eu-central-1:123456789012:cluster/ops-cluster", OPS)).toBe(false);
    expect(namesCluster("arn:aws:ecs:eu-west-1:210987654321:cluster/ops-cluster", OPS)).toBe(false);
    expect(namesCluster("arn:aws:ecs:eu-west-1:123456789012:cluster/ops-cluster-2", OPS)).toBe(false);
    expect(namesCluster("arn:aws:ecs:eu-west-1:123456789012:service/ops-cluster", OPS)).toBe(false);
    expect(namesCluster("arn:not-an-arn", OPS)).toBe(false);
  });
});

describe("the cluster spec of a run", () => {
  const cluster = clusterSchema.parse(OPS);
  const definitions = [
    { kind: "service", file: "specs/a.ts", spec: { cluster: "ops-cluster" } },
    { kind: "cluster", file: "specs/ops-cluster.ts", spec: cluster },
  ];

  it("lists the cluster specs with their files, and finds the one a workload names", () => {
    const clusters = clustersInRun(definitions);
    expect(clusters).toEqual([{ spec: cluster, file: "specs/ops-cluster.ts" }]);
    expect(referencedCluster({ cluster: "ops-cluster" }, clusters)).toBe(clusters[0]);
    expect(referencedCluster({ cluster: "prod-cluster" }, clusters)).toBeUndefined();
  });

  it("gives lowering the parsed cluster spec, or nothing for a cluster outside the run", () => {
    expect(clusterSpecOf({ cluster: "arn:aws:ecs:eu-west-1:123456789012:cluster/ops-cluster" }, definitions)).toBe(cluster);
    expect(clusterSpecOf({ cluster: "prod-cluster" }, definitions)).toBeUndefined();
    expect(clusterSpecOf({ cluster: "ops-cluster" }, [])).toBeUndefined();
  });
});
