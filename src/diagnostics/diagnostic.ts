/** How bad a finding is. Errors stop generation; warnings are printed and generation goes on. */
export type Severity = "error" | "warning";

/** A position in a spec file, 1-based, when the loader could find the field in the source. */
export interface SourceLocation {
  readonly line: number;
  readonly column: number;
}

/**
 * One problem found in a spec. User errors are data, never exceptions: every stage collects
 * them, and the CLI reports all of them at once and writes nothing when any is an error.
 */
export interface Diagnostic {
  /** Stable code from the catalogue, e.g. `B202`. Safe to grep for and to document. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** Spec file the problem is in, relative to the working directory, with `/` separators. */
  readonly file: string;
  /** Dotted path of the field in the spec, e.g. `container.secrets.DB_PASSWORD`; "" for the whole spec. */
  readonly path: string;
  readonly hint?: string;
  readonly location?: SourceLocation;
}

/** A path segment list as zod and the rules produce it. */
export type SpecPath = ReadonlyArray<string | number>;

/** Renders a path list in the dotted form users see (`sidecars[1].image`). */
export function formatPath(path: SpecPath): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** True when any diagnostic stops generation. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
