import type { DiagnosticFormat } from "./report.js";

/** Where a command writes and where it runs; injected so tests can run the CLI in-process. */
export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** How diagnostics are printed (`--json`, `--format`); text when unset. See reportDiagnostics. */
  readonly format?: DiagnosticFormat;
  /** With format json: the stream that gets the diagnostics array and nothing else (the real stdout). */
  readonly jsonOut?: (text: string) => void;
}

/** Exit codes: 0 success, 1 diagnostics or stale output, 2 usage error. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A usage problem (bad flag, missing path): reported on stderr, exit 2. */
export class UsageError extends Error {}
