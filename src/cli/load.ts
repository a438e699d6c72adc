import { compile, prepareTargets, type CompileOptions, type CompileResult } from "../compile.js";
import { annotateLocations } from "../spec/annotate.js";
import { findSpecFiles, loadSpecs } from "../spec/loader.js";
import { type CliIo, UsageError } from "./io.js";

/** Finds, loads and compiles the specs under `paths`; loading problems join the compile diagnostics. */
export async function loadAndCompile(paths: readonly string[], options: CompileOptions, io: CliIo): Promise<CompileResult & { specCount: number }> {
  const { files, missing } = await findSpecFiles(paths, io.cwd);
  if (missing.length > 0) throw new UsageError(`no such file or folder: ${missing.join(", ")}`);
  if (files.length === 0) throw new UsageError(`no spec files (*.ts, *.mts, *.cts, *.js, *.mjs, *.cjs, *.yaml, *.yml) in ${paths.join(", ")}`);
  // Spec compilation runs in esbuild's own process; load the emitters meanwhile.
  const [loaded] = await Promise.all([loadSpecs(files, io.cwd), prepareTargets(options.targets)]);
  const result = await compile(loaded.specs, loaded.diagnostics.length > 0 ? { ...options, targets: [] } : options);
  const diagnostics = await annotateLocations([...loaded.diagnostics, ...result.diagnostics], io.cwd);
  // A spec that failed to load means the set of services is unknown: emit nothing.
  return { ...result, diagnostics, files: loaded.diagnostics.length > 0 ? [] : result.files, specCount: files.length };
}
