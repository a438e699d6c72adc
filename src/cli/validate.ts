import { formatDiagnostics, summarize } from "../diagnostics/format.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { EXIT, type CliIo } from "./io.js";
import { loadAndCompile } from "./load.js";

/** `berth validate`: check specs without emitting anything. */
export async function validateCommand(paths: readonly string[], io: CliIo): Promise<number> {
  const result = await loadAndCompile(paths, { targets: [], hcl: false }, io);
  if (result.diagnostics.length > 0) io.stderr(formatDiagnostics(result.diagnostics) + "\n");
  if (hasErrors(result.diagnostics)) {
    io.stderr(`berth: ${summarize(result.diagnostics)}.\n`);
    return EXIT.failed;
  }
  io.stdout(`berth: ${result.specCount} spec${result.specCount === 1 ? "" : "s"} valid.\n`);
  return EXIT.ok;
}
