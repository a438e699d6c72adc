import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { TARGETS } from "../../src/backends/backend.js";
import { compile } from "../../src/compile.js";
import type { Stack } from "../../src/ir/index.js";
import { applyPlan, planWrites } from "../../src/output/index.js";
import { reasonOn, SECURITY_WAIVERS, waiversFor } from "../../src/security/index.js";
import { checkov, cfnGuard, type CheckovVerdict, type GuardVerdict } from "../support/security.js";
import { importSpecs, specFilesIn } from "../support/specs.js";
import { BLIND_SPOTS } from "./blind-spots.js";

/**
 * Issue 10 item 4: cfn-guard with the AWS Control Tower proactive rules on every CloudFormation
 * template, checkov on the Terraform (HCL form: checkov's terraform_json parser rejects a string
 * `required_version`), for every example (the committed out/) and every valid fixture (the goldens).
 * The findings berth accepts live in src/security/ with a predicate over the stack's IR; on every
 * stack the rules that fail must be exactly the ones those predicates name (what its README lists),
 * less the scanner blind spots of ./blind-spots.ts.
 */
const SPEC_FILES = [...specFilesIn("specs"), ...specFilesIn("test/fixtures/valid")];

let stacks: Stack[];
let guard: GuardVerdict[];
let checks: CheckovVerdict[];

/** `tool rule`, the key the sets below compare. */
const key = (tool: string, rule: string) => `${tool} ${rule}`;

beforeAll(async () => {
  const specs = await importSpecs(SPEC_FILES);
  const result = await compile(specs, { targets: TARGETS, hcl: true });
  expect(result.diagnostics).toEqual([]);
  stacks = [...result.stacks].sort((a, b) => a.name.localeCompare(b.name));
  const out = await mkdtemp(join(tmpdir(), "berth-security-"));
  await applyPlan(out, planWrites(result.files, () => undefined));
  const guardRun = cfnGuard(stacks.map((s) => join(out, result.folders[s.name] ?? s.name, "cloudformation", "template.yaml")));
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
      `checkov ${checks.filter((v) => v.passed).length} checks passed, ${checkovFailed.length} waived (${new Set(checkovFailed.map((v) => v.rule)).size} checks); ` +
      `${SECURITY_WAIVERS.length} waivers in src/security, ${stacks.reduce((n, s) => n + waiversFor(s).length, 0)} stack findings predicted`,
  );
});

/** The stack of a template path: its folder (`<name>` or `<name>/<env>`, which is stack `<name>-<env>`). */
const stackOf = (template: string) => template.replace(/^.*\/berth-security-[^/]+\//, "").replace(/\/cloudformation\/template\.yaml$/, "").split("/").join("-");

/** The `tool rule` keys that really fail on a stack. */
function failing(stack: string): string[] {
  return [
    ...guard.filter((v) => v.status === "FAIL" && stackOf(v.template) === stack).map((v) => key("cfn-guard", v.rule)),
    ...checks.filter((v) => !v.passed && v.stack === stack).map((v) => key("checkov", v.rule)),
  ];
}

describe("the scanners ran", () => {
  it("cfn-guard (Control Tower proactive rules: ECS, ELB, IAM, CloudWatch, Auto Scaling, EC2) evaluated every template", () => {
    expect(new Set(guard.map((v) => stackOf(v.template)))).toEqual(new Set(stacks.map((s) => s.name)));
    expect(guard.filter((v) => v.status === "PASS").length).toBeGreaterThan(0);
  });

  it("checkov (Terraform, HCL form) scanned every stack", () => {
    expect(new Set(checks.map((v) => v.stack))).toEqual(new Set(stacks.map((s) => s.name)));
  });
});

describe("waivers (src/security): the findings each README lists are exactly the ones the scanners report", () => {
  it("on every stack, the failing rules equal the waivers whose predicate applies, less the scanners' blind spots", () => {
    const mismatches: string[] = [];
    for (const stack of stacks) {
      const predicted = waiversFor(stack).map((w) => key(w.tool, w.rule));
      const hidden = new Set(BLIND_SPOTS.filter((b) => b.hides(stack)).map((b) => key(b.tool, b.rule)));
      const expected = new Set(predicted.filter((k) => !hidden.has(k)));
      const actual = failing(stack.name);
      const details = (k: string) =>
        [...guard.filter((v) => v.status === "FAIL" && key("cfn-guard", v.rule) === k && stackOf(v.template) === stack.name).map((v) => v.detail),
          ...checks.filter((v) => !v.passed && key("checkov", v.rule) === k && v.stack === stack.name).map((v) => v.resource)].join("; ");
      for (const k of new Set(actual)) if (!expected.has(k)) mismatches.push(`${stack.name}: ${k} fails, no waiver predicts it (${details(k)})`);
      for (const k of expected) if (!actual.includes(k)) mismatches.push(`${stack.name}: ${k} is predicted (its README lists it) but passes`);
    }
    expect(mismatches).toEqual([]);
  });

  it("each waiver has a title and a reason a user would accept, one per tool and rule, and applies to some scanned stack", () => {
    expect(new Set(SECURITY_WAIVERS.map((w) => key(w.tool, w.rule))).size).toBe(SECURITY_WAIVERS.length);
    for (const w of SECURITY_WAIVERS) {
      expect(w.title.length, `${w.rule} needs a title`).toBeGreaterThan(10);
      // A predicate no scanned stack exercises is not checked against the scanner: add a fixture or drop it.
      const applying = stacks.filter((s) => w.appliesTo(s));
      expect(applying.length, `${w.tool} ${w.rule} applies to no example or fixture`).toBeGreaterThan(0);
      for (const s of applying) expect(reasonOn(w, s).length, `${w.rule} on ${s.name} needs a reason a user would accept`).toBeGreaterThan(40);
    }
  });

  it("each blind spot still hides a finding on some stack", () => {
    for (const spot of BLIND_SPOTS) {
      const k = key(spot.tool, spot.rule);
      const hidden = stacks.filter((s) => spot.hides(s) && waiversFor(s).some((w) => key(w.tool, w.rule) === k) && !failing(s.name).includes(k));
      expect(hidden.map((s) => s.name), `${k}: the scanner now reports it; remove the blind spot`).not.toEqual([]);
    }
  });
});
