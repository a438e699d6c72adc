import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { formatDiagnostics, summarize } from "../diagnostics/format.js";
import { EXIT, UsageError, type CliIo } from "./io.js";

/** Options of `berth import`. */
export interface ImportCommandOptions {
  readonly out?: string;
  readonly account?: string;
  readonly region?: string;
  readonly name?: string;
}

/**
 * `berth import <task-definition.json>`: maps an ECS task definition to a spec file
 * (`specs/<family>.ts` unless `--out`), prints what needs a decision, and writes nothing when a
 * field cannot be mapped (exit 1).
 */
export async function importCommand(input: string, options: ImportCommandOptions, io: CliIo): Promise<number> {
  const path = resolve(io.cwd, input);
  const shown = relative(io.cwd, path).split("\\").join("/");
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new UsageError(`cannot read ${shown}`);
  }
  // Loaded on demand: ts-morph brings the TypeScript compiler, which only this command needs.
  const { importTaskDefinition } = await import("../import/index.js");
  const result = importTaskDefinition(text, shown, options);
  if (result.diagnostics.length > 0) io.stderr(formatDiagnostics(result.diagnostics) + "\n");
  if (hasErrors(result.diagnostics) || result.text === undefined) {
    io.stderr(`berth: ${summarize(result.diagnostics)}; nothing was written.\n`);
    return EXIT.failed;
  }
  const target = resolve(io.cwd, options.out ?? `specs/${result.name}.ts`);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, result.text);
  const todos = result.todos.map((todo) => `  TODO ${todo}\n`).join("");
  io.stdout(
    `berth: wrote ${relative(io.cwd, target).split("\\").join("/")} (define${result.kind === "task" ? "Task" : "Service"})` +
      (result.todos.length > 0 ? `; ${result.todos.length} value${result.todos.length === 1 ? "" : "s"} need a decision:\n${todos}` : ".\n"),
  );
  return EXIT.ok;
}
