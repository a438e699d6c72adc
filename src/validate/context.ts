import { render, type DiagnosticArgs, type DiagnosticCode } from "../diagnostics/catalogue.js";
import { formatPath, type Diagnostic, type Severity, type SpecPath } from "../diagnostics/diagnostic.js";

/** What a semantic rule gets: where to report, and how. */
export interface RuleContext {
  /** Reports a catalogued problem at a spec path. */
  report<C extends DiagnosticCode>(code: C, path: SpecPath, args: DiagnosticArgs<C>, severity?: Severity): void;
}

/** Collects diagnostics for one spec file. */
export function createCollector(file: string): { context: RuleContext; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const context: RuleContext = {
    report(code, path, args, severity = "error") {
      diagnostics.push({ code, severity, file, path: formatPath(path), ...render(code, args) });
    },
  };
  return { context, diagnostics };
}
