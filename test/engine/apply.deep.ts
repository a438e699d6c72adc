import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyStack, startMoto, type EngineResult, type Moto } from "../support/engine.js";

/**
 * Issue 10 item 3: the committed Terraform of every example (out/<name>/terraform) applied by
 * `terraform apply` against moto in server mode, then `terraform plan -detailed-exitcode` must say
 * "no changes". Two moto servers, each working through half of the stacks, use both cores.
 */
const OUT = "out";
const STACKS = readdirSync(OUT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const WORKERS = 2;

const servers: Moto[] = [];
const results = new Map<string, Promise<EngineResult>>();

/** The lines of a terraform run worth reading in a failure (errors and the planned changes). */
function excerpt(result: EngineResult): string {
  const run = result.plan ?? result.apply ?? result.init;
  return run.output.split("\n").filter((line) => !/Refreshing state|Reading\.\.\.|Read complete/.test(line)).join("\n");
}

beforeAll(async () => {
  for (let i = 0; i < WORKERS; i++) servers.push(await startMoto());
  const queue = [...STACKS];
  const settle = new Map<string, (result: Promise<EngineResult>) => void>();
  for (const name of STACKS) results.set(name, new Promise((resolve) => settle.set(name, resolve)));
  for (const moto of servers) {
    void (async () => {
      for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
        const run = applyStack(moto, join(OUT, name, "terraform", "main.tf.json"));
        settle.get(name)!(run);
        await run.catch(() => undefined);
      }
    })();
  }
});

afterAll(async () => {
  const settled = await Promise.all([...results.values()].map((r) => r.catch(() => undefined)));
  const applied = settled.filter((r) => r?.apply?.code === 0).length;
  const clean = settled.filter((r) => r?.planClean).length;
  console.log(`engine: ${applied}/${STACKS.length} stacks applied to moto, ${clean}/${STACKS.length} plans clean; moto patches: ${servers[0]?.patches.join(", ") || "none"}`);
  await Promise.all(servers.map((moto) => moto.stop()));
});

describe("terraform apply against moto", () => {
  it("finds every example's output", () => {
    expect(STACKS.length).toBeGreaterThan(10);
  });
  for (const name of STACKS) {
    it(`${name}: applies, and the plan after it has no changes`, async () => {
      const result = await results.get(name)!;
      expect(result.init.code, result.init.output).toBe(0);
      expect(result.apply?.code, excerpt(result)).toBe(0);
      expect(result.planClean, excerpt(result)).toBe(true);
    });
  }
});
