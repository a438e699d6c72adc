import { mkdtemp, readFile, stat, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyPlan, MANIFEST_NAME, planWrites, readExisting } from "../../src/output/index.js";

const files = [
  { path: "a/cloudformation/template.yaml", contents: "A\n" },
  { path: "b/terraform/main.tf.json", contents: "{}\n" },
];

describe("planning writes", () => {
  it("writes everything plus the manifest into an empty folder", () => {
    const plan = planWrites(files, () => undefined);
    expect(plan.write.map((f) => f.path)).toEqual([...files.map((f) => f.path), MANIFEST_NAME]);
    expect(plan.remove).toEqual([]);
  });

  it("leaves identical files alone and only deletes what the old manifest owned", () => {
    const first = planWrites(files, () => undefined);
    const disk = new Map(first.write.map((f) => [f.path, f.contents]));
    disk.set("b/terraform/main.tf.json", "{}\n");
    disk.set("hand-written.txt", "mine");
    const next = planWrites([files[0]!], (p) => disk.get(p));
    expect(next.unchanged).toEqual(["a/cloudformation/template.yaml"]);
    expect(next.remove).toEqual(["b/terraform/main.tf.json"]);
    expect(next.write.map((f) => f.path)).toEqual([MANIFEST_NAME]);
  });

  it("never deletes paths outside the folder even if a manifest lists them", () => {
    const manifest = JSON.stringify({ files: { "../escape": {}, "/etc/passwd": {}, "ok/x": {} } });
    const plan = planWrites([], (p) => (p === MANIFEST_NAME ? manifest : "present"));
    expect(plan.remove).toEqual(["ok/x"]);
  });
});

describe("applying a plan", () => {
  it("writes files, skips unchanged ones, deletes stale ones and their empty folders", async () => {
    const out = await mkdtemp(join(tmpdir(), "berth-out-"));
    await applyPlan(out, planWrites(files, await readExisting(out, files)));
    const before = await stat(join(out, files[0]!.path));
    await new Promise((r) => setTimeout(r, 20));
    await mkdir(join(out, "notes"));
    await writeFile(join(out, "notes", "keep.md"), "mine");
    const next = [files[0]!];
    await applyPlan(out, planWrites(next, await readExisting(out, next)));
    expect((await stat(join(out, files[0]!.path))).mtimeMs).toBe(before.mtimeMs);
    await expect(stat(join(out, "b"))).rejects.toThrow();
    expect(await readFile(join(out, "notes", "keep.md"), "utf8")).toBe("mine");
    const manifest = JSON.parse(await readFile(join(out, MANIFEST_NAME), "utf8")) as { files: object };
    expect(Object.keys(manifest.files)).toEqual(["a/cloudformation/template.yaml"]);
  });
});
