import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { formatDiagnostics, summarize } from "../diagnostics/format.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { diffTemplates, formatReport, loadResourceFacts, pairTemplates, TEMPLATE_SUFFIX } from "../diff/index.js";
import { EXIT, type CliIo } from "./io.js";
import { loadAndCompile } from "./load.js";

/** Options of `berth diff`. */
export interface DiffOptions {
  /** Folder holding the previous output (default `out`). */
  readonly against: string;
  readonly json: boolean;
  /** True when every spec is compiled: only then does a previous stack without a spec count as removed. */
  readonly full: boolean;
}

/** `berth diff` exits 3 when deploying the new output would change something (0: nothing, 1: errors). */
export const EXIT_CHANGES = 3;

/**
 * `berth diff`: compiles the CloudFormation templates `generate` would write (in memory; nothing
 * is written) and reports what deploying them over the previous ones does in AWS.
 */
export async function diffCommand(paths: readonly string[], options: DiffOptions, io: CliIo): Promise<number> {
  const result = await loadAndCompile(paths, { targets: ["cloudformation"], hcl: false }, io);
  if (result.diagnostics.length > 0) io.stderr(formatDiagnostics(result.diagnostics) + "\n");
  if (hasErrors(result.diagnostics)) {
    io.stderr(`berth: ${summarize(result.diagnostics)}; nothing to compare.\n`);
    return EXIT.failed;
  }
  const againstDir = resolve(io.cwd, options.against);
  const previousPaths = await templatesUnder(againstDir);
  const previous = new Map<string, string>();
  for (const path of previousPaths) previous.set(path, await readFile(join(againstDir, path), "utf8"));
  const generated = new Set(result.files.map((f) => f.path));
  const removed = options.full ? previousPaths.filter((p) => !generated.has(p)) : [];
  const report = await diffTemplates(pairTemplates(result.files, previous, removed), loadResourceFacts);
  if (report.errors.length > 0) {
    io.stderr(`berth: cannot read the templates in ${relative(io.cwd, againstDir) || "."}/:\n${report.errors.map((e) => `  ${e}`).join("\n")}\n`);
    return EXIT.failed;
  }
  const { errors: _errors, ...data } = report;
  io.stdout(options.json ? JSON.stringify(data, null, 2) + "\n" : formatReport(data));
  if (report.diagnostics.length > 0) {
    io.stderr(formatDiagnostics(report.diagnostics) + "\n");
    io.stderr(`berth: ${summarize(report.diagnostics)}: these changes cannot be deployed as they are.\n`);
    return EXIT.failed;
  }
  return report.changed > 0 ? EXIT_CHANGES : EXIT.ok;
}

/** Paths (relative, `/`-separated) of every CloudFormation template under `dir`; none when it does not exist. */
async function templatesUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (current: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) {
        const path = relative(dir, full).split("\\").join("/");
        if (`/${path}`.endsWith(TEMPLATE_SUFFIX)) found.push(path);
      }
    }
  };
  await walk(dir);
  return found.sort();
}
