import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { compareDiagnostics, formatDiagnostics } from "../diagnostics/format.js";
import type { CliIo } from "./io.js";

/** How the CLI prints diagnostics: for a terminal, as a JSON array, or as GitHub Actions annotations. */
export const DIAGNOSTIC_FORMATS = ["text", "json", "github"] as const;

/** One of {@link DIAGNOSTIC_FORMATS}. */
export type DiagnosticFormat = (typeof DIAGNOSTIC_FORMATS)[number];

/**
 * Prints a command's diagnostics in the run's format (`io.format`, text when unset). `json`
 * writes one array (empty when all is well) to `io.jsonOut`, the only thing that stream gets;
 * `github` writes one workflow command per diagnostic to stdout, where the runner reads them,
 * and the text form to stderr, since the runner hides workflow commands from the log.
 */
export function reportDiagnostics(diagnostics: readonly Diagnostic[], io: CliIo): void {
  const format = io.format ?? "text";
  if (format === "json") {
    (io.jsonOut ?? io.stdout)(JSON.stringify(sorted(diagnostics).map(toJson), null, 2) + "\n");
    return;
  }
  if (diagnostics.length === 0) return;
  if (format === "github") io.stdout(sorted(diagnostics).map(githubAnnotation).join(""));
  io.stderr(formatDiagnostics(diagnostics) + "\n");
}

/** The same order as the text form. */
function sorted(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(compareDiagnostics);
}

/** A diagnostic as JSON: every field, with fixed key order, `line`/`column` only when known. */
function toJson(d: Diagnostic): Record<string, unknown> {
  return {
    code: d.code,
    severity: d.severity,
    file: d.file,
    ...(d.location ? { line: d.location.line, column: d.location.column } : {}),
    path: d.path,
    message: d.message,
    ...(d.hint !== undefined ? { hint: d.hint } : {}),
  };
}

/**
 * `::error file=…,line=…,col=…,title=B202::message`: GitHub shows it on the spec's line in the
 * pull request. Data and property values are escaped as the runner expects (`%`, CR, LF; plus
 * `:` and `,` in properties).
 */
function githubAnnotation(d: Diagnostic): string {
  const properties = [`file=${escapeProperty(d.file)}`];
  if (d.location) properties.push(`line=${d.location.line}`, `col=${d.location.column}`);
  properties.push(`title=${escapeProperty(`berth ${d.code}`)}`);
  const field = d.path === "" ? "" : ` at ${d.path}`;
  const text = `${d.code}${field}: ${d.message}` + (d.hint ? `\nhint: ${d.hint}` : "");
  return `::${d.severity} ${properties.join(",")}::${escapeData(text)}\n`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
