import { hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import { checkSpec } from "./check-spec.js";
import { mapTask } from "./map-task.js";
import { inferPlacement, readTaskDefinition } from "./read-input.js";
import { ImportReport } from "./spec-tree.js";
import { writeSpec } from "./write-spec.js";

/** What the caller knows better than the input: account, region, spec name. */
export interface ImportOptions {
  readonly account?: string;
  readonly region?: string;
  readonly name?: string;
}

/** The outcome of one import: the spec text (absent on errors) and everything worth a look. */
export interface ImportResult {
  readonly diagnostics: readonly Diagnostic[];
  /** The family the input names; the default file name is `specs/<name>.ts`. */
  readonly name?: string;
  readonly kind?: "task" | "service";
  readonly text?: string;
  /** The `// TODO:` lines the spec holds, for the CLI to print. */
  readonly todos: readonly string[];
}

/**
 * Maps a task definition JSON (describe-task-definition output or register input) to a berth
 * spec. Pure: the caller reads the file and writes the result. Any error means no text.
 */
export function importTaskDefinition(text: string, file: string, options: ImportOptions = {}): ImportResult {
  const report = new ImportReport(file);
  const definition = readTaskDefinition(text, report);
  if (definition === undefined) return { diagnostics: report.diagnostics, todos: [] };
  const inferred = inferPlacement(definition);
  const account = options.account ?? inferred.account;
  const region = options.region ?? inferred.region;
  if (account === undefined) report.add("error", "B961", "", { what: "account" });
  if (region === undefined) report.add("error", "B961", "", { what: "region" });
  const mapped = mapTask(options.name ? { ...definition, family: options.name } : definition, { account: account ?? "", region: region ?? "" }, report);
  if (hasErrors(report.diagnostics)) return { diagnostics: report.diagnostics, todos: [] };
  const specFile = `specs/${mapped.name}.ts`;
  const checked = checkSpec(mapped, specFile);
  report.diagnostics.push(...checked);
  const errors = checked.filter((d) => d.severity === "error").length;
  if (errors > 0) {
    report.add("error", "B972", "", { errors });
    return { diagnostics: report.diagnostics, todos: [] };
  }
  const spec = writeSpec(mapped, file);
  const todos = spec.split("\n").filter((line) => line.trim().startsWith("// TODO:")).map((line) => line.trim().slice("// TODO: ".length));
  return { diagnostics: report.diagnostics, name: mapped.name, kind: mapped.kind, text: spec, todos };
}
