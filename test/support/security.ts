import { existsSync, readdirSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { arch } from "node:process";
import { basename, join } from "node:path";
import { requireTool, runTool } from "./validators.js";

/** Version of @cdklabs/cdk-validator-cfnguard whose cfn-guard and rules scripts/install-validators.sh unpacks. */
export const CFN_GUARD_PACKAGE_VERSION = "0.0.62";
/** checkov version the security scan is pinned to. */
export const CHECKOV_VERSION = "3.3.30";

/** The Control Tower proactive rule folders issue 10 asks for: ECS, ELB, IAM, CloudWatch, Auto Scaling, EC2. */
export const GUARD_RULE_FOLDERS = ["ecs", "elasticloadbalancing", "identityandaccessmanagement", "cloudwatch", "ec2autoscaling", "ec2"] as const;

/** Where install-validators.sh unpacked the cfn-guard package, or a loud error when it did not. */
function guardPackage(): { bin: string; rules: string } {
  const root = join(process.env.BERTH_TOOLS_DIR ?? join(homedir(), ".cache", "berth"), `cdk-validator-cfnguard-${CFN_GUARD_PACKAGE_VERSION}`, "package");
  const bin = join(root, "bin", "ubuntu", arch === "arm64" ? "aarch64" : "x86_64", "cfn-guard");
  if (!existsSync(bin)) throw new Error(`VALIDATOR MISSING: no cfn-guard at ${bin}. Run: bash scripts/install-validators.sh`);
  return { bin, rules: join(root, "rules", "control-tower", "cfn-guard") };
}

/** One rule's verdict on one template. */
export interface GuardVerdict {
  /** Control Tower id from the rule file name: ct-ecs-pr-3.guard → CT.ECS.PR.3. */
  readonly rule: string;
  readonly template: string;
  readonly status: "PASS" | "FAIL" | "SKIP";
  /** The rule's fix hint and failing property paths, for a failure message. */
  readonly detail: string;
}

/** `ct-ecs-pr-3.guard` → `CT.ECS.PR.3`. */
function controlId(file: string): string {
  return basename(file, ".guard").toUpperCase().replace(/-/g, ".");
}

/** Splits cfn-guard's JSON output: one object per data file, written back to back. */
function jsonObjects(text: string): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" && depth++ === 0) start = i;
    else if (c === "}" && --depth === 0) objects.push(JSON.parse(text.slice(start, i + 1)) as Record<string, unknown>);
  }
  return objects;
}

/**
 * Runs every Control Tower rule of GUARD_RULE_FOLDERS over the templates, one rule file per
 * cfn-guard run (so each verdict names its rule), two runs at a time.
 */
export async function cfnGuard(templates: readonly string[]): Promise<GuardVerdict[]> {
  const { bin, rules } = guardPackage();
  const files = GUARD_RULE_FOLDERS.flatMap((folder) =>
    readdirSync(join(rules, folder)).filter((f) => f.endsWith(".guard")).sort().map((f) => join(rules, folder, f)),
  );
  if (files.length < 50) throw new Error(`cfn-guard rules missing: found ${files.length} rule files under ${rules}`);
  const verdicts: GuardVerdict[] = [];
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const run = await runTool(bin, ["validate", "--rules", file, ...templates.flatMap((t) => ["--data", t]), "--output-format", "json", "--show-summary", "none"]);
      // Exit 0 all pass, 19 some rule failed; anything else is cfn-guard failing to run.
      if (run.code !== 0 && run.code !== 19) throw new Error(`cfn-guard failed on ${file} (exit ${run.code}):\n${run.output}`);
      for (const report of jsonObjects(run.output)) {
        const fixes = [...JSON.stringify(report.not_compliant ?? []).matchAll(/\[FIX\]: ([^\\]*)/g)].map((m) => m[1]!.trim());
        const paths = [...JSON.stringify(report.not_compliant ?? []).matchAll(/"path":"([^"]+)"/g)].map((m) => m[1]!);
        verdicts.push({
          rule: controlId(file),
          template: String(report.name),
          status: report.status as GuardVerdict["status"],
          detail: [...new Set(fixes)].join(" ") + (paths.length ? ` at ${[...new Set(paths)].join(", ")}` : ""),
        });
      }
    }
  };
  await Promise.all([worker(), worker()]);
  return verdicts;
}

/** One checkov check's verdict on one resource. */
export interface CheckovVerdict {
  readonly rule: string;
  readonly name: string;
  /** The stack: its folder under the scanned root (an environment's `<name>/<env>` read as `<name>-<env>`). */
  readonly stack: string;
  readonly resource: string;
  readonly passed: boolean;
}

/** checkov over a folder of `<stack>/terraform/main.tf` files (the HCL form), offline. */
export async function checkov(root: string): Promise<CheckovVerdict[]> {
  const bin = requireTool("checkov", `Install it with: pipx install checkov==${CHECKOV_VERSION}`);
  // --skip-download: no calls to Prisma Cloud (the machines have no network besides package registries).
  const reportDir = await mkdtemp(join(tmpdir(), "berth-checkov-"));
  const run = await runTool(bin, ["-d", root, "--framework", "terraform", "-o", "json", "--output-file-path", reportDir, "--compact", "--skip-download"], {
    // checkov gives up parsing an HCL file after 10 s (a parsing error); a loaded 2-core machine needs longer.
    env: { ...process.env, HCL_PARSE_TIMEOUT_SEC: "300" },
  });
  if (run.code !== 0 && run.code !== 1) throw new Error(`checkov failed (exit ${run.code}):\n${run.output}`);
  const report = JSON.parse(await readFile(join(reportDir, "results_json.json"), "utf8")) as {
    summary: { parsing_errors: number };
    results: Partial<Record<"passed_checks" | "failed_checks", { check_id: string; check_name: string; file_path: string; resource: string }[]>>;
  };
  if (report.summary.parsing_errors !== 0) throw new Error(`checkov could not parse ${report.summary.parsing_errors} file(s):\n${run.output}`);
  const verdict = (passed: boolean) => (c: { check_id: string; check_name: string; file_path: string; resource: string }): CheckovVerdict => ({
    rule: c.check_id,
    name: c.check_name,
    // <stack>/terraform/main.tf, or <name>/<env>/terraform/main.tf for a spec with environments
    // (whose stack is named <name>-<env>).
    stack: c.file_path.replace(/^\/+/, "").replace(/\/terraform\/main\.tf$/, "").split("/").join("-"),
    resource: c.resource,
    passed,
  });
  const passed = report.results.passed_checks ?? [];
  // No --quiet: it would drop the passed checks, which the test counts and requires to be there.
  if (passed.length === 0) throw new Error(`checkov reported no passed check: not a real scan?\n${run.output.slice(0, 2000)}`);
  return [...passed.map(verdict(true)), ...(report.results.failed_checks ?? []).map(verdict(false))];
}
