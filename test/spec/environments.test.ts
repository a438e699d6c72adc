import { describe, expect, it } from "vitest";
import { mergeOverrides } from "../../src/spec/environments.js";
import { expandEnvironments, mergeInstanceDiagnostics } from "../../src/validate/environments.js";
import type { Diagnostic } from "../../src/diagnostics/index.js";

describe("mergeOverrides", () => {
  it("merges objects deeply, replaces arrays and scalars, and removes a field set to null", () => {
    const base = { cpu: 512, tags: { team: "a", cost: "x" }, network: { vpc: "vpc-1", subnets: ["s1", "s2"] }, scaling: { min: 3 } };
    const merged = mergeOverrides(base, { cpu: 256, tags: { stage: "staging" }, network: { subnets: ["s9"] }, scaling: null });
    expect(merged).toEqual({ cpu: 256, tags: { team: "a", cost: "x", stage: "staging" }, network: { vpc: "vpc-1", subnets: ["s9"] } });
    expect(base.network.subnets).toEqual(["s1", "s2"]); // inputs are not changed
  });

  it("adds an object the base lacks and ignores undefined", () => {
    expect(mergeOverrides({ a: 1 }, { b: { c: 2 }, a: undefined })).toEqual({ a: 1, b: { c: 2 } });
  });
});

describe("expandEnvironments", () => {
  const spec = { name: "api", cpu: 512, environments: { staging: { cpu: 256 }, prod: {} } };

  it("yields one merged, suffixed spec per environment, without `environments`", () => {
    const { instances, declared, name } = expandEnvironments(spec, "f.ts");
    expect(name).toBe("api");
    expect(declared).toEqual(["staging", "prod"]);
    expect(instances).toEqual([
      { environment: "staging", input: { name: "api-staging", cpu: 256 } },
      { environment: "prod", input: { name: "api-prod", cpu: 512 } },
    ]);
  });

  it("narrows to the selected environments but still declares all", () => {
    const { instances, declared } = expandEnvironments(spec, "f.ts", ["prod"]);
    expect(instances.map((i) => i.environment)).toEqual(["prod"]);
    expect(declared).toEqual(["staging", "prod"]);
  });

  it("keeps a spec without environments whole, whatever is selected", () => {
    expect(expandEnvironments({ name: "c" }, "f.ts", ["prod"]).instances).toEqual([{ input: { name: "c" } }]);
  });

  it("refuses reserved and malformed environment names", () => {
    const { diagnostics, instances } = expandEnvironments({ name: "a", environments: { terraform: {}, "9x": {} } }, "f.ts");
    expect(instances).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([["B141", "environments.terraform"], ["B141", 'environments["9x"]']]);
  });
});

describe("mergeInstanceDiagnostics", () => {
  const d = (code: string, path: string, message = "m"): Diagnostic => ({ code, severity: "error", file: "f.ts", path, message });

  it("reports a finding of every environment once, and the others under their environment", () => {
    const merged = mergeInstanceDiagnostics([
      { environment: "staging", diagnostics: [d("B1", "cpu"), d("B2", "memory")] },
      { environment: "prod", diagnostics: [d("B1", "cpu")] },
    ]);
    expect(merged.map((x) => [x.code, x.path])).toEqual([["B1", "cpu"], ["B2", "environments.staging.memory"]]);
  });

  it("names the environment when only one is validated", () => {
    expect(mergeInstanceDiagnostics([{ environment: "prod", diagnostics: [d("B1", "")] }]).map((x) => x.path)).toEqual(["environments.prod"]);
  });
});
