import { relative, resolve } from "node:path";
import type { Target } from "../backends/backend.js";
import { formatDiagnostics, summarize } from "../diagnostics/format.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { refusalsAgainstPrevious } from "../diff/index.js";
import { applyPlan, isUpToDate, planWrites, readExisting } from "../output/index.js";
import { EXIT, type CliIo } from "./io.js";
import { loadAndCompile } from "./load.js";

/** Options of `berth generate`. */
export interface GenerateOptions {
  readonly targets: readonly Target[];
  readonly out: string;
  readonly check: boolean;
  readonly hcl: boolean;
}

/** `berth generate`: compile every spec and bring the output folder up to date (or, with --check, only compare). */
export async function generateCommand(paths: readonly string[], options: GenerateOptions, io: CliIo): Promise<number> {
  const result = await loadAndCompile(paths, { targets: options.targets, hcl: options.hcl }, io);
  if (result.diagnostics.length > 0) io.stderr(formatDiagnostics(result.diagnostics) + "\n");
  if (hasErrors(result.diagnostics)) {
    io.stderr(`berth: ${summarize(result.diagnostics)}; nothing was written.\n`);
    return EXIT.failed;
  }
  const outDir = resolve(io.cwd, options.out);
  const shownOut = relative(io.cwd, outDir) || ".";
  const existing = await readExisting(outDir, result.files);
  const plan = planWrites(result.files, existing);
  if (!options.check) {
    // A change CloudFormation could not deploy (a replacement keeping a fixed name) is refused here too.
    const refusals = await refusalsAgainstPrevious(result.files, existing);
    if (refusals.length > 0) {
      io.stderr(formatDiagnostics(refusals) + "\n" + `berth: ${summarize(refusals)}; nothing was written.\n`);
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
