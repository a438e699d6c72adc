import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { validateService } from "../../src/validate/index.js";

const base = () => ({
  name: "hostile-api",
  account: "123456789012",
  region: "us-east-1",
  cluster: "prod",
  cpu: 256,
  memory: 512,
  container: { image: "public.ecr.aws/docker/library/nginx:1.27", user: "101" } as Record<string, unknown>,
  network: { vpc: "vpc-0a1b2c3d", subnets: ["subnet-0a1b2c3d"] },
});

const codesAndPaths = (input: unknown) => validateService(input, "spec.ts").diagnostics.map((d) => `${d.code} ${d.path}`);

/** Reproducers: specs that crashed validation with a stack trace or lost data silently. */
describe("hostile spec values become diagnostics, not exceptions", () => {
  it("a getter that throws", () => {
    const spec = base();
    Object.defineProperty(spec.container, "environment", { enumerable: true, get: () => { throw new Error("no env today"); } });
    const [d] = validateService(spec, "spec.ts").diagnostics;
    expect(d).toMatchObject({ code: "B114", path: "container.environment" });
    expect(d?.message).toContain("no env today");
  });

  it("a Proxy whose traps throw", () => {
    const spec = { ...base(), network: new Proxy({}, { ownKeys: () => { throw new TypeError("revoked"); } }) };
    expect(codesAndPaths(spec)).toEqual(["B114 network"]);
    const { proxy, revoke } = Proxy.revocable(base(), {});
    revoke();
    expect(codesAndPaths(proxy)).toEqual(["B114 "]);
  });

  it("a spec that contains itself", () => {
    const spec = base() as Record<string, unknown>;
    spec["tags"] = { team: "x" };
    (spec["container"] as Record<string, unknown>)["dockerLabels"] = spec;
    expect(codesAndPaths(spec)).toEqual(["B115 container.dockerLabels"]);
  });

  it("a __proto__ key from YAML, which zod would have dropped without a word", () => {
    const { service } = yaml.load("service:\n  tags:\n    __proto__: payments\n", { schema: yaml.CORE_SCHEMA }) as { service: { tags: unknown } };
    expect(codesAndPaths({ ...base(), tags: service.tags })).toEqual(["B113 tags.__proto__"]);
  });

  it("leaves an ordinary spec as it was", () => {
    expect(codesAndPaths(base())).toEqual([]);
  });
});
