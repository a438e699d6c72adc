import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/specs.js";
import { readTree, scratchProject } from "../support/workspace.js";

const exec = promisify(execFile);
const SPECS = ["specs/my-api.ts", "specs/ledger-worker.ts"];

describe("determinism", () => {
  it("generates byte-identical output in two different folders and working directories", async () => {
    const [a, b] = [await scratchProject(SPECS), await scratchProject(SPECS)];
    const cli = join(ROOT, "bin/berth.js");
    // Different cwd and different relative paths to the same kind of project; a different TZ too.
    await exec(process.execPath, [cli, "generate", "--hcl"], { cwd: a!, env: { ...process.env, TZ: "UTC" } });
    await exec(process.execPath, [cli, "generate", "--hcl", "--out", "out", "specs"], { cwd: b!, env: { ...process.env, TZ: "Asia/Kolkata", LANG: "tr_TR.UTF-8" } });
    const [treeA, treeB] = [await readTree(join(a!, "out")), await readTree(join(b!, "out"))];
    expect(treeA.size).toBeGreaterThan(4);
    expect([...treeA.keys()]).toEqual([...treeB.keys()]);
    for (const [path, contents] of treeA) expect(treeB.get(path), path).toBe(contents);
    for (const contents of treeA.values()) {
      expect(contents).not.toContain(a!);
      expect(contents).not.toContain(ROOT);
      expect(contents.endsWith("\n")).toBe(true);
    }
  });
});
