import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import * as api from "../index.js";
import type { BuildFailure, Message, Metafile, OutputFile, Plugin } from "esbuild";

/** A script spec compiled to one self-contained ES module, or the reason it could not be. */
export type CompiledSpec = { readonly file: string; readonly code: string } | { readonly file: string; readonly error: string };

/** Where a compiled spec finds the running berth's API (set below, read by the `berth` module). */
const API_GLOBAL = "__berthSpecApi";
(globalThis as Record<string, unknown>)[API_GLOBAL] = api;

/**
 * The module that `import … from "berth"` in a spec means: this berth's own public API, whatever
 * copy of berth the spec's folder would resolve, and wherever this code runs from (source, tsc's
 * dist/ or a bundle chunk). A spec compiled by one berth must see that berth's `defineService`.
 */
const API_MODULE = Object.keys(api)
  .map((name) => `export const ${name} = globalThis.${API_GLOBAL}.${name};`)
  .join("\n");

/** `import.meta.url` / `.filename` / `.dirname` of a spec file, as the data: URL module loses them. */
const IMPORT_META = /\bimport\.meta\.(url|filename|dirname)\b/g;

/**
 * The esbuild plugin that makes a bundled spec behave as if it ran from its own file:
 * `berth` is this berth's API; other packages stay external, pinned to the absolute file their
 * importer would load (a data: URL module can import absolute URLs but not bare names); and
 * `import.meta.url` etc. keep the source file's values.
 */
function specEnvironment(): Plugin {
  return {
    name: "berth-spec-environment",
    setup(build) {
      build.onResolve({ filter: /^berth$/ }, () => ({ path: "berth", namespace: "berth-api" }));
      build.onLoad({ filter: /.*/, namespace: "berth-api" }, () => ({ contents: API_MODULE, loader: "js" }));
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === "berth-resolving" || args.path.startsWith("node:")) return undefined;
        const found = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: "berth-resolving" });
        if (found.errors.length > 0) return { errors: found.errors };
        if (found.external) return { path: args.path, external: true };
        // A package outside node_modules (a linked workspace package) is bundled like the spec's own files.
        if (!found.path.includes("/node_modules/")) return { path: found.path };
        return { path: pathToFileURL(found.path).href, external: true };
      });
      build.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
        if (args.path.includes("/node_modules/")) return undefined;
        // The text is handed to esbuild either way, so each file is read once.
        const source = await readFile(args.path, "utf8");
        const values = { url: pathToFileURL(args.path).href, filename: args.path, dirname: dirname(args.path) } as const;
        const contents = source.includes("import.meta") ? source.replace(IMPORT_META, (_, key: keyof typeof values) => JSON.stringify(values[key])) : source;
        return { contents, loader: args.path.endsWith("ts") ? "ts" : "js", resolveDir: dirname(args.path) };
      });
    },
  };
}

/**
 * Compiles every TypeScript/JavaScript spec (paths relative to `cwd`) in one esbuild run: each
 * spec and the files it imports become one ES module text, with packages left to Node. One run
 * for all specs keeps the cost per spec flat (tsx's per-file `tsImport()` added a loader hook per
 * call and went quadratic). When the joint run fails, each spec is compiled alone so the error
 * lands on the spec it belongs to, with its file, line and column.
 */
export async function compileScriptSpecs(files: readonly string[], cwd: string): Promise<CompiledSpec[]> {
  if (files.length === 0) return [];
  const esbuild = loadEsbuild();
  try {
    return await buildTogether(esbuild, files, cwd);
  } catch (error) {
    if (!isBuildFailure(error)) throw error;
    return await Promise.all(files.map((file) => buildTogether(esbuild, [file], cwd).then(([one]) => one!, (e: unknown) => failed(file, e, cwd))));
  } finally {
    await esbuild.stop();
  }
}

/**
 * esbuild's JavaScript API. require(), not import(): esbuild's entry is CommonJS, and import()
 * would first scan its source for named exports (cjs-module-lexer), a cost every run pays.
 */
function loadEsbuild(): typeof import("esbuild") {
  return createRequire(import.meta.url)("esbuild") as typeof import("esbuild");
}

/**
 * Starts esbuild's service process now, so that it boots while the caller loads the rest of
 * berth (the CLI does this first thing for `generate` and `validate`): the spawn and handshake
 * then overlap module loading on the other core instead of preceding the first build. The
 * service holds no reference on the event loop while idle, so an unused one never delays exit.
 */
export function warmSpecCompiler(): void {
  loadEsbuild()
    .transform("")
    .catch(() => undefined);
}

async function buildTogether(esbuild: typeof import("esbuild"), files: readonly string[], cwd: string): Promise<CompiledSpec[]> {
  const absolute = files.map((file) => resolve(cwd, file));
  const result = await esbuild.build({
    entryPoints: absolute,
    absWorkingDir: cwd,
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "node",
    target: "node20",
    outdir: "/berth-specs",
    entryNames: "[dir]/[name]-[hash]",
    logLevel: "silent",
    sourcemap: false,
    plugins: [specEnvironment()],
  });
  const byEntry = outputsByEntry(result.metafile, result.outputFiles, cwd);
  return files.map((file, index) => {
    const output = byEntry.get(absolute[index]!);
    if (output === undefined) throw new Error(`berth bug: esbuild wrote no module for ${file}`);
    return { file, code: output.text };
  });
}

function outputsByEntry(metafile: Metafile, outputs: readonly OutputFile[], cwd: string): Map<string, OutputFile> {
  const byPath = new Map(outputs.map((o) => [o.path, o]));
  const map = new Map<string, OutputFile>();
  for (const [path, output] of Object.entries(metafile.outputs)) {
    const file = byPath.get(resolve(cwd, path));
    if (output.entryPoint !== undefined && file !== undefined) map.set(resolve(cwd, output.entryPoint), file);
  }
  return map;
}

function isBuildFailure(error: unknown): error is BuildFailure {
  return error instanceof Error && Array.isArray((error as Partial<BuildFailure>).errors);
}

function failed(file: string, error: unknown, cwd: string): CompiledSpec {
  if (!isBuildFailure(error)) throw error;
  return { file, error: error.errors.map((m) => describeMessage(m, cwd)).join("; ") };
}

/** `path:line:col: text`, the way compilers print it, so the user can jump to the spot. */
function describeMessage(message: Message, cwd: string): string {
  const where = message.location;
  if (!where) return message.text;
  const path = isAbsolute(where.file) ? relative(cwd, where.file) : where.file;
  return `${path}:${where.line}:${where.column + 1}: ${message.text}`;
}
