import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Where the machine image keeps the offline mirror of the AWS provider (see DESIGN.md). */
export const PROVIDER_MIRROR = "/opt/tf-plugins";

/** The JSON `terraform validate -json` prints. */
export interface ValidateResult {
  readonly valid: boolean;
  readonly error_count: number;
  readonly warning_count: number;
  readonly diagnostics: readonly { readonly severity: string; readonly summary: string; readonly detail?: string }[];
}

/**
 * Why the real validator cannot run here, or undefined when it can. Callers fail on a reason
 * rather than skip: a validator that silently does not run is worse than none.
 */
export function terraformUnavailable(): string | undefined {
  try {
    execFileSync("terraform", ["version"], { stdio: "ignore" });
  } catch {
    return "terraform is not on PATH";
  }
  if (!existsSync(join(PROVIDER_MIRROR, "registry.terraform.io/hashicorp/aws"))) {
    return `no AWS provider mirror under ${PROVIDER_MIRROR}`;
  }
  return undefined;
}

/**
 * Runs `terraform init -backend=false` and `terraform validate -json` on the given files in a
 * fresh temp dir, offline: the CLI config installs providers from the mirror only.
 */
export function terraformValidate(files: Readonly<Record<string, string>>): ValidateResult {
  const dir = mkdtempSync(join(tmpdir(), "berth-tf-"));
  try {
    const cliConfig = join(dir, "cli.tfrc");
    writeFileSync(
      cliConfig,
      `provider_installation {\n  filesystem_mirror {\n    path = "${PROVIDER_MIRROR}"\n  }\n  direct {\n    exclude = ["registry.terraform.io/*/*"]\n  }\n}\n`,
    );
    const work = join(dir, "config");
    mkdirSync(work);
    for (const [name, contents] of Object.entries(files)) writeFileSync(join(work, name), contents);
    const env = { ...process.env, TF_CLI_CONFIG_FILE: cliConfig, TF_IN_AUTOMATION: "1", CHECKPOINT_DISABLE: "1" };
    execFileSync("terraform", ["init", "-backend=false", "-input=false", "-no-color"], { cwd: work, env, stdio: "pipe" });
    let output: string;
    try {
      output = execFileSync("terraform", ["validate", "-json", "-no-color"], { cwd: work, env, encoding: "utf8" });
    } catch (error) {
      // validate exits 1 on errors but still prints its JSON report.
      output = String((error as { stdout?: unknown }).stdout ?? "");
    }
    return JSON.parse(output) as ValidateResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
