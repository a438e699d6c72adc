import { describe, expect, it } from "vitest";
import { TARGETS } from "../../src/backends/backend.js";
import { compile } from "../../src/compile.js";
import { importSpecs, specFilesIn } from "../support/specs.js";

/** Valid test fixtures exercise options the examples don't; their output is pinned as file snapshots. */
describe("golden output of test/fixtures/valid", async () => {
  const specs = await importSpecs(specFilesIn("test/fixtures/valid"));
  for (const spec of specs) {
    it(`${spec.file} compiles to its snapshot for every target`, async () => {
      const json = await compile([spec], { targets: TARGETS, hcl: false });
      const hcl = await compile([spec], { targets: ["terraform"], hcl: true });
      expect(json.diagnostics).toEqual([]);
      for (const file of [...json.files, ...hcl.files]) await expect(file.contents).toMatchFileSnapshot(`__golden__/${file.path}`);
    });
  }
});
