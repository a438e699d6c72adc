import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyStacks, planExcerpt, startMoto, type EngineRun, type Moto } from "../support/engine.js";

/**
 * Issue 10 item 3: the committed Terraform of every example (out/<name>/terraform) applied by
 * `terraform apply` against moto in server mode, then the plan after it must have no changes.
 * All stacks go into one terraform root (one module each), so terraform applies them in parallel.
 */
const OUT = "out";
const STACKS = readdirSync(OUT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

let moto: Moto | undefined;
let run: EngineRun;

beforeAll(async () => {
  moto = await startMoto();
  run = await applyStacks(moto, Object.fromEntries(STACKS.map((name) => [name, join(OUT, name, "terraform", "main.tf.json")])));
});

afterAll(async () => {
  if (run) {
    const outcomes = Object.values(run.stacks);
    const applied = outcomes.filter((o) => o.applyErrors.length === 0).length;
    const clean = outcomes.filter((o) => o.applyErrors.length === 0 && o.planChanges.length === 0).length;
    console.log(
      `engine: ${applied}/${STACKS.length} stacks applied to moto, ${clean}/${STACKS.length} plans clean; ` +
        `moto patches: ${moto?.patches.join(", ") || "none"}`,
    );
  }
  await moto?.stop();
});

describe("terraform apply against moto", () => {
  it("finds every example's output and seeds moto with what the stacks refer to", () => {
    expect(STACKS.length).toBeGreaterThan(10);
    expect(run.init.code, run.init.output).toBe(0);
    expect(run.seeded.listeners!.length).toBeGreaterThan(0);
  });
  for (const name of STACKS) {
    it(`${name}: applies, and the plan after it has no changes`, () => {
      const outcome = run.stacks[name]!;
      expect(outcome.applyErrors, outcome.applyErrors.join("\n\n")).toEqual([]);
      const detail = outcome.planChanges.map((change) => planExcerpt(run, change.split(":")[0]!)).join("\n");
      expect(outcome.planChanges, detail).toEqual([]);
    });
  }
});
