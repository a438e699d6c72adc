import { summarize } from "../diagnostics/format.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { EXIT, type CliIo } from "./io.js";
import { loadAndCompile } from "./load.js";
import { reportDiagnostics } from "./report.js";

/** `berth validate`: check specs without emitting anything. */
export async function validateCommand(paths: readonly string[], io: CliIo): Promise<number> {
  const result = await loadAndCompile(paths, { targets: [], hcl: false }, io);
  reportDiagnostics(result.diagnostics, io);
  if (hasErrors(result.diagnostics)) {
    io.stderr(`berth: ${summarize(result.diagnostics)}.\n`);
    return EXIT.failed;
  }
  io.stdout(`berth: ${result.specCount} spec${result.specCount === 1 ? "" : "s"} valid.\n`);
  return EXIT.ok;
}
