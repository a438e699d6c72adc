import { describe, expect, it } from "vitest";
import { TARGETS } from "../../src/backends/backend.js";
import { compile, type LoadedSpec } from "../../src/compile.js";
import { importSpecs, specFilesIn } from "../support/specs.js";

/**
 * The other definitions of a fixture's run: a fixture that depends on another spec of its run
 * (a service on a cluster spec) exports them as `project`, like the invalid fixtures do.
 */
async function projectOf(spec: LoadedSpec): Promise<LoadedSpec[]> {
  const mod = (await import(/* @vite-ignore */ `../../${spec.file}`)) as { project?: readonly unknown[] };
  return (mod.project ?? []).map((exported, i) => ({ file: `${spec.file}#project[${i}]`, exported }));
}

/**
 * Valid test fixtures exercise options the examples don't; their output is pinned as file
 * snapshots. Each fixture compiles on its own (plus its `project`); only its own files are pinned.
 */
describe("golden output of test/fixtures/valid", async () => {
  const specs = await importSpecs(specFilesIn("test/fixtures/valid"));
  for (const spec of specs) {
    it(`${spec.file} compiles to its snapshot for every target`, async () => {
      const run = [spec, ...(await projectOf(spec))];
      const json = await compile(run, { targets: TARGETS, hcl: false });
      const hcl = await compile(run, { targets: ["terraform"], hcl: true });
      expect(json.diagnostics).toEqual([]);
      // Its own output folder: out/<name>/, which holds out/<name>/<env>/ for a spec with environments.
      const name = (spec.exported as { spec: { name: string } }).spec.name;
      const own = [...json.files, ...hcl.files].filter((f) => f.path.startsWith(`${name}/`));
      expect(own.length).toBeGreaterThan(0);
      for (const file of own) await expect(file.contents).toMatchFileSnapshot(`__golden__/${file.path}`);
    });
  }
});
