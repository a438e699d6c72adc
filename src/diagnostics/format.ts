import type { Diagnostic } from "./diagnostic.js";

/**
 * Formats diagnostics for a terminal: `file:line:col`, severity, code and path on one line, then
 * the message and the hint indented. Sorted by file, position and code so output is stable.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return [...diagnostics].sort(compareDiagnostics).map(formatOne).join("\n");
}

function formatOne(d: Diagnostic): string {
  const where = d.location ? `${d.file}:${d.location.line}:${d.location.column}` : d.file;
  const field = d.path === "" ? "" : ` at ${d.path}`;
  const lines = [`${where}: ${d.severity} ${d.code}${field}`, `  ${d.message}`];
  if (d.hint) lines.push(...d.hint.split("\n").map((line, i) => (i === 0 ? `  hint: ${line}` : `  ${line}`)));
  return lines.join("\n") + "\n";
}

/** The order diagnostics are printed in: file, line, column, path, code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    cmp(a.file, b.file) ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
    cmp(a.path, b.path) ||
    cmp(a.code, b.code)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One-line summary such as "2 errors, 1 warning". */
export function summarize(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const part = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return warnings ? `${part(errors, "error")}, ${part(warnings, "warning")}` : part(errors, "error");
}
