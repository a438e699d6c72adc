import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";

const exec = promisify(execFile);

/** cfn-lint version the suite is pinned to (schemas are bundled from 1.53 on, so nothing is downloaded). */
export const CFN_LINT_VERSION = "1.58.0";

/** Where the machine image keeps the AWS provider for offline `terraform init`. */
const PROVIDER_MIRROR_CANDIDATES = ["/opt/tf-plugins"];

/**
 * Finds an executable on PATH or in pipx's bin folder. A validator that cannot be found makes the
 * test fail with this message: a missing validator must never look like a pass.
 */
export function requireTool(name: string, installHint: string): string {
  // pipx's folder first: the pinned install there wins over an older copy elsewhere on PATH.
  const dirs = [join(homedir(), ".local", "bin"), ...(process.env.PATH ?? "").split(delimiter)];
  for (const dir of dirs) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  throw new Error(`VALIDATOR MISSING: ${name} is not installed, so this check cannot run. ${installHint}`);
}

/** Result of running a validator: its exit code and everything it printed. */
export interface ToolRun {
  readonly code: number;
  readonly output: string;
}

async function runTool(file: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ToolRun> {
  try {
    const { stdout, stderr } = await exec(file, [...args], { ...options, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number | string; stdout?: string; stderr?: string; message: string };
    if (typeof e.code !== "number") throw new Error(`could not run ${file}: ${e.message}`);
    return { code: e.code, output: (e.stdout ?? "") + (e.stderr ?? "") };
  }
}

/** Runs cfn-lint over templates with warnings counted as failures (exit bits: 2 error, 4 warning, 8 info). */
export async function cfnLint(templates: readonly string[]): Promise<ToolRun> {
  const bin = requireTool("cfn-lint", `Install it with: pipx install cfn-lint==${CFN_LINT_VERSION}`);
  const version = await runTool(bin, ["--version"]);
  if (!version.output.includes(CFN_LINT_VERSION)) {
    throw new Error(`VALIDATOR MISMATCH: expected cfn-lint ${CFN_LINT_VERSION}, found "${version.output.trim()}". Run: pipx install --force cfn-lint==${CFN_LINT_VERSION}`);
  }
  return runTool(bin, ["--non-zero-exit-code", "informational", "--regions", "us-east-1", "--", ...templates]);
}

/** The filesystem mirror holding hashicorp/aws, or a loud error when the machine lacks it. */
export function providerMirror(): string {
  const found = PROVIDER_MIRROR_CANDIDATES.find((dir) => existsSync(join(dir, "registry.terraform.io", "hashicorp", "aws")));
  if (!found) {
    throw new Error(`VALIDATOR MISSING: no filesystem mirror of hashicorp/aws in ${PROVIDER_MIRROR_CANDIDATES.join(", ")}; terraform validate cannot run offline.`);
  }
  return found;
}

/**
 * `terraform init -backend=false && terraform validate` on one configuration (file name →
 * contents) in a fresh folder, offline: a CLI config points provider installation at the mirror and forbids
 * the registry.
 */
export async function terraformValidate(files: Readonly<Record<string, string>>): Promise<ToolRun> {
  const bin = requireTool("terraform", "The machine image should ship terraform 1.11 on PATH.");
  const mirror = providerMirror();
  const work = await mkdtemp(join(tmpdir(), "berth-tf-"));
  for (const [name, contents] of Object.entries(files)) await writeFile(join(work, name), contents);
  const config = join(work, ".terraformrc");
  await writeFile(
    config,
    `provider_installation {\n  filesystem_mirror {\n    path    = "${mirror}"\n    include = ["registry.terraform.io/hashicorp/*"]\n  }\n  direct {\n    exclude = ["registry.terraform.io/*/*"]\n  }\n}\n`,
  );
  const env = { ...process.env, TF_CLI_CONFIG_FILE: config, TF_IN_AUTOMATION: "1", CHECKPOINT_DISABLE: "1" };
  const init = await runTool(bin, ["init", "-backend=false", "-input=false", "-no-color"], { cwd: work, env });
  if (init.code !== 0) return init;
  return runTool(bin, ["validate", "-json", "-no-color"], { cwd: work, env });
}

/** What `terraform validate -json` reports. */
export interface TerraformReport {
  readonly valid: boolean;
  readonly error_count: number;
  readonly warning_count: number;
  readonly diagnostics: readonly unknown[];
}

/** Runs terraformValidate and parses its JSON report; init failures surface as the thrown output. */
export async function terraformReport(files: Readonly<Record<string, string>>): Promise<TerraformReport> {
  const run = await terraformValidate(files);
  try {
    return JSON.parse(run.output) as TerraformReport;
  } catch {
    throw new Error(`terraform failed (exit ${run.code}):\n${run.output}`);
  }
}
