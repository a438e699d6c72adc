import type { GeneratedFile } from "../backends/backend.js";
import { buildManifest, MANIFEST_NAME, parseManifestFiles, serializeManifest } from "./manifest.js";

/** What a generate run changes in the output folder. */
export interface WritePlan {
  /** Files whose contents differ from disk (new or changed), manifest included. */
  readonly write: readonly GeneratedFile[];
  /** Files listed in the previous manifest that this run no longer generates. */
  readonly remove: readonly string[];
  /** Files already up to date. */
  readonly unchanged: readonly string[];
}

/**
 * Compares the files a run generates with what is on disk. Pure: the caller reads the current
 * contents (`existing`, by relative path; undefined when absent) and applies the plan.
 */
export function planWrites(files: readonly GeneratedFile[], existing: (path: string) => string | undefined): WritePlan {
  const all = [...files, { path: MANIFEST_NAME, contents: serializeManifest(buildManifest(files)) }];
  const write: GeneratedFile[] = [];
  const unchanged: string[] = [];
  for (const file of all) {
    if (existing(file.path) === file.contents) unchanged.push(file.path);
    else write.push(file);
  }
  const generated = new Set(files.map((f) => f.path));
  const remove = parseManifestFiles(existing(MANIFEST_NAME)).filter((path) => !generated.has(path) && existing(path) !== undefined);
  return { write, remove: remove.sort(), unchanged };
}

/** True when applying the plan would change nothing. */
export function isUpToDate(plan: WritePlan): boolean {
  return plan.write.length === 0 && plan.remove.length === 0;
}
