import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { TARGETS } from "../../src/backends/backend.js";
import { compile } from "../../src/compile.js";
import { hasErrors } from "../../src/diagnostics/diagnostic.js";
import type { Stack } from "../../src/ir/index.js";
import { waiversFor } from "../../src/security/index.js";
import { loadBases } from "../property/bases.js";
import { applyValidChanges, validChanges } from "../property/valid-mutations.js";
import { checkov, cfnGuard, type CheckovVerdict, type GuardVerdict } from "../support/security.js";
import { BLIND_SPOTS } from "./blind-spots.js";

/**
 * The waiver predicates on stacks nobody wrote: random valid specs (every example and valid
 * fixture with random in-range changes, as the property tests draw them: retention, counts,
 * names, tags, …) through cfn-guard and checkov. On each stack the failing rules must be exactly
 * the predicted ones, as scan.deep.ts requires of the examples. BERTH_SECURITY_RUNS asks for more
 * specs and BERTH_SECURITY_SEED replays a run.
 */
const RUNS = Number(process.env["BERTH_SECURITY_RUNS"] ?? 100);
const SEED = Number(process.env["BERTH_SECURITY_SEED"] ?? 20261201);

/** Each scanned stack by its folder key `r<i>-<folder with - for />`. */
const byKey = new Map<string, Stack>();
let guard: GuardVerdict[];
let checks: CheckovVerdict[];

/** The key of a template path: its folder under the scan root. */
const keyOf = (template: string) => template.replace(/^.*\/berth-security-random-[^/]+\//, "").replace(/\/cloudformation\/template\.yaml$/, "");

beforeAll(async () => {
  const bases = await loadBases();
  const drawn = fc.sample(validChanges(bases), { numRuns: RUNS, seed: SEED });
  const guardRoot = await mkdtemp(join(tmpdir(), "berth-security-random-"));
  const hclRoot = await mkdtemp(join(tmpdir(), "berth-checkov-random-"));
  const templates: string[] = [];
  const write = async (path: string, contents: string) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, contents);
  };
  for (const [i, changes] of drawn.entries()) {
    // Every base in turn, as the property test does.
    const base = bases[i % bases.length]!;
    const file = `random/${i}.ts`;
    const result = await compile([{ file, exported: { ...base.definition, spec: applyValidChanges(base, changes) } }, ...base.project], { targets: TARGETS, hcl: true });
    expect(hasErrors(result.diagnostics), `${file} from ${base.file}`).toBe(false);
    for (const stack of result.stacks.filter((s) => s.source === file)) {
      const folder = result.folders[stack.name] ?? stack.name;
      const key = `r${i}-${folder.split("/").join("-")}`;
      byKey.set(key, stack);
      for (const f of result.files) {
        if (f.path === `${folder}/cloudformation/template.yaml`) {
          templates.push(join(guardRoot, key, "cloudformation", "template.yaml"));
          await write(templates.at(-1)!, f.contents);
        }
        if (f.path === `${folder}/terraform/main.tf`) await write(join(hclRoot, key, "terraform", "main.tf"), f.contents);
      }
    }
  }
  [guard, checks] = await Promise.all([cfnGuard(templates), checkov(hclRoot)]);
});

describe(`waivers on ${RUNS} random valid specs (seed ${SEED})`, () => {
  it("on every stack, the failing rules equal the waivers whose predicate applies, less the scanners' blind spots", () => {
    expect(new Set(guard.map((v) => keyOf(v.template)))).toEqual(new Set(byKey.keys()));
    expect(new Set(checks.map((v) => v.stack))).toEqual(new Set(byKey.keys()));
    const mismatches: string[] = [];
    for (const [key, stack] of byKey) {
      const actual = new Set([
        ...guard.filter((v) => v.status === "FAIL" && keyOf(v.template) === key).map((v) => `cfn-guard ${v.rule}`),
        ...checks.filter((v) => !v.passed && v.stack === key).map((v) => `checkov ${v.rule}`),
      ]);
      const hidden = new Set(BLIND_SPOTS.filter((b) => b.hides(stack)).map((b) => `${b.tool} ${b.rule}`));
      const predicted = new Set(waiversFor(stack).map((w) => `${w.tool} ${w.rule}`).filter((k) => !hidden.has(k)));
      for (const k of actual) if (!predicted.has(k)) mismatches.push(`${key} (${stack.source}): ${k} fails, no waiver predicts it`);
      for (const k of predicted) if (!actual.has(k)) mismatches.push(`${key} (${stack.source}): ${k} is predicted but passes`);
    }
    expect(mismatches).toEqual([]);
    console.log(`security (random): ${byKey.size} stacks of ${RUNS} random specs, predicted findings equal to the scanners' on each`);
  });
});
