import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { locatePath } from "./locate.js";
import { locateYamlPath, yamlNodeTree } from "./yaml-locate.js";

/** Specs whose source ts-morph can read. */
const SCRIPT_FILE = /\.(ts|mts|js|mjs)$/;

/** YAML specs: located through js-yaml's node events (see yaml-locate.ts), no ts-morph needed. */
const YAML_FILE = /\.ya?ml$/;

/**
 * Adds `line:column` to diagnostics of TypeScript/JavaScript specs (I/O edge: reads the files).
 * ts-morph is loaded only here, on the error path, because it costs about a second to load.
 */
export async function annotateLocations(diagnostics: readonly Diagnostic[], cwd: string): Promise<Diagnostic[]> {
  return annotateScriptLocations(await annotateYamlLocations(diagnostics, cwd), cwd);
}

/** Adds `line:column` to diagnostics of YAML specs (I/O edge: reads the files). */
async function annotateYamlLocations(diagnostics: readonly Diagnostic[], cwd: string): Promise<Diagnostic[]> {
  const trees = new Map<string, ReturnType<typeof yamlNodeTree>>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (d.location !== undefined || d.path === "" || !YAML_FILE.test(d.file)) {
      out.push(d);
      continue;
    }
    if (!trees.has(d.file)) {
      const text = await readFile(resolve(cwd, d.file), "utf8").catch(() => undefined);
      trees.set(d.file, text === undefined ? undefined : yamlNodeTree(text));
    }
    const tree = trees.get(d.file);
    const location = tree ? locateYamlPath(tree, d.path) : undefined;
    out.push(location ? { ...d, location } : d);
  }
  return out;
}

async function annotateScriptLocations(diagnostics: readonly Diagnostic[], cwd: string): Promise<Diagnostic[]> {
  const needsLocation = (d: Diagnostic) => d.location === undefined && d.path !== "" && SCRIPT_FILE.test(d.file);
  const pending = diagnostics.filter(needsLocation);
  if (pending.length === 0) return [...diagnostics];
  const morph = await import("ts-morph");
  const project = new morph.Project({ useInMemoryFileSystem: true, compilerOptions: { allowJs: true } });
  const sources = new Map<string, ReturnType<typeof project.createSourceFile> | undefined>();
  const sourceOf = async (file: string) => {
    if (!sources.has(file)) {
      const text = await readFile(resolve(cwd, file), "utf8").catch(() => undefined);
      sources.set(file, text === undefined ? undefined : project.createSourceFile(file.replace(/\.(mjs|js)$/, ".ts"), text));
    }
    return sources.get(file);
  };
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const source = needsLocation(d) ? await sourceOf(d.file) : undefined;
    const location = source ? locatePath(morph, source, d.path) : undefined;
    out.push(location ? { ...d, location } : d);
  }
  return out;
}
