import { warmEmitWorker } from "../backends/emit-all.js";
import { warmSpecCompiler } from "../spec/script-specs.js";

/**
 * The process edge: the only place that touches process.argv/stdout/exit. An unexpected error
 * is a berth bug, so it is the one case that prints a stack trace.
 */
const argv = process.argv.slice(2);
// Commands that compile specs start esbuild's process before the rest of the CLI loads. Global
// options (--json, --format github) may come first; a needless warm-up costs nothing.
if (argv.includes("generate") || argv.includes("validate")) warmSpecCompiler();
// `generate` with Terraform among its targets starts the Terraform emit worker as early: cdktf
// and the provider classes load on the other core while this thread validates and lowers.
if (argv.includes("generate") && targetArgument(argv) !== "cloudformation") warmEmitWorker("terraform");
const { run } = await import("./program.js");
const code = await run(argv, {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).catch((error: unknown) => {
  process.stderr.write(`berth: internal error (please report it):\n${error instanceof Error ? error.stack : String(error)}\n`);
  return 70;
});
// Exit as soon as the output is flushed: a spec that left a timer or a socket open (setInterval at
// load time) must not keep the command running after its work is done.
await new Promise<void>((done) => process.stdout.write("", () => done()));
await new Promise<void>((done) => process.stderr.write("", () => done()));
process.exit(code);

/**
 * The value of `-t`/`--target` on the command line, if given. Only a hint for the warm-up above:
 * commander parses and checks the option for real, and a wrong guess costs only an idle worker.
 */
function targetArgument(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "-t" || arg === "--target") return args[i + 1];
    if (arg.startsWith("--target=")) return arg.slice("--target=".length);
  }
  return undefined;
}
