import { hostname, tmpdir } from "node:os";
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readTree, scratchProject } from "../support/workspace.js";
import { berth } from "../cli/run-cli.js";

const NO_STACK_TRACE = /\n\s+at .+:\d+:\d+/;

/** A project with my-api generated once into out/. */
async function generated(): Promise<string> {
  const dir = await scratchProject(["specs/my-api.ts"]);
  const first = await berth(dir, "generate");
  expect(first.code, first.stderr).toBe(0);
  return dir;
}

/** Reproducers of the output-folder faults of issue 10: each failed (or did damage) before. */
describe("the output folder under faults", () => {
  it("never follows a folder symlink inside out/: exit 2, and the files outside stay as they were", async () => {
    const dir = await generated();
    const outside = await mkdtemp(join(tmpdir(), "berth-outside-"));
    await writeFile(join(outside, "precious.txt"), "keep me");
    await rm(join(dir, "out/my-api"), { recursive: true });
    await symlink(outside, join(dir, "out/my-api"));
    const run = await berth(dir, "generate");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("my-api inside the output folder is a symbolic link");
    expect(run.stderr).not.toMatch(NO_STACK_TRACE);
    expect(await readdir(outside)).toEqual(["precious.txt"]);
    expect(await readFile(join(outside, "precious.txt"), "utf8")).toBe("keep me");
    // --check does not read through it either.
    expect((await berth(dir, "generate", "--check")).code).toBe(2);
  });

  it("a write that cannot finish (a file where a folder must go) changes nothing: exit 2, old files and manifest intact", async () => {
    const dir = await generated();
    await writeFile(join(dir, "specs/my-api.ts"), (await readFile(join(dir, "specs/my-api.ts"), "utf8")).replace("desiredCount: 3", "desiredCount: 4"));
    // Another spec whose output folder is blocked by a file: its files cannot be placed.
    await writeFile(join(dir, "specs/queue-worker.ts"), await readFile("specs/queue-worker.ts", "utf8"));
    await writeFile(join(dir, "out/queue-worker"), "a file in the way");
    const before = await readTree(join(dir, "out"));
    const run = await berth(dir, "generate");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot write out\/: a path component is a file, not a folder \(ENOTDIR|a file is in the way \(EEXIST/);
    expect(run.stderr).not.toMatch(NO_STACK_TRACE);
    expect(await readTree(join(dir, "out"))).toEqual(before);
  });

  it("--out naming a file is exit 2 with a message, not a stack trace", async () => {
    const dir = await scratchProject(["specs/my-api.ts"]);
    await writeFile(join(dir, "not-a-folder"), "");
    const run = await berth(dir, "generate", "--out", "not-a-folder");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("cannot write not-a-folder/");
    expect(run.stderr).not.toMatch(NO_STACK_TRACE);
  });

  it("a run killed after its journal is finished by the next run, and --check notices and repairs it", async () => {
    const dir = await generated();
    const out = join(dir, "out");
    const template = "my-api/cloudformation/template.yaml";
    // What a run killed half-way through its moves leaves: the journal, one file moved, one still staged.
    await mkdir(join(out, ".berth-staging-killed"));
    await writeFile(join(out, ".berth-staging-killed/1"), "new README\n");
    await writeFile(join(out, template), "new template\n");
    await writeFile(
      join(out, ".berth-journal.json"),
      JSON.stringify({ version: 1, staging: ".berth-staging-killed", moves: [{ from: "0", to: template }, { from: "1", to: "my-api/README.md" }], remove: [], manifest: null }),
    );
    const check = await berth(dir, "generate", "--check");
    expect(check.stderr).toContain("finished the write an interrupted run had started");
    expect(await readFile(join(out, "my-api/README.md"), "utf8")).toBe("new README\n");
    expect((await readdir(out)).filter((e) => e.startsWith(".berth-"))).toEqual([".berth-manifest.json"]);
    // The finished write was the interrupted run's, not this spec's: --check says so, generate repairs it.
    expect(check.code).toBe(1);
    expect((await berth(dir, "generate")).code).toBe(0);
    expect((await berth(dir, "generate", "--check")).code).toBe(0);
  });

  it("a run killed before its journal leaves only a staging folder, which the next run removes", async () => {
    const dir = await generated();
    await mkdir(join(dir, "out/.berth-staging-early"));
    await writeFile(join(dir, "out/.berth-staging-early/0"), "half");
    const check = await berth(dir, "generate", "--check");
    expect(check.code).toBe(0);
    expect(check.stderr).toContain("removed 1 staging folder(s)");
    expect((await readdir(join(dir, "out"))).filter((e) => e.startsWith(".berth-staging"))).toEqual([]);
  });

  it("two runs at once: the second stops (exit 2) while the first holds the lock; a dead run's lock is taken over", async () => {
    const dir = await generated();
    const lock = join(dir, "out/.berth-lock");
    await writeFile(lock, JSON.stringify({ pid: process.pid, host: hostname() }));
    const blocked = await berth(dir, "generate");
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toContain(`another berth run (pid ${process.pid}`);
    await writeFile(lock, JSON.stringify({ pid: 2 ** 22 + 7, host: hostname() }));
    const after = await berth(dir, "generate");
    expect(after.code, after.stderr).toBe(0);
    expect((await readdir(join(dir, "out"))).includes(".berth-lock")).toBe(false);
  });
});
