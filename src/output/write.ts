import { constants } from "node:fs";
import { access, mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { GeneratedFile } from "../backends/backend.js";
import { MANIFEST_NAME, parseManifestFiles } from "./manifest.js";
import type { WritePlan } from "./plan.js";
import { assertNoSymlinks } from "./guard.js";
import { JOURNAL_NAME, STAGING_PREFIX, replayJournal, type Journal } from "./journal.js";

/**
 * Reads the current contents of every path a plan may need: the generated paths, the manifest,
 * and the files the old manifest lists. This is the I/O edge before the pure planner.
 */
export async function readExisting(outDir: string, files: readonly GeneratedFile[]): Promise<(path: string) => string | undefined> {
  const read = (path: string) => readFile(join(outDir, path), "utf8").catch(() => undefined);
  // Nothing is read through a link inside the output folder, not even the manifest (see guard.ts).
  await assertNoSymlinks(outDir, [MANIFEST_NAME]);
  const manifest = await read(MANIFEST_NAME);
  const paths = new Set([...files.map((f) => f.path), ...parseManifestFiles(manifest)]);
  await assertNoSymlinks(outDir, paths);
  const contents = new Map<string, string | undefined>([[MANIFEST_NAME, manifest]]);
  await Promise.all([...paths].map(async (p) => contents.set(p, await read(p))));
  return (path) => contents.get(path);
}

/**
 * Applies a plan all-or-nothing, journaled. Every changed file is first written into a staging
 * folder inside the output folder (same file system, so each rename is atomic) and every target
 * folder is created and checked for write access: a failure there leaves the output folder as it
 * was. Then a journal naming every move and deletion is put in place atomically, the moves and
 * deletions run, the manifest moves last, and the journal is removed. A crash or kill after the
 * journal leaves work the next run finishes (`recoverInterrupted`); one before it leaves only a
 * staging folder the next run deletes. Unchanged files are not touched. Call with the lock held.
 */
export async function applyPlan(outDir: string, plan: WritePlan): Promise<void> {
  if (plan.write.length === 0 && plan.remove.length === 0) return;
  await mkdir(outDir, { recursive: true });
  await assertNoSymlinks(outDir, [...plan.write.map((f) => f.path), ...plan.remove]);
  const stagingPath = await mkdtemp(join(outDir, STAGING_PREFIX));
  const staging = basename(stagingPath);
  let journaled = false;
  try {
    const staged = [...plan.write.entries()];
    await inParallel(staged, ([index, file]) => writeFile(join(stagingPath, String(index)), file.contents, "utf8"));
    // Every folder a file moves into or is deleted from must exist and be writable before anything moves.
    const folders = new Set([...plan.write.map((f) => dirname(join(outDir, f.path))), ...plan.remove.map((p) => dirname(join(outDir, p)))]);
    await inParallel([...folders], async (folder) => {
      await mkdir(folder, { recursive: true });
      await access(folder, constants.W_OK);
    });
    const isManifest = (file: GeneratedFile) => file.path === MANIFEST_NAME;
    const manifest = staged.find(([, file]) => isManifest(file));
    const journal: Journal = {
      version: 1,
      staging,
      moves: staged.filter(([, file]) => !isManifest(file)).map(([index, file]) => ({ from: String(index), to: file.path })),
      remove: [...plan.remove],
      manifest: manifest ? { from: String(manifest[0]), to: MANIFEST_NAME } : null,
    };
    await writeFile(join(stagingPath, "journal"), JSON.stringify(journal), "utf8");
    await rename(join(stagingPath, "journal"), join(outDir, JOURNAL_NAME));
    journaled = true;
    await replayJournal(outDir, journal);
    await rm(join(outDir, JOURNAL_NAME), { force: true });
    journaled = false;
  } finally {
    // With the journal still there (a move failed), the staged files are the next run's to finish.
    if (!journaled) await rm(stagingPath, { recursive: true, force: true });
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
