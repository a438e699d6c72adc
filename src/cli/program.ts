import { Command, CommanderError, Option } from "commander";
import { TARGETS, type Target } from "../backends/backend.js";
import { diffCommand } from "./diff.js";
import { generateCommand } from "./generate.js";
import { importCommand, type ImportCommandOptions } from "./import.js";
import { EXIT, UsageError, type CliIo } from "./io.js";
import { validateCommand } from "./validate.js";

const DEFAULT_PATHS = ["specs"];

/**
 * Runs the CLI for `argv` (without the node and script entries) and resolves to the exit code.
 * Never calls process.exit, so tests can drive it in-process.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command("berth")
    .description("Compile ECS service specs into CloudFormation and Terraform.")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError("(run `berth --help` for usage)");

  program
    .command("generate")
    .description("validate specs and write CloudFormation/Terraform into the output folder")
    .argument("[paths...]", "spec files or folders", DEFAULT_PATHS)
    .addOption(new Option("-t, --target <target>", "what to emit").choices([...TARGETS, "all"]).default("all"))
    .option("-o, --out <dir>", "output folder", "out")
    .option("--check", "write nothing; exit 1 if the output folder is stale", false)
    .option("--hcl", "also write Terraform HCL (main.tf) next to main.tf.json", false)
    .action(async (paths: string[], opts: { target: Target | "all"; out: string; check: boolean; hcl: boolean }) => {
      const targets = opts.target === "all" ? TARGETS : [opts.target];
      code = await generateCommand(paths, { targets, out: opts.out, check: opts.check, hcl: opts.hcl }, io);
    });

  program
    .command("validate")
    .description("check specs and print diagnostics; writes nothing")
    .argument("[paths...]", "spec files or folders", DEFAULT_PATHS)
    .action(async (paths: string[]) => {
      code = await validateCommand(paths, io);
    });

  program
    .command("import")
    .description("write a defineTask()/defineService() spec from an ECS task definition JSON")
    .argument("<task-definition>", "describe-task-definition output or register-task-definition input (JSON)")
    .option("-o, --out <spec>", "spec file to write (default specs/<family>.ts)")
    .option("--account <account>", "AWS account id (default: from the input's ARNs)")
    .option("--region <region>", "AWS region (default: from the input's ARNs and image hosts)")
    .option("--name <name>", "spec name (default: the family)")
    .action(async (input: string, opts: ImportCommandOptions) => {
      code = await importCommand(input, opts, io);
    });

  program
    .command("diff")
    .description("compare what generate would write with the committed output and print what deploying it does in AWS (exit 3: changes)")
    .argument("[paths...]", "spec files or folders", DEFAULT_PATHS)
    .option("--against <dir>", "folder holding the previous output", "out")
    .option("--json", "print the report as JSON", false)
    .action(async (paths: string[], opts: { against: string; json: boolean }) => {
      code = await diffCommand(paths, { against: opts.against, json: opts.json, full: paths === DEFAULT_PATHS }, io);
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof UsageError) {
      io.stderr(`berth: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
