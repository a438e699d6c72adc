import { readFile, readdir, rename, rm, rmdir } from "node:fs/promises";
import { join } from "node:path";
import { OutputError } from "./output-error.js";

/** The journal of a write in progress, in the output folder; its presence means "finish me". */
export const JOURNAL_NAME = ".berth-journal.json";
/** Prefix of the folder a run stages its new files in, inside the output folder. */
export const STAGING_PREFIX = ".berth-staging-";

/**
 * What a write does once every new file is staged: move each staged file to its place, delete
 * stale files, and move the manifest last. Written (atomically) only after staging completed, so
 * replaying it always ends in the new state; every step is idempotent, so a replay after a crash
 * at any point finishes the same write.
 */
export interface Journal {
  readonly version: 1;
  /** The staging folder's name inside the output folder. */
  readonly staging: string;
  /** Staged file name → output path, manifest excluded. */
  readonly moves: readonly { readonly from: string; readonly to: string }[];
  readonly remove: readonly string[];
  /** The staged manifest, moved after everything else; null when the manifest is unchanged. */
  readonly manifest: { readonly from: string; readonly to: string } | null;
}

/** Carries out a journal: idempotent, so it may run again after a crash half-way through. */
export async function replayJournal(outDir: string, journal: Journal): Promise<void> {
  const staging = join(outDir, journal.staging);
  const move = async ({ from, to }: { from: string; to: string }) => {
    // Already moved by an earlier, interrupted replay: nothing left to do for this file.
    await rename(join(staging, from), join(outDir, to)).catch((error: { code?: string }) => {
      if (error.code !== "ENOENT") throw error;
    });
  };
  for (const entry of journal.moves) await move(entry);
  for (const path of journal.remove) {
    await rm(join(outDir, path), { force: true });
    await removeEmptyParents(outDir, path);
  }
  if (journal.manifest) await move(journal.manifest);
}

/** What recovery found and did, for the run to report. */
export interface Recovery {
  /** An interrupted write was finished (its journal replayed). */
  readonly finished: boolean;
  /** Staging folders of runs that stopped before their journal, removed (their write never began). */
  readonly discarded: readonly string[];
}

/**
 * Brings an output folder an earlier run left half-written back to a whole state: a journal is
 * replayed (the interrupted write completes), and staging folders without a journal are deleted
 * (that run stopped before changing anything). Call with the output lock held.
 */
export async function recoverInterrupted(outDir: string): Promise<Recovery> {
  const entries = await readdir(outDir).catch(() => [] as string[]);
  let finished = false;
  let journalStaging: string | undefined;
  if (entries.includes(JOURNAL_NAME)) {
    const journal = parseJournal(await readFile(join(outDir, JOURNAL_NAME), "utf8"));
    await replayJournal(outDir, journal);
    journalStaging = journal.staging;
    await rm(join(outDir, JOURNAL_NAME), { force: true });
    finished = true;
  }
  const staging = entries.filter((e) => e.startsWith(STAGING_PREFIX));
  for (const folder of staging) await rm(join(outDir, folder), { recursive: true, force: true });
  return { finished, discarded: staging.filter((s) => s !== journalStaging) };
}

function parseJournal(text: string): Journal {
  try {
    const journal = JSON.parse(text) as Journal;
    if (journal.version === 1 && typeof journal.staging === "string" && Array.isArray(journal.moves) && Array.isArray(journal.remove)) return journal;
  } catch {
    // fall through
  }
  throw new OutputError(`${JOURNAL_NAME} in the output folder is not a journal berth wrote.`, `Delete it and the .berth-staging-* folders, then run \`berth generate\` again.`);
}

/** Removes folders left empty by a deleted file, up to (not including) the output folder. */
export async function removeEmptyParents(outDir: string, path: string): Promise<void> {
  const parts = path.split("/").slice(0, -1);
  while (parts.length > 0) {
    // rmdir fails on a non-empty folder, which is exactly when to stop.
    const removed = await rmdir(join(outDir, ...parts)).then(() => true, () => false);
    if (!removed) return;
    parts.pop();
  }
}
