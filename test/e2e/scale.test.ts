import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { ROOT } from "../support/specs.js";
import { scratchProject } from "../support/workspace.js";

const COPIES = 1000;

/**
 * Scale, not speed: 1,000 specs go through one loader pass and one `berth` process without error
 * (tsx's per-spec loader hooks overflowed the stack near 500). It runs the built CLI bundle, the
 * artifact users run (`npm test` builds first). Timing belongs to bench/, not here.
 */
describe(`generate with ${COPIES} specs in one process`, () => {
  it("loads, validates and writes every copy for both targets", async () => {
    const dir = await scratchProject();
    const source = await readFile(join(ROOT, "specs/my-api.ts"), "utf8");
    expect(source).toContain('name: "my-api"');
    expect(source).toContain("priority: 100,");
    for (let i = 1; i <= COPIES; i++) {
      const id = String(i).padStart(4, "0");
      // Each copy is its own service: its own name (so its own out/ folder) and listener priority.
      const copy = source.replace('name: "my-api"', `name: "my-api-${id}"`).replace("priority: 100,", `priority: ${100 + i},`);
      await writeFile(join(dir, "specs", `my-api-${id}.ts`), copy);
    }
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(ROOT, "bin/berth.js"), "generate"], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
    expect(stderr).toBe("");
    expect(stdout).toContain(`berth: ${COPIES} specs → out/`);
    const stacks = (await readdir(join(dir, "out"))).filter((name) => name.startsWith("my-api-"));
    expect(stacks).toHaveLength(COPIES);
    const last = `my-api-${String(COPIES).padStart(4, "0")}`;
    expect((await readdir(join(dir, "out", last))).sort()).toEqual(["README.md", "cloudformation", "terraform"]);
    expect(await readFile(join(dir, "out", last, "terraform/main.tf.json"), "utf8")).toContain(`"name": "${last}"`);
  }, 600_000);
});
