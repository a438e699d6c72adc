import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TARGETS } from "../../src/backends/backend.js";
import { compile } from "../../src/compile.js";
import { ownerOf } from "../../src/output/index.js";
import { importSpecs, ROOT, specFilesIn } from "../support/specs.js";

/**
 * The committed out/ folder is the golden output of specs/: every spec × target must match it
 * byte for byte. To accept an intended change, run `npx berth generate` and review the diff.
 */
describe("golden output of specs/", async () => {
  const specs = await importSpecs(specFilesIn("specs"));
  const result = await compile(specs, { targets: TARGETS, hcl: false });

  it("compiles every example without diagnostics", () => {
    expect(result.diagnostics).toEqual([]);
    // One stack per spec, or one per environment of a spec with environments (checkout-api).
    expect([...new Set(result.stacks.map((s) => s.source))]).toEqual(specs.map((s) => s.file));
  });

  it("gives each environment of checkout-api its own stack, name and folder", () => {
    const stacks = result.stacks.filter((s) => s.source === "specs/checkout-api.ts").map((s) => s.name);
    expect(stacks).toEqual(["checkout-api-staging", "checkout-api-prod"]);
    const folders = new Set(result.files.filter((f) => f.path.startsWith("checkout-api/")).map((f) => f.path.split("/").slice(0, 2).join("/")));
    expect([...folders].sort()).toEqual(["checkout-api/prod", "checkout-api/staging"]);
  });

  for (const spec of specs) {
    for (const target of TARGETS) {
      it(`${spec.file} × ${target} matches out/`, async () => {
        const name = (spec.exported as { spec: { name: string } }).spec.name;
        const generated = result.files.filter((f) => ownerOf(f.path).target === target && ownerOf(f.path).spec === name);
        expect(generated.length).toBeGreaterThan(0);
        for (const file of generated) {
          const committed = await readFile(join(ROOT, "out", file.path), "utf8").catch(() => "<missing from out/>");
          expect(file.contents, `out/${file.path} is stale: run npx berth generate`).toBe(committed);
        }
      });
    }
  }
});
