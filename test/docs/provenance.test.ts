import { describe, expect, it } from "vitest";
import { TARGETS } from "../../src/backends/backend.js";
import { compile } from "../../src/compile.js";
import { provenanceOf, provenanceRows } from "../../src/docs/provenance.js";
import { DEFINITION_KINDS, isDefinitionKind } from "../../src/kinds.js";
import { validateDefinition } from "../../src/validate/definition.js";
import { importSpecs, specFilesIn } from "../support/specs.js";

/** The value at a dotted spec path with `[i]` indexes, or undefined when any step is missing. */
function at(value: unknown, path: string): unknown {
  if (path === "") return value;
  return path.split(/\.|(?=\[)/).reduce<unknown>((node, step) => {
    if (node === undefined || node === null || typeof node !== "object") return undefined;
    const index = /^\[(\d+)\]$/.exec(step);
    return index ? (node as unknown[])[Number(index[1])] : (node as Record<string, unknown>)[step];
  }, value);
}

/**
 * Provenance is derived from the IR's logical ids, so it is checked against what it claims: every
 * resource of every example and valid fixture has a spec field, that field is set in the parsed
 * spec (or the resource says it exists because the field is left out), and the Terraform address
 * is a resource of the generated main.tf.json.
 */
describe("provenance of every resource", async () => {
  const files = [...specFilesIn("specs"), ...specFilesIn("test/fixtures/valid")];
  const specs = await importSpecs(files);
  const result = await compile(specs, { targets: TARGETS, hcl: false });

  it("compiles the examples and fixtures", () => expect(result.diagnostics).toEqual([]));

  for (const stack of result.stacks) {
    it(`${stack.source}: each resource names the spec field that made it, and its Terraform address exists`, () => {
      const loaded = specs.find((s) => s.file === stack.source)!;
      const exported = loaded.exported as { kind: string; spec: unknown };
      expect(isDefinitionKind(exported.kind)).toBe(true);
      // Through validateDefinition: a spec with environments is one parsed spec per environment.
      const parsed = validateDefinition(exported.kind as keyof typeof DEFINITION_KINDS, exported.spec, stack.source).parsed.find((p) => p.name === stack.name)?.spec;
      expect(parsed).toBeDefined();

      const tf = JSON.parse(result.files.find((f) => f.path === `${result.folders[stack.name] ?? stack.name}/terraform/main.tf.json`)!.contents) as { resource: Record<string, Record<string, unknown>> };
      for (const row of provenanceRows(stack)) {
        expect(row.provenance, row.id).toBeDefined();
        const value = at(parsed, row.provenance!.path);
        if (row.provenance!.byDefault) expect(value, `${row.id} ← ${row.provenance!.path}`).toBeUndefined();
        else expect(value, `${row.id} ← ${row.provenance!.path}`).toBeDefined();
        const [type, name] = row.address.split(".");
        expect(Object.keys(tf.resource[type!] ?? {}), row.address).toContain(name);
      }
    });
  }

  it("gives each EC2 capacity provider's resources the index of their spec item", () => {
    const cluster = result.stacks.find((s) => s.resources.some((r) => r.kind === "capacityProvider"))!;
    const found = provenanceOf(cluster);
    const providers = cluster.resources.filter((r) => r.kind === "capacityProvider");
    providers.forEach((p, i) => expect(found.get(p.id)?.path).toBe(`capacityProviders.ec2[${i}]`));
  });

  it("leaves an unknown logical id without provenance instead of guessing", () => {
    const stack = result.stacks[0]!;
    const renamed = { ...stack, resources: [{ ...stack.resources[0]!, id: "SomethingNew" }] };
    expect(provenanceOf(renamed).get("SomethingNew")).toBeUndefined();
  });
});
