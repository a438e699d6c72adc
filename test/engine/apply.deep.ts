import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyStacks, lookupStacks, planExcerpt, startMoto, type CfnOutcome, type EngineRun, type Moto } from "../support/engine.js";

/**
 * Issue 10 item 3: the committed Terraform of every example (out/<name>/terraform) applied by
 * `terraform apply` against moto in server mode, then the plan after it must have no changes.
 * All stacks go into one terraform root (one module each), so terraform applies them in parallel.
 */
// Absolute: the moto harness runs in test/engine and reads these paths too.
const OUT = resolve("out");
/**
 * Stack name → its folder under out/: `<name>`, or `<name>/<env>` for each environment of a spec
 * with environments (the stack is then named `<name>-<env>`).
 */
const FOLDERS: Record<string, string> = {};
for (const entry of readdirSync(OUT, { withFileTypes: true }).filter((e) => e.isDirectory())) {
  if (existsSync(join(OUT, entry.name, "terraform"))) FOLDERS[entry.name] = entry.name;
  else for (const env of readdirSync(join(OUT, entry.name), { withFileTypes: true }).filter((e) => e.isDirectory())) FOLDERS[`${entry.name}-${env.name}`] = `${entry.name}/${env.name}`;
}
const ALL_STACKS = Object.keys(FOLDERS).sort();
// BERTH_ENGINE_STACKS=my-api,prod-cluster narrows a local run; CI runs every example.
const ONLY = process.env.BERTH_ENGINE_STACKS?.split(",").filter(Boolean);
const STACKS = ONLY ? ALL_STACKS.filter((name) => ONLY.includes(name)) : ALL_STACKS;

/** terraform's -parallelism for apply and plan (BERTH_ENGINE_PARALLELISM overrides it). */
const PARALLELISM = 30;

let moto: Moto | undefined;
let run: EngineRun;
let cfn: Record<string, CfnOutcome>;
let cfnError: unknown;
let cfnSeconds = 0;

/** Applied without error, and a refreshing plan that covered the stack ran and found nothing to change. */
const isClean = (o: EngineRun["stacks"][string]) => o.applyErrors.length === 0 && o.planErrors.length === 0 && o.planned && o.planChanges.length === 0;
const tfJson = (name: string) => join(OUT, FOLDERS[name]!, "terraform", "main.tf.json");
const region = (name: string) => (JSON.parse(readFileSync(tfJson(name), "utf8")) as { provider: { aws: { region: string }[] } }).provider.aws[0]!.region;

beforeAll(async () => {
  moto = await startMoto();
  const configs = Object.fromEntries(STACKS.map((name) => [name, tfJson(name)]));
  const parallelism = Number(process.env.BERTH_ENGINE_PARALLELISM ?? PARALLELISM);
  run = await applyStacks(moto, configs, { parallelism });
  // The smoke test starts from a fresh moto holding only the pre-existing resources again: the
  // CloudFormation stacks create the same names the Terraform just did. Stacks that import a load
  // balancer stack's exports (Fn::ImportValue) last, as the READMEs' deploy order says.
  const later = lookupStacks(configs);
  const order = [...STACKS.filter((name) => !later.includes(name)), ...later];
  const started = Date.now();
  try {
    await moto.seed(STACKS.map(tfJson));
    cfn = await moto.createStacks(order.map((name) => `${region(name)}:${name}:${join(OUT, FOLDERS[name]!, "cloudformation", "template.yaml")}`));
  } catch (error) {
    cfnError = error; // fails the smoke tests below, not the Terraform ones above
  }
  cfnSeconds = (Date.now() - started) / 1000;
});

afterAll(async () => {
  if (run) {
    const outcomes = Object.values(run.stacks);
    const applied = outcomes.filter((o) => o.applyErrors.length === 0).length;
    const clean = outcomes.filter(isClean).length;
    console.log(
      `engine: ${applied}/${STACKS.length} stacks applied to moto, ${clean}/${STACKS.length} plans clean; ` +
        `moto patches (${moto?.patches.length ?? 0}): ${moto?.patches.join(", ") || "none"}`,
    );
    const times = run.steps.map((step) => `${step.label} ${step.seconds.toFixed(0)} s`).join(", ");
    console.log(`engine: terraform steps: ${times}; CloudFormation smoke test ${cfnSeconds.toFixed(0)} s; logs in ${run.work}`);
  }
  if (cfn) {
    const created = Object.values(cfn).filter((o) => o.status === "CREATE_COMPLETE").length;
    const unsupported = [...new Set(Object.values(cfn).flatMap((o) => o.unsupported))].sort();
    console.log(`engine: ${created}/${STACKS.length} CloudFormation stacks created in moto; resource types moto does not implement (skipped by moto): ${unsupported.join(", ") || "none"}`);
  }
  await moto?.stop();
});

describe("terraform apply against moto", () => {
  it("finds every example's output and seeds moto with what the stacks refer to", () => {
    expect(STACKS.length).toBeGreaterThan(ONLY ? 0 : 10);
    const init = run.steps.find((step) => step.label === "init")!;
    expect(init.code, init.output).toBe(0);
    // The examples name pre-existing listeners, certificates and a hosted zone; a narrowed run may not.
    if (!ONLY) for (const kind of ["listeners", "certificates", "hostedZones"]) expect(run.seeded[kind]!.length, kind).toBeGreaterThan(0);
  });
  for (const name of STACKS) {
    it(`${name}: applies, and the plan after it has no changes`, () => {
      const outcome = run.stacks[name]!;
      expect(outcome.applyErrors, outcome.applyErrors.join("\n\n")).toEqual([]);
      expect(outcome.planErrors, outcome.planErrors.join("\n\n")).toEqual([]);
      expect(outcome.planned, "no plan covering this stack ran to the end").toBe(true);
      const detail = outcome.planChanges.map((change) => planExcerpt(run, change.split(":")[0]!)).join("\n");
      expect(outcome.planChanges, detail).toEqual([]);
    });
  }
});

describe("CloudFormation smoke test in the same moto", () => {
  for (const name of STACKS) {
    it(`${name}: the template is created (types moto lacks are listed, not failed)`, () => {
      if (cfnError) throw cfnError;
      const outcome = cfn[name]!;
      expect(outcome.resources).toBeGreaterThan(0);
      expect(outcome.status, `${outcome.reason ?? ""}; moto lacks: ${outcome.unsupported.join(", ")}`).toBe("CREATE_COMPLETE");
    });
  }
});
