import { readdir, readFile, stat } from "node:fs/promises";
import yaml from "js-yaml";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { compileScriptSpecs, type CompiledSpec } from "./script-specs.js";
import type { LoadedSpec } from "../compile.js";
import { render } from "../diagnostics/catalogue.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";

/** File names the loader treats as specs. */
const SPEC_FILE = /\.(ts|mts|cts|js|mjs|cjs|ya?ml)$/;

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
 * Loads every spec and returns its default export. TypeScript and JavaScript specs are compiled
 * together in one esbuild run (users need no build step; see compileScriptSpecs) and each is then
 * evaluated as its own module, so one spec that throws cannot take the others down. A spec that
 * fails to compile or throws becomes a B111 diagnostic with the error's first line (for compile
 * errors `file:line:col: message`): no stack trace reaches the user.
 */
export async function loadSpecs(files: readonly string[], cwd: string): Promise<LoadResult> {
  const scripts = files.filter((file) => !YAML_FILE.test(file));
  const compiled = new Map((await compileScriptSpecs(scripts, cwd)).map((spec) => [spec.file, spec]));
  const specs: LoadedSpec[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const loaded = YAML_FILE.test(file) ? await loadYamlSpec(file, cwd) : await evaluateSpec(compiled.get(file)!, cwd);
    if ("exported" in loaded) specs.push(loaded);
    else diagnostics.push(loaded);
  }
  return { specs, diagnostics };
}

/**
 * Evaluates one compiled spec as an ES module from a data: URL (nothing is written to disk). The
 * module gets CommonJS's `require`, `__filename` and `__dirname` for the spec's own file, so
 * CommonJS specs and code bundled into a spec behave as they would beside it.
 */
async function evaluateSpec(spec: CompiledSpec, cwd: string): Promise<LoadedSpec | Diagnostic> {
  const { file } = spec;
  if ("error" in spec) return loadFailure(file, spec.error);
  const path = resolve(cwd, file);
  const prelude =
    `import { createRequire as __berthCreateRequire } from "node:module"; const require = __berthCreateRequire(${JSON.stringify(pathToFileURL(path).href)}); ` +
    `const __filename = ${JSON.stringify(path)}; const __dirname = ${JSON.stringify(dirname(path))};\n`;
  try {
    const url = `data:text/javascript;base64,${Buffer.from(prelude + spec.code).toString("base64")}`;
    const module = (await import(url)) as { default?: unknown };
    return { file, exported: module.default };
  } catch (error) {
    return loadFailure(file, firstLine(error));
  }
}

function loadFailure(file: string, reason: string): Diagnostic {
  return { code: "B111", severity: "error", file, path: "", ...render("B111", { reason }) };
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
    return yamlFailure(file, error);
  }
}

/**
 * B121: YAML that does not parse, at js-yaml's `line:col` (0-based in its mark) and with a hint
 * about YAML, not the TypeScript one of B111.
 */
function yamlFailure(file: string, error: unknown): Diagnostic {
  if (!(error instanceof yaml.YAMLException)) return loadFailure(file, firstLine(error));
  // The typings promise a mark; an exception raised outside the parser can lack one.
  const mark = error.mark as yaml.YAMLException["mark"] | undefined;
  const location = mark ? { line: mark.line + 1, column: mark.column + 1 } : undefined;
  const reason = error.reason || firstLine(error);
  return { code: "B121", severity: "error", file, path: "", ...render("B121", { reason }), ...(location ? { location } : {}) };
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split("\n").find((line) => line.trim() !== "") ?? "unknown error").trim();
}

function toPosix(path: string): string {
  return path.split(sep).join("/");
}
