import { createHash } from "node:crypto";
import type { GeneratedFile } from "../backends/backend.js";

/** Name of the manifest file inside the output folder. */
export const MANIFEST_NAME = ".berth-manifest.json";

/** What the manifest records about one file. */
export interface ManifestEntry {
  readonly sha256: string;
}

/** The manifest: every file berth generated and still owns, so stale ones can be deleted and nothing else is. */
export interface Manifest {
  readonly generator: string;
  readonly files: Readonly<Record<string, ManifestEntry>>;
}

/**
 * Builds the manifest for a set of generated files (keys sorted; content hashes for review
 * tools), plus `kept`: entries of an earlier run's files that this run left alone.
 */
export function buildManifest(files: readonly GeneratedFile[], kept: Readonly<Record<string, ManifestEntry>> = {}): Manifest {
  const unsorted: Record<string, ManifestEntry> = { ...kept };
  for (const file of files) unsorted[file.path] = { sha256: createHash("sha256").update(file.contents).digest("hex") };
  const entries: Record<string, ManifestEntry> = {};
  for (const path of Object.keys(unsorted).sort()) entries[path] = unsorted[path]!;
  return { generator: "berth", files: entries };
}

/** Serializes a manifest deterministically. */
export function serializeManifest(manifest: Manifest): string {
  return JSON.stringify({ "//": "Written by berth generate; lists the files berth owns in this folder.", ...manifest }, null, 2) + "\n";
}

/**
 * Reads the entries of a manifest's text; an unreadable manifest owns nothing (berth never
 * deletes what it cannot prove it wrote). Only plain relative paths inside the folder count.
 */
export function parseManifest(text: string | undefined): Record<string, ManifestEntry> {
  if (text === undefined) return {};
  try {
    const parsed = JSON.parse(text) as { files?: unknown };
    if (!parsed.files || typeof parsed.files !== "object") return {};
    const out: Record<string, ManifestEntry> = {};
    for (const [path, entry] of Object.entries(parsed.files as Record<string, unknown>)) {
      if (!isSafeRelativePath(path)) continue;
      const sha256 = entry && typeof entry === "object" ? (entry as { sha256?: unknown }).sha256 : undefined;
      out[path] = { sha256: typeof sha256 === "string" ? sha256 : "" };
    }
    return out;
  } catch {
    return {};
  }
}

/** The file list of a manifest's text (see {@link parseManifest}). */
export function parseManifestFiles(text: string | undefined): string[] {
  return Object.keys(parseManifest(text));
}

/** Only plain relative paths inside the output folder may be deleted. */
function isSafeRelativePath(path: string): boolean {
  return path !== "" && !path.startsWith("/") && !path.split("/").some((part) => part === ".." || part === "");
}
