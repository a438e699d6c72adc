import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { run } from "../../src/cli/program.js";
import { ROOT } from "../support/specs.js";

/** What one CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process (from source) in `cwd`. */
export async function berth(cwd: string, ...argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** Runs the built CLI (`node bin/berth.js`, what users run; `npm test` builds first) in `cwd`. */
export async function builtBerth(cwd: string, ...argv: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(ROOT, "bin/berth.js"), ...argv], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof failed.code !== "number") throw error;
    return { code: failed.code, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}
