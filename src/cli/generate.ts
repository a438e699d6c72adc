import { relative, resolve } from "node:path";
import { TARGETS, type Target } from "../backends/backend.js";
import { summarize } from "../diagnostics/format.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { refusalsAgainstPrevious } from "../diff/index.js";
import { applyPlan, isUpToDate, planWrites, readExisting, type OutputScope } from "../output/index.js";
import { EXIT, type CliIo } from "./io.js";
import { loadAndCompile } from "./load.js";
import { reportDiagnostics } from "./report.js";

/** Options of `berth generate`. */
export interface GenerateOptions {
  readonly targets: readonly Target[];
  readonly out: string;
  readonly check: boolean;
  readonly hcl: boolean;
  /** `--env`: the environments to generate; absent: all. */
  readonly environments?: readonly string[];
  /**
   * Delete output of specs this run did not compile. True for a full run (the default spec
   * folder, every target, every environment) and with `--prune`.
   */
  readonly prune: boolean;
}

/** True when a run sees every spec and produces every file: only then is missing output stale. */
export function isFullRun(pathsGiven: boolean, targets: readonly Target[], environments: readonly string[] | undefined): boolean {
  return !pathsGiven && TARGETS.every((t) => targets.includes(t)) && environments === undefined;
}

/** `berth generate`: compile every spec and bring the output folder up to date (or, with --check, only compare). */
export async function generateCommand(paths: readonly string[], options: GenerateOptions, io: CliIo): Promise<number> {
  const compileOptions = { targets: options.targets, hcl: options.hcl, ...(options.environments ? { environments: options.environments } : {}) };
  const result = await loadAndCompile(paths, compileOptions, io);
  reportDiagnostics(result.diagnostics, io);
  if (hasErrors(result.diagnostics)) {
    io.stderr(`berth: ${summarize(result.diagnostics)}; nothing was written.\n`);
    return EXIT.failed;
  }
  const outDir = resolve(io.cwd, options.out);
  const shownOut = relative(io.cwd, outDir) || ".";
  // A partial run replaces and deletes only its own output; see OutputScope.
  const scope: OutputScope = {
    specs: result.specNames,
    environmentSpecs: result.environmentSpecs,
    targets: options.targets,
    prune: options.prune,
    ...(options.environments ? { environments: options.environments } : {}),
  };
  const existing = await readExisting(outDir, result.files);
  const plan = planWrites(result.files, existing, scope);
  if (!options.check) {
    // A change CloudFormation could not deploy (a replacement keeping a fixed name) is refused here too.
    const refusals = await refusalsAgainstPrevious(result.files, existing);
    if (refusals.length > 0) {
      reportDiagnostics(refusals, io);
      io.stderr(`berth: ${summarize(refusals)}; nothing was written.\n`);
      return EXIT.failed;
    }
  }
  if (options.check) {
    if (isUpToDate(plan)) {
      io.stdout(`berth: ${shownOut}/ is up to date (${result.files.length} files from ${result.specCount} specs).\n`);
      return EXIT.ok;
    }
    const lines = [...plan.write.map((f) => `  stale    ${f.path}`), ...plan.remove.map((p) => `  extra    ${p}`)];
    io.stderr(`berth: ${shownOut}/ is out of date:\n${lines.join("\n")}\nRun \`npx berth generate\` and commit the result.\n`);
    return EXIT.failed;
  }
  await applyPlan(outDir, plan);
  const lines = [...plan.write.map((f) => `  wrote    ${f.path}`), ...plan.remove.map((p) => `  deleted  ${p}`)];
  io.stdout(
    `berth: ${result.specCount} spec${result.specCount === 1 ? "" : "s"} → ${shownOut}/\n` +
      (lines.length ? lines.join("\n") + "\n" : "") +
      `${plan.write.length} written, ${plan.unchanged.length} unchanged, ${plan.remove.length} deleted.\n`,
  );
  return EXIT.ok;
}
