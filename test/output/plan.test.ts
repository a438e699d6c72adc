import { mkdtemp, readFile, stat, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyPlan, isUpToDate, MANIFEST_NAME, ownerOf, planWrites, readExisting } from "../../src/output/index.js";

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

describe("partial runs (an OutputScope)", () => {
  const all = [
    { path: "a/README.md", contents: "ra\n" },
    { path: "a/cloudformation/template.yaml", contents: "A\n" },
    { path: "a/terraform/main.tf.json", contents: "{}\n" },
    { path: "b/cloudformation/template.yaml", contents: "B\n" },
    { path: "svc/staging/cloudformation/template.yaml", contents: "S\n" },
    { path: "svc/prod/cloudformation/template.yaml", contents: "P\n" },
  ];
  const diskAfter = (files: readonly { path: string; contents: string }[]) => {
    const plan = planWrites(files, () => undefined);
    return new Map(plan.write.map((f) => [f.path, f.contents]));
  };
  const full = { specs: ["a", "b", "svc"], environmentSpecs: ["svc"], targets: ["cloudformation", "terraform"] as const, prune: true };

  it("reads owners back from the layout: spec, environment folder, target", () => {
    expect(ownerOf("a/cloudformation/template.yaml")).toEqual({ spec: "a", target: "cloudformation" });
    expect(ownerOf("a/README.md")).toEqual({ spec: "a" });
    expect(ownerOf("svc/staging/terraform/main.tf")).toEqual({ spec: "svc", environment: "staging", target: "terraform" });
    expect(ownerOf("svc/prod/appspec.yaml")).toEqual({ spec: "svc", environment: "prod" });
  });

  it("a run of one spec keeps the other specs' files and their manifest entries", () => {
    const disk = diskAfter(all);
    const plan = planWrites([all[3]!], (p) => disk.get(p), { ...full, specs: ["b"], environmentSpecs: [], prune: false });
    expect(plan.remove).toEqual([]);
    expect(plan.write).toEqual([]); // the manifest is unchanged: it still owns every file
  });

  it("a run of one target keeps the other target's files", () => {
    const disk = diskAfter(all);
    const cfn = all.filter((f) => !f.path.includes("/terraform/"));
    const plan = planWrites(cfn, (p) => disk.get(p), { ...full, targets: ["cloudformation"], prune: false });
    expect(plan.remove).toEqual([]);
    expect(isUpToDate(plan)).toBe(true);
  });

  it("a run of one target still deletes that target's stale files of its specs", () => {
    const disk = diskAfter(all);
    const withoutA = all.filter((f) => f.path !== "a/cloudformation/template.yaml" && !f.path.includes("/terraform/"));
    const plan = planWrites(withoutA, (p) => disk.get(p), { ...full, targets: ["cloudformation"], prune: false });
    expect(plan.remove).toEqual(["a/cloudformation/template.yaml"]);
  });

  it("--env keeps the other environments' output; a run of all environments removes a dropped one", () => {
    const disk = diskAfter(all);
    const staging = all.filter((f) => f.path !== "svc/prod/cloudformation/template.yaml");
    const selected = planWrites(staging, (p) => disk.get(p), { ...full, environments: ["staging"], prune: false });
    expect(selected.remove).toEqual([]);
    const allEnvironments = planWrites(staging, (p) => disk.get(p), { ...full, prune: false });
    expect(allEnvironments.remove).toEqual(["svc/prod/cloudformation/template.yaml"]);
  });

  it("only pruning deletes the output of a spec that no longer exists", () => {
    const disk = diskAfter(all);
    const withoutB = all.filter((f) => !f.path.startsWith("b/"));
    const partial = planWrites(withoutB, (p) => disk.get(p), { ...full, specs: ["a", "svc"], prune: false });
    expect(partial.remove).toEqual([]);
    const manifest = partial.write.find((f) => f.path === MANIFEST_NAME);
    expect(manifest).toBeUndefined(); // b stays owned, so a later full run can still prune it
    const pruning = planWrites(withoutB, (p) => disk.get(p), { ...full, specs: ["a", "svc"] });
    expect(pruning.remove).toEqual(["b/cloudformation/template.yaml"]);
    expect(JSON.parse(pruning.write.find((f) => f.path === MANIFEST_NAME)!.contents).files).not.toHaveProperty("b/cloudformation/template.yaml");
  });
});
