import type { GeneratedFile } from "../backends/backend.js";
import { buildManifest, MANIFEST_NAME, parseManifest, serializeManifest, type ManifestEntry } from "./manifest.js";
import { ownsPath, type OutputScope } from "./scope.js";

/** What a generate run changes in the output folder. */
export interface WritePlan {
  /** Files whose contents differ from disk (new or changed), manifest included. */
  readonly write: readonly GeneratedFile[];
  /** Files listed in the previous manifest, owned by this run, that it no longer generates. */
  readonly remove: readonly string[];
  /** Files already up to date. */
  readonly unchanged: readonly string[];
}

/**
 * Compares the files a run generates with what is on disk. Pure: the caller reads the current
 * contents (`existing`, by relative path; undefined when absent) and applies the plan.
 *
 * `scope` says which output the run is responsible for (see {@link ownsPath}); absent, the run
 * owns the whole folder. A file the old manifest lists and the run did not generate is deleted
 * only when the run owns it; otherwise it stays, and stays in the manifest, so a later full run
 * can still prune it and nothing another run generated is ever forgotten.
 */
export function planWrites(files: readonly GeneratedFile[], existing: (path: string) => string | undefined, scope?: OutputScope): WritePlan {
  const generated = new Set(files.map((f) => f.path));
  const previous = parseManifest(existing(MANIFEST_NAME));
  const owned = (path: string) => scope === undefined || ownsPath(scope, path);
  const remove: string[] = [];
  const kept: Record<string, ManifestEntry> = {};
  for (const [path, entry] of Object.entries(previous)) {
    if (generated.has(path) || existing(path) === undefined) continue;
    if (owned(path)) remove.push(path);
    else kept[path] = entry;
  }
  const all = [...files, { path: MANIFEST_NAME, contents: serializeManifest(buildManifest(files, kept)) }];
  const write: GeneratedFile[] = [];
  const unchanged: string[] = [];
  for (const file of all) {
    if (existing(file.path) === file.contents) unchanged.push(file.path);
    else write.push(file);
  }
  return { write, remove: remove.sort(), unchanged };
}

/** True when applying the plan would change nothing. */
export function isUpToDate(plan: WritePlan): boolean {
  return plan.write.length === 0 && plan.remove.length === 0;
}
