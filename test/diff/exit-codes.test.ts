import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/specs.js";
import { scratchProject } from "../support/workspace.js";

/** Runs the built CLI (bin/berth.js → dist/cli-bundle) and resolves to its exit code and output. */
function berth(cwd: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(ROOT, "bin/berth.js"), ...argv], { cwd }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 70) : 0, stdout, stderr });
    });
  });
}

describe("berth diff exit codes (built CLI)", { timeout: 300_000 }, () => {
  it("0 without changes, 3 with changes, 1 with spec errors; --json for CI", async () => {
    const dir = await scratchProject(["specs/my-api.ts"]);
    expect((await berth(dir, "generate", "--target", "cloudformation")).code).toBe(0);

    const same = await berth(dir, "diff");
    expect(same.code, same.stderr).toBe(0);

    const specPath = join(dir, "specs/my-api.ts");
    const original = await readFile(specPath, "utf8");
    await writeFile(specPath, original.replace("cpu: 512", "cpu: 1024").replace("memory: 1024", "memory: 2048"));
    const changed = await berth(dir, "diff", "--json");
    expect(changed.code, changed.stderr).toBe(3);
    const report = JSON.parse(changed.stdout) as { changed: number; stacks: { stack: string; impacts: { kind: string }[] }[] };
    expect(report.changed).toBe(1);
    expect(report.stacks[0]?.impacts.map((i) => i.kind)).toEqual(["rolling-deployment"]);
    // diff writes nothing: the committed template is still the old one.
    expect((await berth(dir, "diff", "--json")).stdout).toBe(changed.stdout);

    await writeFile(specPath, original.replace("memory: 1024", "memory: 8192"));
    const invalid = await berth(dir, "diff");
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain("B202");
    expect(invalid.stdout).toBe("");
  });

  it("is listed in --help", async () => {
    const help = await berth(ROOT, "--help");
    expect(help.stdout).toMatch(/\n\s+diff \[options\] \[paths\.\.\.\]\s+compare what generate would write/);
  });
});
