import { Command, CommanderError, Option } from "commander";
import { TARGETS, type Target } from "../backends/backend.js";
import { diffCommand } from "./diff.js";
import { generateCommand, isFullRun } from "./generate.js";
import { importCommand, type ImportCommandOptions } from "./import.js";
import { EXIT, UsageError, type CliIo } from "./io.js";
import { validateCommand } from "./validate.js";
import { initCommand } from "./init.js";
import { DIAGNOSTIC_FORMATS, type DiagnosticFormat } from "./report.js";
import { schemaCommand } from "./schema.js";
import { berthVersion } from "./version.js";
import { SCHEMA_KINDS, type SchemaKind } from "../spec/json-schema.js";

const DEFAULT_PATHS = ["specs"];

/**
 * Runs the CLI for `argv` (without the node and script entries) and resolves to the exit code.
 * Never calls process.exit, so tests can drive it in-process.
 */
export async function run(argv: readonly string[], cliIo: CliIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command("berth")
    .description("Compile ECS service specs into CloudFormation and Terraform.")
    .version(berthVersion(), "-V, --version", "print berth's version")
    .addOption(new Option("--format <format>", "how diagnostics are printed (github: workflow annotations)").choices([...DIAGNOSTIC_FORMATS]).default("text"))
    .option("--json", "diagnostics as a JSON array on stdout (same as --format json); other output goes to stderr", false)
    .exitOverride()
    .configureOutput({ writeOut: cliIo.stdout, writeErr: cliIo.stderr })
    .showHelpAfterError("(run `berth --help` for usage)");
  // The commands get the run's io with the diagnostic format of the global options, read when
  // a command runs (commander has parsed them by then, wherever they stood on the line).
  const io: CliIo = {
    cwd: cliIo.cwd,
    stderr: cliIo.stderr,
    get stdout() {
      return diagnosticFormat() === "json" ? cliIo.stderr : cliIo.stdout;
    },
    get format() {
      return diagnosticFormat();
    },
    jsonOut: cliIo.stdout,
  };
  const diagnosticFormat = (): DiagnosticFormat => {
    const opts = program.opts<{ format: DiagnosticFormat; json: boolean }>();
    return opts.json ? "json" : opts.format;
  };

  program
    .command("generate")
    .description("validate specs and write CloudFormation/Terraform into the output folder")
    .argument("[paths...]", "spec files or folders", DEFAULT_PATHS)
    .addOption(new Option("-t, --target <target>", "what to emit").choices([...TARGETS, "all"]).default("all"))
    .option("-o, --out <dir>", "output folder", "out")
    .option("--check", "write nothing; exit 1 if the output folder is stale", false)
    .option("--hcl", "write Terraform as HCL (main.tf) instead of JSON (main.tf.json)", false)
    .option("--env <names>", "only these environments (comma-separated), e.g. staging,prod")
    .option("--prune", "delete output of specs this run did not compile (a full run does by default)", false)
    .action(async (paths: string[], opts: { target: Target | "all"; out: string; check: boolean; hcl: boolean; env?: string; prune: boolean }, command: Command) => {
      const targets = opts.target === "all" ? TARGETS : [opts.target];
      const environments = opts.env === undefined ? undefined : [...new Set(opts.env.split(",").map((e) => e.trim()).filter((e) => e !== ""))];
      if (environments?.length === 0) throw new UsageError("--env needs at least one environment name, e.g. --env staging,prod");
      const pathsGiven = command.args.length > 0;
      const prune = opts.prune || isFullRun(pathsGiven, targets, environments);
      code = await generateCommand(paths, { targets, out: opts.out, check: opts.check, hcl: opts.hcl, prune, ...(environments ? { environments } : {}) }, io);
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
    .option("-o, --out <spec>", "spec file to write (default specs/<name>.ts: --name, else the family)")
    .option("--account <account>", "AWS account id (default: from the input's ARNs)")
    .option("--region <region>", "AWS region (default: from the input's ARNs and image hosts)")
    .option("--name <name>", "spec name (default: the family)")
    .action(async (input: string, opts: ImportCommandOptions) => {
      code = await importCommand(input, opts, io);
    });

  program
    .command("init")
    .description("write a commented starter spec that validates as written (placeholders to replace are marked)")
    .argument("[name]", "spec name (default my-<kind>)")
    .addOption(new Option("-k, --kind <kind>", "what the spec defines").choices([...SCHEMA_KINDS]).default("service"))
    .option("--yaml", "write YAML (with a $schema line for editors) instead of TypeScript", false)
    .option("-o, --out <file>", "file to write (default specs/<name>.ts, or .yaml); never overwritten")
    .action(async (name: string | undefined, opts: { kind: SchemaKind; yaml: boolean; out?: string }) => {
      code = await initCommand(name, opts, io);
    });

  program
    .command("schema")
    .description("print the JSON Schema of YAML spec documents")
    .addOption(new Option("-k, --kind <kind>", "only this kind's document (default: any kind)").choices([...SCHEMA_KINDS]))
    .action((opts: { kind?: SchemaKind }) => {
      // The schema is the command's result, not a report: stdout whatever the diagnostic format.
      code = schemaCommand(opts.kind, cliIo);
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
      cliIo.stderr(`berth: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
