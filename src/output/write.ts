import { mkdir, mkdtemp, readFile, rename, rm, rmdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { GeneratedFile } from "../backends/backend.js";
import { MANIFEST_NAME, parseManifestFiles } from "./manifest.js";
import type { WritePlan } from "./plan.js";

/**
 * Reads the current contents of every path a plan may need: the generated paths, the manifest,
 * and the files the old manifest lists. This is the I/O edge before the pure planner.
 */
export async function readExisting(outDir: string, files: readonly GeneratedFile[]): Promise<(path: string) => string | undefined> {
  const read = (path: string) => readFile(join(outDir, path), "utf8").catch(() => undefined);
  const manifest = await read(MANIFEST_NAME);
  const paths = new Set([...files.map((f) => f.path), ...parseManifestFiles(manifest)]);
  const contents = new Map<string, string | undefined>([[MANIFEST_NAME, manifest]]);
  await Promise.all([...paths].map(async (p) => contents.set(p, await read(p))));
  return (path) => contents.get(path);
}

/**
 * Applies a plan all-or-nothing: every changed file is first written into a staging folder
 * inside the output folder (same file system, so renames are atomic per file); only when all of
 * them are written are they moved into place, stale files deleted, and the manifest moved last.
 * A failure while staging leaves the output folder as it was. Unchanged files are not touched.
 */
export async function applyPlan(outDir: string, plan: WritePlan): Promise<void> {
  if (plan.write.length === 0 && plan.remove.length === 0) return;
  await mkdir(outDir, { recursive: true });
  const staging = await mkdtemp(join(outDir, ".berth-staging-"));
  try {
    const staged = [...plan.write.entries()];
    await inParallel(staged, ([index, file]) => writeFile(join(staging, String(index)), file.contents, "utf8"));
    const isManifest = (file: GeneratedFile) => file.path === MANIFEST_NAME;
    const place = async (index: number, file: GeneratedFile) => {
      const target = join(outDir, file.path);
      await mkdir(dirname(target), { recursive: true });
      await rename(join(staging, String(index)), target);
    };
    await inParallel(staged.filter(([, file]) => !isManifest(file)), ([index, file]) => place(index, file));
    for (const path of plan.remove) {
      await rm(join(outDir, path), { force: true });
      await removeEmptyParents(outDir, path);
    }
    // The manifest goes last: if anything above failed, the old manifest still owns the old files.
    for (const [index, file] of plan.write.entries()) if (isManifest(file)) await place(index, file);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** How many file operations run at once: enough to keep the disk busy, far below any open-file limit. */
const PARALLEL_FILE_OPERATIONS = 16;

/**
 * Runs `task` over `items`, at most PARALLEL_FILE_OPERATIONS at a time; one after the other,
 * a run with a thousand stacks spent most of its writing time waiting on each file in turn.
 * Rejects with the first failure once the running tasks have settled.
 */
async function inParallel<T>(items: readonly T[], task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await task(items[next++]!);
  };
  const results = await Promise.allSettled(Array.from({ length: Math.min(PARALLEL_FILE_OPERATIONS, items.length) }, worker));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) throw failed.reason;
}

/** Removes folders left empty by a deleted file, up to (not including) the output folder. */
async function removeEmptyParents(outDir: string, path: string): Promise<void> {
  const parts = path.split("/").slice(0, -1);
  while (parts.length > 0) {
    // rmdir fails on a non-empty folder, which is exactly when to stop.
    const removed = await rmdir(join(outDir, ...parts)).then(() => true, () => false);
    if (!removed) return;
    parts.pop();
  }
}
