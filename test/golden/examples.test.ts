import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TARGETS } from "../../src/backends/backend.js";
import { compile } from "../../src/compile.js";
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
    expect(result.stacks.map((s) => s.source)).toEqual(specs.map((s) => s.file));
  });

  for (const spec of specs) {
    for (const target of TARGETS) {
      it(`${spec.file} × ${target} matches out/`, async () => {
        const generated = result.files.filter((f) => f.path.split("/")[1] === target && result.stacks.some((s) => s.source === spec.file && f.path.startsWith(`${s.name}/`)));
        expect(generated.length).toBeGreaterThan(0);
        for (const file of generated) {
          const committed = await readFile(join(ROOT, "out", file.path), "utf8").catch(() => "<missing from out/>");
          expect(file.contents, `out/${file.path} is stale: run npx berth generate`).toBe(committed);
        }
      });
    }
  }
});
