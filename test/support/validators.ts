import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { basename, delimiter, join } from "node:path";
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

/** Runs a tool and returns its exit code and output; only a tool that cannot start is thrown. */
export async function runTool(file: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<ToolRun> {
  const { timeoutMs, ...spawnOptions } = options;
  // A timed-out run is interrupted with SIGINT, so a tool such as terraform releases its state lock.
  const limit = timeoutMs === undefined ? {} : { timeout: timeoutMs, killSignal: "SIGINT" as const };
  try {
    const { stdout, stderr } = await exec(file, [...args], { ...spawnOptions, ...limit, maxBuffer: 256 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number | string; killed?: boolean; signal?: string; stdout?: string; stderr?: string; message: string };
    const output = (e.stdout ?? "") + (e.stderr ?? "");
    if (timeoutMs !== undefined && (e.killed || e.signal)) {
      return { code: 124, output: `${output}\nError: ${basename(file)} ${args[0] ?? ""} did not finish within ${timeoutMs / 60_000} minutes (interrupted)\n` };
    }
    if (typeof e.code !== "number") throw new Error(`could not run ${file}: ${e.message}`);
    return { code: e.code, output };
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

/** What `terraform validate -json` reports for one configuration. */
export interface TerraformReport {
  readonly valid: boolean;
  readonly error_count: number;
  readonly warning_count: number;
  readonly diagnostics: readonly TerraformDiagnostic[];
}

/** One diagnostic of `terraform validate -json`; `range.filename` says which file it is about. */
export interface TerraformDiagnostic {
  readonly severity: "error" | "warning";
  readonly summary: string;
  readonly detail?: string;
  readonly range?: { readonly filename: string };
}

/** A CLI config that installs providers from the machine's mirror only: nothing is downloaded. */
export async function offlineTerraformEnv(work: string): Promise<NodeJS.ProcessEnv> {
  return offlineCliConfig(work);
}

async function offlineCliConfig(work: string): Promise<NodeJS.ProcessEnv> {
  const config = join(work, ".terraformrc");
  await writeFile(
    config,
    `provider_installation {\n  filesystem_mirror {\n    path    = "${providerMirror()}"\n    include = ["registry.terraform.io/hashicorp/*"]\n  }\n  direct {\n    exclude = ["registry.terraform.io/*/*"]\n  }\n}\n`,
  );
  return { ...process.env, TF_CLI_CONFIG_FILE: config, TF_IN_AUTOMATION: "1", CHECKPOINT_DISABLE: "1" };
}

/**
 * `terraform init -backend=false && terraform validate -json` over many configurations at once,
 * offline. Each configuration (file name → contents) becomes a child module of one generated root,
 * so terraform starts the AWS provider and reads its schema once instead of once per folder (about
 * 3 s each on these machines). The checks are terraform's own: every module is decoded and
 * type-checked against the provider schema exactly as a root module is; a configuration's report
 * holds the diagnostics whose file lies in its module. A diagnostic that names no file (or a file
 * outside every module) is reported for every configuration, so it can never be lost.
 */
export async function terraformReports(configs: Readonly<Record<string, Readonly<Record<string, string>>>>): Promise<Record<string, TerraformReport>> {
  const work = await mkdtemp(join(tmpdir(), "berth-tf-"));
  const labels = Object.keys(configs);
  const modules: Record<string, { source: string }> = {};
  for (const [index, label] of labels.entries()) {
    const dir = join(work, "m", String(index));
    await mkdir(dir, { recursive: true });
    for (const [name, contents] of Object.entries(configs[label]!)) await writeFile(join(dir, name), contents);
    modules[`m${index}`] = { source: `./m/${index}` };
  }
  await writeFile(join(work, "main.tf.json"), JSON.stringify({ module: modules }, null, 2));
  const whole = await validateFolder(work);
  const owner = (d: TerraformDiagnostic): number | undefined => {
    const match = /^m\/(\d+)\//.exec(d.range?.filename ?? "");
    return match ? Number(match[1]) : undefined;
  };
  return Object.fromEntries(
    labels.map((label, index) => {
      const diagnostics = whole.diagnostics.filter((d) => owner(d) === undefined || owner(d) === index);
      const count = (severity: string) => diagnostics.filter((d) => d.severity === severity).length;
      return [label, { valid: count("error") === 0, error_count: count("error"), warning_count: count("warning"), diagnostics }];
    }),
  );
}

/**
 * `terraformReports` for one configuration, validated as the root module itself (so root-only
 * checks apply too); init failures surface as the thrown output.
 */
export async function terraformReport(files: Readonly<Record<string, string>>): Promise<TerraformReport> {
  const work = await mkdtemp(join(tmpdir(), "berth-tf-"));
  for (const [name, contents] of Object.entries(files)) await writeFile(join(work, name), contents);
  return validateFolder(work);
}

/**
 * `terraform init -backend=false && terraform validate -json` in a folder, offline; a failed
 * init or output that is not a report is thrown with everything terraform printed.
 */
async function validateFolder(work: string): Promise<TerraformReport> {
  const bin = requireTool("terraform", "The machine image should ship terraform 1.11 on PATH.");
  const env = await offlineCliConfig(work);
  const init = await runTool(bin, ["init", "-backend=false", "-input=false", "-no-color"], { cwd: work, env });
  if (init.code !== 0) throw new Error(`terraform init failed (exit ${init.code}):\n${init.output}`);
  const run = await runTool(bin, ["validate", "-json", "-no-color"], { cwd: work, env });
  try {
    return JSON.parse(run.output) as TerraformReport;
  } catch {
    throw new Error(`terraform validate failed (exit ${run.code}):\n${run.output}`);
  }
}
