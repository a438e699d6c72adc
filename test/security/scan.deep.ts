import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TARGETS } from "../../src/backends/backend.js";
import { compile } from "../../src/compile.js";
import { applyPlan, planWrites } from "../../src/output/index.js";
import { checkov, cfnGuard, loadWaivers, type CheckovVerdict, type GuardVerdict, type SecurityWaiver } from "../support/security.js";
import { importSpecs, specFilesIn } from "../support/specs.js";

/**
 * Issue 10 item 4: cfn-guard with the AWS Control Tower proactive rules on every CloudFormation
 * template, checkov on the Terraform (HCL form: checkov's terraform_json parser rejects a string
 * `required_version`), for every example (the committed out/) and every valid fixture (the goldens).
 * A failure passes only under a waiver in test/security/waivers.json, and a waiver must still be needed.
 */
const SPEC_FILES = [...specFilesIn("specs"), ...specFilesIn("test/fixtures/valid")];

let stacks: string[];
let guard: GuardVerdict[];
let checks: CheckovVerdict[];
const waivers = loadWaivers();

/** The waiver covering a rule on a stack, if any. */
function waiverFor(tool: SecurityWaiver["tool"], rule: string, stack: string): SecurityWaiver | undefined {
  return waivers.find((w) => w.tool === tool && w.rule === rule && w.stacks.includes(stack));
}

beforeAll(async () => {
  const specs = await importSpecs(SPEC_FILES);
  const result = await compile(specs, { targets: TARGETS, hcl: true });
  expect(result.diagnostics).toEqual([]);
  stacks = result.stacks.map((s) => s.name).sort();
  const out = await mkdtemp(join(tmpdir(), "berth-security-"));
  await applyPlan(out, planWrites(result.files, () => undefined));
  const guardRun = cfnGuard(stacks.map((name) => join(out, result.folders[name] ?? name, "cloudformation", "template.yaml")));
  guardRun.catch(() => undefined);
  // checkov scans only the HCL: a folder per stack holding just its main.tf.
  const hclRoot = await mkdtemp(join(tmpdir(), "berth-checkov-hcl-"));
  await applyPlan(hclRoot, planWrites(result.files.filter((f) => f.path.endsWith("/terraform/main.tf")), () => undefined));
  [guard, checks] = await Promise.all([guardRun, checkov(hclRoot)]);
});

afterAll(() => {
  if (!guard || !checks) return;
  const guardFailed = guard.filter((v) => v.status === "FAIL");
  const checkovFailed = checks.filter((v) => !v.passed);
  console.log(
    `security: cfn-guard ${guard.filter((v) => v.status === "PASS").length} rule checks passed, ${guardFailed.length} waived ` +
      `(${new Set(guardFailed.map((v) => v.rule)).size} rules), ${guard.filter((v) => v.status === "SKIP").length} not applicable; ` +
      `checkov ${checks.filter((v) => v.passed).length} checks passed, ${checkovFailed.length} waived (${new Set(checkovFailed.map((v) => v.rule)).size} checks)`,
  );
});

/** The stack of a template path: its folder (`<name>` or `<name>/<env>`, which is stack `<name>-<env>`). */
const stackOf = (template: string) => template.replace(/^.*\/berth-security-[^/]+\//, "").replace(/\/cloudformation\/template\.yaml$/, "").split("/").join("-");

describe("cfn-guard (Control Tower proactive rules: ECS, ELB, IAM, CloudWatch, Auto Scaling, EC2)", () => {
  it("evaluates every rule on every template and finds no failure without a waiver", () => {
    expect(new Set(guard.map((v) => stackOf(v.template)))).toEqual(new Set(stacks));
    expect(guard.filter((v) => v.status === "PASS").length).toBeGreaterThan(0);
    const unwaived = guard.filter((v) => v.status === "FAIL" && !waiverFor("cfn-guard", v.rule, stackOf(v.template)));
    expect(unwaived.map((v) => `${v.rule} on ${stackOf(v.template)}: ${v.detail}`)).toEqual([]);
  });
});

describe("checkov (Terraform, HCL form)", () => {
  it("scans every stack and finds no failure without a waiver", () => {
    expect(new Set(checks.map((v) => v.stack))).toEqual(new Set(stacks));
    const unwaived = checks.filter((v) => !v.passed && !waiverFor("checkov", v.rule, v.stack));
    expect(unwaived.map((v) => `${v.rule} (${v.name}) on ${v.stack}: ${v.resource}`)).toEqual([]);
  });
});

describe("waivers (test/security/waivers.json)", () => {
  it("each waiver names a rule, stacks and a reason, and is still needed on every stack it names", () => {
    const stale: string[] = [];
    for (const w of waivers) {
      expect(w.reason.length, `${w.rule} needs a reason a user would accept`).toBeGreaterThan(40);
      expect(w.stacks.length, `${w.rule} names no stack`).toBeGreaterThan(0);
      for (const stack of w.stacks) {
        const failing =
          w.tool === "cfn-guard"
            ? guard.some((v) => v.rule === w.rule && v.status === "FAIL" && stackOf(v.template) === stack)
            : checks.some((v) => v.rule === w.rule && !v.passed && v.stack === stack);
        if (!failing) stale.push(`${w.tool} ${w.rule} on ${stack}`);
      }
    }
    expect(stale, "waivers that no longer apply: remove them from test/security/waivers.json").toEqual([]);
  });
});
