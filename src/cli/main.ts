import { warmSpecCompiler } from "../spec/script-specs.js";

/**
 * The process edge: the only place that touches process.argv/stdout/exit. An unexpected error
 * is a berth bug, so it is the one case that prints a stack trace.
 */
const argv = process.argv.slice(2);
// Commands that compile specs start esbuild's process before the rest of the CLI loads. Global
// options (--json, --format github) may come first; a needless warm-up costs nothing.
if (argv.includes("generate") || argv.includes("validate")) warmSpecCompiler();
const { run } = await import("./program.js");
const code = await run(argv, {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).catch((error: unknown) => {
  process.stderr.write(`berth: internal error (please report it):\n${error instanceof Error ? error.stack : String(error)}\n`);
  return 70;
});
process.exitCode = code;
