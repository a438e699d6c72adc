import { readdir, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { LoadedSpec } from "../compile.js";
import { render } from "../diagnostics/catalogue.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";

/** File names the loader treats as specs. */
const SPEC_FILE = /\.(ts|mts|js|mjs)$/;

/** What loading produced: the modules that loaded, and a diagnostic for each that did not. */
export interface LoadResult {
  readonly specs: LoadedSpec[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Finds spec files under the given paths (files, or folders searched one level deep, `*.d.ts`
 * skipped) in sorted order, relative to `cwd`. Missing paths are returned separately: that is
 * a usage error, not a spec error.
 */
export async function findSpecFiles(paths: readonly string[], cwd: string): Promise<{ files: string[]; missing: string[] }> {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const path of paths) {
    const absolute = isAbsolute(path) ? path : resolve(cwd, path);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) missing.push(path);
    else if (info.isDirectory()) {
      for (const entry of await readdir(absolute)) if (isSpecFile(entry)) files.add(join(absolute, entry));
    } else files.add(absolute);
  }
  return { files: [...files].sort().map((f) => toPosix(relative(cwd, f))), missing };
}

function isSpecFile(name: string): boolean {
  return SPEC_FILE.test(name) && !name.endsWith(".d.ts") && !name.startsWith(".");
}

/**
 * Imports each spec module (TypeScript through tsx, so users need no build step) and returns its
 * default export. A module that throws or fails to compile becomes a B111 diagnostic with the
 * error's first line: no stack trace reaches the user.
 */
export async function loadSpecs(files: readonly string[], cwd: string): Promise<LoadResult> {
  const { tsImport } = await import("tsx/esm/api");
  const specs: LoadedSpec[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    try {
      const module = (await tsImport(pathToFileURL(resolve(cwd, file)).href, import.meta.url)) as { default?: unknown };
      specs.push({ file, exported: module.default });
    } catch (error) {
      diagnostics.push({ code: "B111", severity: "error", file, path: "", ...render("B111", { reason: firstLine(error) }) });
    }
  }
  return { specs, diagnostics };
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split("\n").find((line) => line.trim() !== "") ?? "unknown error").trim();
}

function toPosix(path: string): string {
  return path.split(sep).join("/");
}
