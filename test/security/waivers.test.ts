import { describe, expect, it } from "vitest";
import type { Stack } from "../../src/ir/index.js";
import { lowerClusterSpec } from "../../src/lower/cluster/index.js";
import { lowerServiceSpec } from "../../src/lower/index.js";
import { lowerLoadBalancerSpec } from "../../src/lower/load-balancer-stack/index.js";
import { reasonOn, SECURITY_WAIVERS, waiversFor } from "../../src/security/index.js";
import { clusterSchema, serviceSchema, type ClusterSpec, type ServiceSpec } from "../../src/spec/schema/index.js";
import { loadBalancerSpecSchema, type LoadBalancerStackSpec } from "../../src/spec/schema/load-balancer-spec.js";
import publicWeb from "../../specs/public-web.js";
import gpuCluster from "../../specs/gpu-cluster.js";
import myApi from "../../specs/my-api.js";

/**
 * The waiver predicates over the IR, set by set: each spec setting a reason names clears its
 * finding. (test/security/scan.deep.ts holds the predicates equal to the real scanners.)
 */
const lower = (spec: ServiceSpec): Stack => lowerServiceSpec(serviceSchema.parse(spec), "specs/x.ts");
const rules = (spec: ServiceSpec) => waiversFor(lower(spec)).map((w) => w.rule);
const base = myApi.spec as ServiceSpec;
const { loadBalancer: _loadBalancer, ...withoutLoadBalancer } = base;

describe("security waivers (src/security)", () => {
  it("my-api: 30-day unencrypted log group, no container user or memory, an HTTP target group", () => {
    expect(rules(base)).toEqual(["CT.CLOUDWATCH.PR.2", "CT.CLOUDWATCH.PR.3", "CT.ECS.PR.3", "CT.ECS.PR.7", "CKV_AWS_158", "CKV_AWS_338", "CKV_AWS_378"]);
  });

  it("logging.retentionDays 365 clears the retention rules, logging.kmsKey the encryption rules", () => {
    expect(rules({ ...base, logging: { retentionDays: 365 } })).not.toContain("CT.CLOUDWATCH.PR.2");
    expect(rules({ ...base, logging: { retentionDays: 365 } })).not.toContain("CKV_AWS_338");
    expect(rules({ ...base, logging: { retentionDays: 180 } })).toContain("CKV_AWS_338");
    const encrypted = rules({ ...base, logging: { kmsKey: "arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-0000-4000-8000-0a1b2c3d4e5f" } });
    expect(encrypted).not.toContain("CT.CLOUDWATCH.PR.3");
    expect(encrypted).not.toContain("CKV_AWS_158");
  });

  it("a container user clears CT.ECS.PR.3, a container memory CT.ECS.PR.7; a writable root file system adds CT.ECS.PR.6 and CKV_AWS_336", () => {
    expect(rules({ ...base, container: { ...base.container, user: "1000:1000" } })).not.toContain("CT.ECS.PR.3");
    expect(rules({ ...base, container: { ...base.container, memory: 1024 } })).not.toContain("CT.ECS.PR.7");
    const writable = rules({ ...base, container: { ...base.container, readonlyRootFilesystem: false } });
    expect(writable).toContain("CT.ECS.PR.6");
    expect(writable).toContain("CKV_AWS_336");
    expect(rules(base)).not.toContain("CT.ECS.PR.6");
  });

  it("a service that sets every one of those, without a load balancer, has no finding to accept", () => {
    const clean: ServiceSpec = {
      ...withoutLoadBalancer,
      logging: { retentionDays: 365, kmsKey: "arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-0000-4000-8000-0a1b2c3d4e5f" },
      container: { ...base.container, user: "1000:1000", memory: 1024 },
    };
    expect(rules(clean)).toEqual([]);
  });

  it("ingress from a prefix list on a port other than 80/443 is accepted (CT.EC2.PR.3); from the internet to a service it is not", () => {
    const network = base.network!;
    expect(rules({ ...base, network: { ...network, ingress: [{ source: "pl-0a1b2c3d", port: 8080 }] } })).toEqual(expect.arrayContaining(["CT.EC2.PR.3", "CT.EC2.PR.4"]));
    expect(rules({ ...base, network: { ...network, ingress: [{ source: "pl-0a1b2c3d", port: 9090 }] } })).not.toContain("CT.EC2.PR.4");
    // The reason names the case the stack has: a prefix list, not a public listener.
    const stack = lower({ ...base, network: { ...network, ingress: [{ source: "pl-0a1b2c3d", port: 8080 }] } });
    const reason = reasonOn(waiversFor(stack).find((w) => w.rule === "CT.EC2.PR.3")!, stack);
    expect(reason).toMatch(/^The port other than 80 and 443 is open to a managed prefix list the spec names/);
    expect(reason).not.toContain("listener");
    // The rule fails on 0.0.0.0/0 to 8080 as well, but that is no finding berth accepts.
    const open = rules({ ...base, network: { ...network, ingress: [{ source: "0.0.0.0/0", port: 8080 }] } });
    expect(open).not.toContain("CT.EC2.PR.3");
    expect(open).not.toContain("CT.EC2.PR.4");
    expect(rules({ ...base, network: { ...network, ingress: [{ source: "0.0.0.0/0", port: 8080 }, { source: "pl-0a1b2c3d", port: 8080 }] } })).not.toContain(
      "CT.EC2.PR.3",
    );
  });

  it("port 80 admitted from a security group is accepted for checkov's CKV_AWS_260 (it reads a rule without a CIDR as open); from a CIDR it is no finding", () => {
    const service: ServiceSpec = { ...withoutLoadBalancer, container: { ...base.container, port: 80 } };
    expect(rules({ ...service, network: { ...base.network!, allowFrom: ["sg-0f1e2d3c"] } })).toContain("CKV_AWS_260");
    const stack = lower({ ...service, network: { ...base.network!, allowFrom: ["sg-0f1e2d3c"] } });
    expect(reasonOn(waiversFor(stack).find((w) => w.rule === "CKV_AWS_260")!, stack)).toBe(
      "Port 80 is open to a security group or prefix list, not to the internet: checkov reads a rule without a CIDR block as open to everyone.",
    );
    expect(rules({ ...service, network: { ...base.network!, allowFrom: ["10.0.0.0/16"] } })).not.toContain("CKV_AWS_260");
    // From the internet, to a service rather than a redirecting listener: not accepted.
    expect(rules({ ...service, network: { ...base.network!, allowFrom: ["sg-0f1e2d3c"], ingress: [{ source: "0.0.0.0/0", port: 80 }] } })).not.toContain("CKV_AWS_260");
  });

  it("clusters: \"enhanced\" Container Insights is accepted (CT.ECS.PR.2), \"disabled\" is not; ECS Exec logs pass CKV_AWS_224 only to an encrypted cluster group or when off", () => {
    const cluster = gpuCluster.spec as ClusterSpec;
    const clusterRules = (spec: ClusterSpec) => waiversFor(lowerClusterSpec(clusterSchema.parse(spec), "specs/x.ts")).map((w) => w.rule);
    expect(clusterRules(cluster)).toContain("CT.ECS.PR.2");
    expect(clusterRules({ ...cluster, containerInsights: "disabled" })).not.toContain("CT.ECS.PR.2");
    expect(clusterRules({ ...cluster, containerInsights: "enabled" })).not.toContain("CT.ECS.PR.2");
    const key = "arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-0000-4000-8000-0a1b2c3d4e5f";
    expect(clusterRules({ ...cluster, exec: { logging: "task" } })).toContain("CKV_AWS_224");
    expect(clusterRules({ ...cluster, exec: { logging: "cluster" } })).toContain("CKV_AWS_224");
    expect(clusterRules({ ...cluster, exec: { logging: "cluster", kmsKey: key } })).not.toContain("CKV_AWS_224");
    expect(clusterRules({ ...cluster, exec: { logging: "none" } })).not.toContain("CKV_AWS_224");
    // The EC2 capacity provider's Auto Scaling group and launch template.
    expect(clusterRules(cluster)).toEqual(expect.arrayContaining(["CT.AUTOSCALING.PR.1", "CT.AUTOSCALING.PR.8", "CT.EC2.PR.10"]));
    expect(clusterRules(cluster)).not.toContain("CT.AUTOSCALING.PR.6");
  });

  it("public-web: the internet on its 8443 listener is accepted (CT.EC2.PR.3) on an internet-facing ALB, not on an internal one", () => {
    const spec = publicWeb.spec as LoadBalancerStackSpec;
    const lbRules = (s: LoadBalancerStackSpec) => {
      const stack = lowerLoadBalancerSpec(loadBalancerSpecSchema.parse(s), "specs/x.ts");
      return waiversFor(stack).map((w) => `${w.rule}: ${reasonOn(w, stack)}`);
    };
    expect(lbRules(spec)).toEqual(expect.arrayContaining([expect.stringMatching(/^CT\.EC2\.PR\.3: The port other than 80 and 443 is a listener port of this load balancer/)]));
    expect(lbRules(spec).map((r) => r.split(":")[0])).toEqual(["CT.EC2.PR.3", "CKV_AWS_260", "CKV2_AWS_28"]);
    const internal = lbRules({ ...spec, scheme: "internal" } as LoadBalancerStackSpec).map((r) => r.split(":")[0]);
    expect(internal).not.toContain("CT.EC2.PR.3");
    expect(internal).not.toContain("CKV2_AWS_28");
  });

  it("host network mode adds CT.ECS.PR.4", () => {
    expect(rules(base)).not.toContain("CT.ECS.PR.4");
    expect(rules({ ...withoutLoadBalancer, networkMode: "host", launchType: "EC2" } as ServiceSpec)).toContain("CT.ECS.PR.4");
  });

  it("lists cfn-guard before checkov, rule ids in numeric order, one entry per tool and rule", () => {
    const keys = SECURITY_WAIVERS.map((w) => `${w.tool} ${w.rule}`);
    expect(new Set(keys).size).toBe(keys.length);
    const guard = SECURITY_WAIVERS.filter((w) => w.tool === "cfn-guard").map((w) => w.rule);
    expect(guard.indexOf("CT.ECS.PR.3")).toBeLessThan(guard.indexOf("CT.ECS.PR.10"));
    expect(SECURITY_WAIVERS.findIndex((w) => w.tool === "checkov")).toBe(guard.length);
  });
});
