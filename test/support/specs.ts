import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { LoadedSpec } from "../../src/compile.js";

/** The repository root. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Spec files in a folder of the repository (relative, sorted). */
export function specFilesIn(folder: string): string[] {
  return readdirSync(new URL(`../../${folder}/`, import.meta.url))
    .filter((f) => /\.(ts|mts|js|mjs)$/.test(f))
    .sort()
    .map((f) => `${folder}/${f}`);
}

/** Imports spec modules through vitest (which maps "berth" to the source tree). */
export async function importSpecs(files: readonly string[]): Promise<LoadedSpec[]> {
  return Promise.all(files.map(async (file) => ({ file, exported: ((await import(/* @vite-ignore */ `../../${file}`)) as { default: unknown }).default })));
}
