import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/index.js";
import { validateDefinition } from "../../src/validate/definition.js";
import type { Definition } from "../../src/spec/define.js";
import { FARGATE_SIZES } from "../../src/spec/fargate.js";
import { deployedTargetGroupName, executionRoleName, NAME_LIMITS, targetGroupName, taskRoleName } from "../../src/spec/names.js";
import type { LoadBalancerAttachmentSpec, ServiceSpec } from "../../src/spec/schema/index.js";
import { validateService } from "../../src/validate/index.js";
import { looksLikeCredential } from "../../src/validate/rules/environment.js";
import { isIpv4Cidr, isRegion, partitionOf } from "../../src/spec/aws-formats.js";
import minimal from "../fixtures/valid/minimal.js";

/** Validates a copy of the minimal valid spec after `edit` changed it. */
function check(edit: (spec: ServiceSpec) => void = () => {}): readonly Diagnostic[] {
  const spec = structuredClone(minimal.spec);
  edit(spec);
  return validateService(spec, "spec.ts").diagnostics;
}

const codes = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => d.code);
const at = (diagnostics: readonly Diagnostic[], code: string) => diagnostics.filter((d) => d.code === code).map((d) => d.path);
/** The single-object attachment of the base spec (never the list form). */
const lb = (spec: ServiceSpec) => spec.loadBalancer as LoadBalancerAttachmentSpec;

describe("valid fixtures", () => {
  const dir = fileURLToPath(new URL("../fixtures/valid/", import.meta.url));
  it.each(readdirSync(dir).filter((f) => f.endsWith(".ts")))("%s has no diagnostics", async (file) => {
    const mod = (await import(/* @vite-ignore */ new URL(`../fixtures/valid/${file}`, import.meta.url).href)) as { default: Definition };
    // Through the validation compile uses, so a fixture's environments expand as in a run.
    const result = validateDefinition(mod.default.kind, mod.default.spec, file);
    expect(result.diagnostics).toEqual([]);
    expect(result.parsed.length).toBeGreaterThan(0);
  });
});

describe("fargate-size", () => {
  it("names memory and lists the valid sizes for cpu 512 + memory 8192", () => {
    const [d, ...rest] = check((s) => (s.memory = 8192));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "B202", path: "memory", severity: "error" });
    expect(d?.hint).toContain("1024, 2048, 3072, 4096");
  });

  it("reports only the cpu when the cpu itself is not a Fargate size", () => {
    expect(check((s) => ((s.cpu = 1000), (s.memory = 3)))).toMatchObject([{ code: "B201", path: "cpu" }]);
  });

  it("B202 fires iff memory is not allowed for the cpu", () => {
    const cpus = Object.keys(FARGATE_SIZES).map(Number);
    const memory = fc.oneof(fc.integer({ min: -1, max: 130_000 }), fc.constantFrom(...Object.values(FARGATE_SIZES).flat()));
    fc.assert(
      fc.property(fc.constantFrom(...cpus), memory, (cpu, mem) => {
        const fired = codes(check((s) => ((s.cpu = cpu), (s.memory = mem)))).includes("B202");
        expect(fired).toBe(!FARGATE_SIZES[cpu]!.includes(mem));
      }),
      { numRuns: 300 },
    );
  });

  it("sums container cpu and memory (hard limit, else reservation) over all containers", () => {
    const fits = check((s) => {
      s.container.cpu = 256;
      s.container.memory = 512;
      s.sidecars = [{ name: "agent", image: "agent", cpu: 256, memoryReservation: 512 }];
    });
    expect(fits).toEqual([]);
    const over = check((s) => {
      s.container.cpu = 256;
      s.container.memory = 512;
      s.sidecars = [{ name: "agent", image: "agent", cpu: 257, memory: 512 }];
    });
    expect(codes(over)).toEqual(["B203"]);
    expect(codes(check((s) => (s.sidecars = [{ name: "agent", image: "agent", memoryReservation: 1025 }])))).toEqual(["B204"]);
  });

  it("flags a reservation above the hard limit, not one equal to it", () => {
    expect(at(check((s) => ((s.container.memory = 256), (s.container.memoryReservation = 300))), "B205")).toEqual(["container.memoryReservation"]);
    expect(check((s) => ((s.container.memory = 256), (s.container.memoryReservation = 256)))).toEqual([]);
  });
});

describe("network-ids", () => {
  it("accepts 8- and 17-hex ids and rejects other lengths, case and prefixes", () => {
    expect(check((s) => ((s.network!.vpc = "vpc-0123456789abcdef0"), (s.network!.securityGroups = ["sg-0a1b2c3d4e5f60718"]), (s.network!.allowFrom = [])))).toEqual([]);
    const bad = check((s) => {
      s.network!.vpc = "vpc-0123456789abcdef";
      s.network!.subnets = ["subnet-0A1B2C3D", "sg-0a1b2c3d", "subnet-0a1b2c3d4"];
    });
    expect(at(bad, "B301")).toEqual(["network.vpc", "network.subnets[0]", "network.subnets[1]", "network.subnets[2]"]);
  });

  it("accepts security group ids and IPv4 CIDRs in allowFrom", () => {
    expect(check((s) => (s.network!.allowFrom = ["sg-0a1b2c3d", "10.0.0.0/16", "0.0.0.0/0", "192.168.1.10/32"]))).toEqual([]);
    for (const cidr of ["10.0.0.0/33", "256.0.0.0/8", "10.0.0.0", "010.0.0.0/8", "::/0"]) expect(isIpv4Cidr(cidr)).toBe(false);
    expect(at(check((s) => (s.network!.allowFrom = ["sg-0a1b2c3d", "10.0.0.0/33"])), "B302")).toEqual(["network.allowFrom[1]"]);
  });

  it("rejects allowFrom next to own security groups, but not an empty allowFrom", () => {
    expect(codes(check((s) => (s.network!.securityGroups = ["sg-0a1b2c3d"])))).toEqual(["B303"]);
    expect(check((s) => ((s.network!.securityGroups = ["sg-0a1b2c3d"]), (s.network!.allowFrom = [])))).toEqual([]);
  });

  it("warns when a load balancer cannot reach tasks behind the generated security group", () => {
    expect(check((s) => (s.network!.allowFrom = []))).toMatchObject([{ code: "B305", severity: "warning", path: "network.allowFrom" }]);
    expect(check((s) => ((s.network!.allowFrom = []), delete s.loadBalancer))).toEqual([]);
  });

  it("reports each repeated entry at its own index", () => {
    const d = check((s) => (s.network!.subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b", "subnet-0a1b2c3d", "subnet-0a1b2c3d"]));
    expect(at(d, "B304")).toEqual(["network.subnets[2]", "network.subnets[3]"]);
  });
});

describe("arns", () => {
  const secret = (arn: string) => (s: ServiceSpec) => (s.container.secrets = { DB_PASSWORD: { source: "secretsManager", arn } });

  it("accepts partial and complete secret ARNs", () => {
    expect(check(secret("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db"))).toEqual([]);
    expect(check(secret("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf"))).toEqual([]);
  });

  it("explains a wrong service, a malformed region and a wrong partition", () => {
    const wrongService = check(secret("arn:aws:ssm:us-east-1:123456789012:parameter/prod/db"));
    expect(wrongService[0]?.message).toContain('names the service "ssm", expected "secretsmanager"');
    expect(check(secret("arn:aws:secretsmanager:us-east1:123456789012:secret:db"))[0]?.message).toContain('"us-east1" is not a region');
    const gov = check((s) => {
      s.region = "us-gov-west-1";
      delete s.loadBalancer;
      secret("arn:aws:secretsmanager:us-gov-west-1:123456789012:secret:db")(s);
    });
    expect(gov).toMatchObject([{ code: "B401", path: "container.secrets.DB_PASSWORD.arn" }]);
    expect(gov[0]?.hint).toContain("arn:aws-us-gov:secretsmanager:us-gov-west-1:123456789012:secret:<name>");
  });

  it("compares region and account only when the spec's own are valid", () => {
    const foreign = secret("arn:aws:secretsmanager:eu-west-1:210987654321:secret:db");
    expect(codes(check(foreign)).sort()).toEqual(["B402", "B403"]);
    expect(codes(check((s) => ((s.region = "mars-1"), foreign(s)))).sort()).toEqual(["B403", "B405"]);
    expect(codes(check((s) => ((s.account = "1234"), foreign(s)))).sort()).toEqual(["B402", "B404"]);
  });

  it("checks managed policies: AWS managed account, no region, own account", () => {
    const policies = (...arns: string[]) => (s: ServiceSpec) => (s.taskRole = { managedPolicies: arns });
    expect(check(policies("arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::123456789012:policy/team/app-read"))).toEqual([]);
    expect(codes(check(policies("arn:aws:iam:us-east-1:123456789012:policy/app")))).toEqual(["B401"]);
    expect(codes(check(policies("arn:aws:iam::210987654321:policy/app")))).toEqual(["B403"]);
    expect(codes(check(policies("arn:aws:iam::123456789012:role/app")))).toEqual(["B401"]);
  });

  it("accepts SSM names with a leading slash and parameter ARNs", () => {
    const ssm = (parameter: string) => (s: ServiceSpec) => (s.container.secrets = { FLAGS: { source: "ssm", parameter } });
    expect(check(ssm("/prod/orders/flags"))).toEqual([]);
    expect(check(ssm("arn:aws:ssm:us-east-1:123456789012:parameter/prod/orders/flags"))).toEqual([]);
    expect(codes(check(ssm("//prod/flags")))).toEqual(["B401"]);
    expect(codes(check(ssm("arn:aws:ssm:us-east-1:123456789012:parameter//prod/flags")))).toEqual(["B401"]);
  });

  it("accepts KMS key ids and multi-region keys; warns on aliases", () => {
    const kms = (kmsKey: string) => (s: ServiceSpec) =>
      (s.container.secrets = { DB_PASSWORD: { source: "secretsManager", arn: "arn:aws:secretsmanager:us-east-1:123456789012:secret:db", kmsKey } });
    expect(check(kms("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"))).toEqual([]);
    expect(check(kms("arn:aws:kms:us-east-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab"))).toEqual([]);
    expect(check(kms("arn:aws:kms:us-east-1:123456789012:alias/orders"))).toMatchObject([{ code: "B406", severity: "warning" }]);
    expect(codes(check(kms("1234abcd-12ab-34cd-56ef-1234567890ab")))).toEqual(["B401"]);
  });

  it("checks a cluster ARN like other ARNs and a cluster name by its characters", () => {
    expect(check((s) => (s.cluster = "arn:aws:ecs:us-east-1:123456789012:cluster/prod_cluster-2"))).toEqual([]);
    expect(codes(check((s) => (s.cluster = "arn:aws:ecs:us-east-1:123456789012:service/prod/orders")))).toEqual(["B401"]);
    expect(codes(check((s) => (s.cluster = "prod.cluster")))).toEqual(["B407"]);
  });

  it("knows region codes and their partitions", () => {
    for (const r of ["us-east-1", "us-gov-west-1", "cn-north-1", "ap-southeast-4", "il-central-1", "mx-central-1", "ca-west-1", "us-iso-east-1", "eusc-de-east-1"]) {
      expect(isRegion(r), r).toBe(true);
    }
    for (const r of ["us-east1", "US-EAST-1", "useast-1", "us-east-", "us-middle-1", "us-east-1a"]) expect(isRegion(r), r).toBe(false);
    expect([partitionOf("cn-northwest-1"), partitionOf("us-gov-east-1"), partitionOf("eu-west-3")]).toEqual(["aws-cn", "aws-us-gov", "aws"]);
  });
});

describe("names", () => {
  it("derives the names lowering uses", () => {
    const spec = { name: "orders-api", region: "us-east-1" };
    expect(targetGroupName(spec)).toBe("orders-api-tg");
    expect(targetGroupName({ ...spec, loadBalancer: { targetGroupName: "blue" } })).toBe("blue");
    expect(executionRoleName(spec)).toBe("orders-api-us-east-1-execution");
    expect(taskRoleName(spec)).toBe("orders-api-us-east-1-task");
    // The longest service name and region still fit IAM's limit, so B501 on roles is a guard only.
    expect(executionRoleName({ name: "x".repeat(32), region: "ap-southeast-4" }).length).toBeLessThanOrEqual(NAME_LIMITS.iamRole);
  });

  it("cuts a derived target group name to fit, and reports a given one at targetGroupName", () => {
    expect(check((s) => (s.name = "a".repeat(29)))).toEqual([]);
    expect(check((s) => (s.name = "a".repeat(32)))).toEqual([]);
    expect(check((s) => (lb(s).targetGroupName = "a".repeat(33)))).toMatchObject([{ code: "B501", path: "loadBalancer.targetGroupName" }]);
    expect(codes(check((s) => (lb(s).targetGroupName = "internal-orders")))).toEqual(["B509"]);
    expect(codes(check((s) => (s.name = "orders-")))).toEqual([]);
  });

  it("suffixes berth's target group name with a hash of its create-only properties, so a replacement gets a new name", () => {
    const identity = { port: 8080, protocol: "HTTP", targetType: "ip", vpcId: "vpc-0a1b2c3d" };
    const name = deployedTargetGroupName({ name: "orders-api", region: "us-east-1" }, identity);
    expect(name).toMatch(/^orders-api-tg-[0-9a-f]{4}$/);
    expect(deployedTargetGroupName({ name: "orders-api", region: "us-east-1" }, { ...identity })).toBe(name);
    for (const changed of [{ port: 9090 }, { protocol: "HTTPS" }, { targetType: "instance" }, { vpcId: "vpc-4e5f6a7b" }]) {
      expect(deployedTargetGroupName({ name: "orders-api", region: "us-east-1" }, { ...identity, ...changed }), JSON.stringify(changed)).not.toBe(name);
    }
    // Long names are cut to ELB's 32 characters; two that share the cut prefix still differ.
    const long = (suffix: string) => deployedTargetGroupName({ name: `${"a".repeat(40)}${suffix}`, region: "us-east-1" }, identity);
    expect(long("x")).toHaveLength(NAME_LIMITS.targetGroup);
    expect(long("x")).not.toBe(long("y"));
    // A name the spec gives is kept as written: diff/generate refuse a replacement instead (B980).
    expect(deployedTargetGroupName({ name: "orders-api", region: "us-east-1", loadBalancer: { targetGroupName: "orders" } }, identity)).toBe("orders");
  });
});

describe("load-balancer", () => {
  it("accepts the priority bounds and rejects values outside", () => {
    expect(check((s) => (lb(s).priority = 1))).toEqual([]);
    expect(check((s) => (lb(s).priority = 50000))).toEqual([]);
    expect(codes(check((s) => (lb(s).priority = 50001)))).toEqual(["B502"]);
  });

  it("needs paths or hosts, and checks each pattern", () => {
    expect(check((s) => ((lb(s).paths = []), (lb(s).hosts = ["orders.example.com", "*.example.co.uk", "api-?.example.com"])))).toEqual([]);
    expect(check((s) => (lb(s).paths = ["/", "*", "/api/v1/*.json"]))).toEqual([]);
    expect(check((s) => (lb(s).paths = ["/a?c", "/~user/@me", "/$x:y+z&'\""]))).toEqual([]);
    expect(codes(check((s) => (lb(s).paths = [])))).toEqual(["B503"]);
    const bad = check((s) => ((lb(s).paths = ["/" + "a".repeat(128), "/with space"]), (lb(s).hosts = ["localhost", "example.c0m", "a_b.example.com"])));
    expect(at(bad, "B508")).toEqual(["loadBalancer.paths[0]", "loadBalancer.paths[1]", "loadBalancer.hosts[0]", "loadBalancer.hosts[1]", "loadBalancer.hosts[2]"]);
    expect(at(bad, "B510")).toEqual([]);
  });

  it("keeps the rule within ALB's condition quotas", () => {
    expect(check((s) => ((lb(s).paths = ["/a", "/b", "/c/*"]), (lb(s).hosts = ["a.example.com", "*.b.example.com"])))).toEqual([]);
    expect(check((s) => (lb(s).paths = ["/a", "/b", "/c", "/d"]))).toMatchObject([{ code: "B510", path: "loadBalancer.paths" }]);
    expect(check((s) => ((lb(s).paths = ["/a", "/b", "/c"]), (lb(s).hosts = ["a.example.com", "b.example.com", "c.example.com"])))).toMatchObject([
      { code: "B510", path: "loadBalancer", message: expect.stringContaining("6 condition values") },
    ]);
    expect(check((s) => (lb(s).paths = ["/a/*/*", "/b/*/*", "/c/??"]))).toMatchObject([{ code: "B510", message: expect.stringContaining("6 wildcards") }]);
  });

  it("targets a named sidecar's TCP port, not a UDP one", () => {
    const sidecar = (s: ServiceSpec) => (s.sidecars = [{ name: "proxy", image: "envoy", portMappings: [{ containerPort: 53, protocol: "udp" }, { containerPort: 9901 }] }]);
    expect(check((s) => (sidecar(s), (lb(s).container = "proxy")))).toEqual([]);
    expect(check((s) => (sidecar(s), (lb(s).container = "proxy"), (lb(s).port = 53)))).toMatchObject([{ code: "B505", path: "loadBalancer.port" }]);
    expect(check((s) => (lb(s).container = "proxy"))).toMatchObject([{ code: "B504", path: "loadBalancer.container" }]);
  });

  it("requires an absolute health check path and a timeout below the interval", () => {
    expect(check((s) => (lb(s).healthCheck = { path: "/health", interval: 10, timeout: 9 }))).toEqual([]);
    expect(codes(check((s) => (lb(s).healthCheck = { path: "health", interval: 10, timeout: 10 })))).toEqual(["B506", "B507"]);
  });
});

describe("containers", () => {
  it("requires unique names and a name on every sidecar", () => {
    const d = check((s) => (s.sidecars = [{ image: "a" }, { name: "app", image: "b" }, { name: "x", image: "c" }, { name: "x", image: "d" }]));
    expect(d.map((x) => `${x.code} ${x.path}`)).toEqual(["B612 sidecars[0].name", "B603 sidecars[1].name", "B603 sidecars[3].name"]);
  });

  it("allows one port on tcp and udp, not twice on one protocol", () => {
    const mappings = (...m: { containerPort: number; protocol?: "tcp" | "udp" }[]) => (s: ServiceSpec) => {
      delete s.container.port;
      s.container.portMappings = m;
    };
    expect(check(mappings({ containerPort: 8080 }, { containerPort: 53, protocol: "udp" }, { containerPort: 53 }))).toEqual([]);
    expect(check(mappings({ containerPort: 8080 }, { containerPort: 53, protocol: "udp" }, { containerPort: 53, protocol: "udp" }))).toMatchObject([
      { code: "B609", path: "container.portMappings[2].containerPort" },
    ]);
  });

  it("checks dependencies: existing other container, health check for HEALTHY, non-essential for SUCCESS", () => {
    const sidecars = (s: ServiceSpec) => (s.sidecars = [{ name: "init", image: "i", essential: false }, { name: "proxy", image: "p", healthCheck: { command: "true" } }]);
    const ok = check((s) => (sidecars(s), (s.container.dependsOn = [{ container: "init", condition: "SUCCESS" }, { container: "proxy", condition: "HEALTHY" }, { container: "init" }])));
    expect(ok).toEqual([]);
    const bad = check((s) => (sidecars(s), (s.container.dependsOn = [{ container: "app" }, { container: "init", condition: "HEALTHY" }, { container: "proxy", condition: "COMPLETE" }])));
    expect(bad.map((x) => `${x.code} ${x.path}`)).toEqual(["B607 container.dependsOn[0].container", "B610 container.dependsOn[1].condition", "B613 container.dependsOn[2].condition"]);
    expect(bad[0]?.hint).toBe("Other containers: init, proxy.");
  });

  it("needs one essential container, whichever it is", () => {
    expect(check((s) => ((s.container.essential = false), (s.sidecars = [{ name: "agent", image: "a" }])))).toEqual([]);
    expect(codes(check((s) => (s.container.essential = false)))).toEqual(["B604"]);
  });
});

describe("environment", () => {
  it.each(["KEYBOARD_LAYOUT", "MONKEY", "AUTH_URL", "TOKEN_TTL", "SECRET_ARN", "JWT_PUBLIC_KEY", "CACHE_KEY_PREFIX", "PARTITION_KEY", "AUTHOR", "TOKENIZER_MODEL"])(
    "does not flag %s",
    (name) => expect(looksLikeCredential(name, "some-value")).toBe(false),
  );

  it.each(["DB_PASSWORD", "STRIPE_KEY", "API_KEY", "apiKey", "dbPassword", "GITHUB_TOKEN", "CLIENT_SECRET", "PRIVATE_KEY", "AWS_CREDENTIALS", "BASIC_AUTH", "DBPASSWORD", "SECRET_KEY_BASE"])(
    "flags %s",
    (name) => expect(looksLikeCredential(name, "hunter2")).toBe(true),
  );

  it.each(["DB_PASS", "DB_PWD", "SMTP_PASS", "dbPwd"])("flags the short password word in %s", (name) =>
    expect(looksLikeCredential(name, "hunter2")).toBe(true),
  );

  it("does not flag the shell's working directory or pass rates", () => {
    expect(looksLikeCredential("PWD", "/app")).toBe(false);
    expect(looksLikeCredential("OLDPWD", "/")).toBe(false);
    expect(looksLikeCredential("PASS_RATE", "0.95")).toBe(false);
  });

  it.each([
    ["AWS access key id", "AKIAIOSFODNN7EXAMPLE"],
    ["temporary access key id", "ASIAIOSFODNN7EXAMPLE"],
    ["GitHub classic token", `ghp_${"a1B2".repeat(9)}`],
    ["GitHub fine-grained token", `github_pat_11ABCDEFG0${"x".repeat(60)}`],
    ["Stripe live secret key", `sk_live_${"4eC39HqLyjWDarjtT1zdp7dc"}`],
    ["Stripe restricted key", `rk_live_${"51H8abcdEFGH1234ijkl"}`],
    ["PEM private key", "-----BEGIN RSA PRIVATE KEY-----\nMIIE..."],
  ])("flags a value that is a %s whatever the variable is called", (_, value) => {
    expect(looksLikeCredential("UPSTREAM", value)).toBe(true);
  });

  it.each(["ghp_enabled", "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "AKIA", "akiaiosfodnn7example"])("does not flag the look-alike value %s", (value) => {
    expect(looksLikeCredential("UPSTREAM", value)).toBe(false);
  });

  it("ignores empty values, switches and ARNs, and flags URLs with a password", () => {
    expect(looksLikeCredential("DB_PASSWORD", "  ")).toBe(false);
    expect(looksLikeCredential("USE_AUTH", "true")).toBe(false);
    expect(looksLikeCredential("DB_SECRET", "arn:aws:secretsmanager:us-east-1:123456789012:secret:db")).toBe(false);
    expect(looksLikeCredential("REDIS_URL", "redis://:hunter2@cache:6379")).toBe(true);
    expect(looksLikeCredential("REDIS_URL", "redis://cache:6379")).toBe(false);
  });

  it("reports at the variable's path, in sidecars too", () => {
    const d = check((s) => (s.sidecars = [{ name: "agent", image: "a", environment: { AGENT_TOKEN: "abc" } }]));
    expect(d).toMatchObject([{ code: "B601", path: "sidecars[0].environment.AGENT_TOKEN" }]);
    expect(d[0]?.hint).toContain('secrets: { AGENT_TOKEN: secretsManager("arn:');
  });

  it("checks variable names in environment and secrets, and one source per variable", () => {
    const d = check((s) => {
      s.container.environment = { "1ST": "x", DB_PASSWORD: "" };
      s.container.secrets = { ...s.container.secrets, "api.key": { source: "ssm", parameter: "/k" } };
    });
    expect(d.map((x) => `${x.code} ${x.path}`)).toEqual(['B611 container.environment["1ST"]', "B602 container.environment.DB_PASSWORD", 'B611 container.secrets["api.key"]']);
  });

  it("rejects a secret pinned by both stage and id", () => {
    const d = check((s) => (s.container.secrets = { DB_PASSWORD: { source: "secretsManager", arn: "arn:aws:secretsmanager:us-east-1:123456789012:secret:db", versionStage: "AWSCURRENT", versionId: "v1" } }));
    expect(d).toMatchObject([{ code: "B606", path: "container.secrets.DB_PASSWORD.versionId" }]);
  });
});

describe("logging", () => {
  it("accepts CloudWatch's retention values only", () => {
    expect(check((s) => (s.logging = { retentionDays: 3653 }))).toEqual([]);
    expect(check((s) => (s.logging = { retentionDays: 45 }))).toMatchObject([{ code: "B608", path: "logging.retentionDays" }]);
  });
});
