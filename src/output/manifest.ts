import { createHash } from "node:crypto";
import type { GeneratedFile } from "../backends/backend.js";

/** Name of the manifest file inside the output folder. */
export const MANIFEST_NAME = ".berth-manifest.json";

/** The manifest: every file berth generated last time, so stale ones can be deleted and nothing else is. */
export interface Manifest {
  readonly generator: string;
  readonly files: Readonly<Record<string, { readonly sha256: string }>>;
}

/** Builds the manifest for a set of generated files (keys sorted; content hashes for review tools). */
export function buildManifest(files: readonly GeneratedFile[]): Manifest {
  const entries: Record<string, { sha256: string }> = {};
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    entries[file.path] = { sha256: createHash("sha256").update(file.contents).digest("hex") };
  }
  return { generator: "berth", files: entries };
}

/** Serializes a manifest deterministically. */
export function serializeManifest(manifest: Manifest): string {
  return JSON.stringify({ "//": "Written by berth generate; lists the files berth owns in this folder.", ...manifest }, null, 2) + "\n";
}

/** Reads the file list of a manifest's text; an unreadable manifest owns nothing (berth never deletes what it cannot prove it wrote). */
export function parseManifestFiles(text: string | undefined): string[] {
  if (text === undefined) return [];
  try {
    const parsed = JSON.parse(text) as { files?: unknown };
    return parsed.files && typeof parsed.files === "object" ? Object.keys(parsed.files).filter(isSafeRelativePath) : [];
  } catch {
    return [];
  }
}

/** Only plain relative paths inside the output folder may be deleted. */
function isSafeRelativePath(path: string): boolean {
  return path !== "" && !path.startsWith("/") && !path.split("/").some((part) => part === ".." || part === "");
}
