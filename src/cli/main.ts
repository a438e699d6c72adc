import { run } from "./program.js";

/**
 * The process edge: the only place that touches process.argv/stdout/exit. An unexpected error
 * is a berth bug, so it is the one case that prints a stack trace.
 */
const code = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).catch((error: unknown) => {
  process.stderr.write(`berth: internal error (please report it):\n${error instanceof Error ? error.stack : String(error)}\n`);
  return 70;
});
process.exitCode = code;
