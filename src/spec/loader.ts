import { readdir, readFile, stat } from "node:fs/promises";
import yaml from "js-yaml";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { LoadedSpec } from "../compile.js";
import { render } from "../diagnostics/catalogue.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";

/** File names the loader treats as specs. */
const SPEC_FILE = /\.(ts|mts|js|mjs|ya?ml)$/;

/** YAML specs hold one definition under a key naming its kind: `service:`, `task:` or `cluster:`. */
const YAML_FILE = /\.ya?ml$/;

/** What loading produced: the modules that loaded, and a diagnostic for each that did not. */
export interface LoadResult {
  readonly specs: LoadedSpec[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Finds spec files (TypeScript, JavaScript or YAML) under the given paths (files, or folders
 * searched one level deep, `*.d.ts` skipped) in sorted order, relative to `cwd`. Missing paths are returned separately: that is
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
    if (YAML_FILE.test(file)) {
      const loaded = await loadYamlSpec(file, cwd);
      if ("exported" in loaded) specs.push(loaded);
      else diagnostics.push(loaded);
      continue;
    }
    try {
      const module = (await tsImport(pathToFileURL(resolve(cwd, file)).href, import.meta.url)) as { default?: unknown };
      specs.push({ file, exported: module.default });
    } catch (error) {
      diagnostics.push({ code: "B111", severity: "error", file, path: "", ...render("B111", { reason: firstLine(error) }) });
    }
  }
  return { specs, diagnostics };
}

/**
 * Reads a YAML spec: a mapping with exactly one key naming the kind (`service: {…}`), which
 * becomes the same definition `defineService({…})` would return. The kind is checked later with
 * every other problem; here only unreadable YAML is an error.
 */
async function loadYamlSpec(file: string, cwd: string): Promise<LoadedSpec | Diagnostic> {
  try {
    const document = yaml.load(await readFile(resolve(cwd, file), "utf8"), { schema: yaml.CORE_SCHEMA });
    const entries = document !== null && typeof document === "object" && !Array.isArray(document) ? Object.entries(document) : [];
    const [kind, spec] = entries.length === 1 ? (entries[0] as [string, unknown]) : [undefined, undefined];
    return { file, exported: kind === undefined ? document : { kind, spec } };
  } catch (error) {
    return { code: "B111", severity: "error", file, path: "", ...render("B111", { reason: firstLine(error) }) };
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split("\n").find((line) => line.trim() !== "") ?? "unknown error").trim();
}

function toPosix(path: string): string {
  return path.split(sep).join("/");
}
