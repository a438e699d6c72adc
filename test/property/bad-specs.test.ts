import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import fc from "fast-check";
import yaml from "js-yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { TARGETS } from "../../src/backends/backend.js";
import { compile, type CompileResult } from "../../src/compile.js";
import { ROOT } from "../support/specs.js";
import { readTree } from "../support/workspace.js";
import { loadBases, type Base } from "./bases.js";
import { applyCorruption, badSpecs } from "./corruptions.js";

const exec = promisify(execFile);

/**
 * Random bad specs: each a valid example or fixture with one corruption that makes it invalid.
 * Every one must give at least one coded error with a spec path and no exception (in process,
 * 1,000 per run; BERTH_PROPERTY_BAD_RUNS for more, BERTH_PROPERTY_SEED to replay). A sample also
 * goes through the CLI as YAML: exit 1, no stack trace, and the output folder untouched.
 */
const RUNS = Number(process.env["BERTH_PROPERTY_BAD_RUNS"] ?? 1000);
const CLI_SAMPLE = 12;
const SEED = Number(process.env["BERTH_PROPERTY_SEED"] ?? 20261201);

interface Tried {
  readonly label: string;
  readonly kind: string;
  readonly spec: Record<string, unknown>;
  readonly result?: CompileResult;
  readonly thrown?: unknown;
}

let tried: Tried[];

beforeAll(async () => {
  const bases: Base[] = await loadBases();
  tried = [];
  const draws = fc.sample(badSpecs(bases), { numRuns: RUNS * 3, seed: SEED });
  for (const draw of draws) {
    if (tried.length === RUNS) break;
    const base = bases[draw.base]!;
    const corrupted = applyCorruption(base, draw);
    if (corrupted === undefined) continue;
    const label = `#${tried.length} ${base.file}: ${corrupted.describe}`;
    try {
      const result = await compile([{ file: `bad/${tried.length}.ts`, exported: { ...base.definition, spec: corrupted.spec } }, ...base.project], {
        targets: TARGETS,
        hcl: false,
      });
      tried.push({ label, kind: base.definition.kind, spec: corrupted.spec, result });
    } catch (thrown) {
      tried.push({ label, kind: base.definition.kind, spec: corrupted.spec, thrown });
    }
  }
}, 600_000);

describe(`${RUNS} random bad specs (seed ${SEED})`, () => {
  it("were all drawn", () => {
    expect(tried.length).toBe(RUNS);
    console.log(`property: ${tried.length} random bad specs tried (seed ${SEED})`);
  });

  it("never throw", () => {
    expect(tried.filter((t) => t.thrown !== undefined).map((t) => `${t.label}: ${String(t.thrown)}`)).toEqual([]);
  });

  it("each give at least one coded error with a spec path, a message and a hint", () => {
    const bad = tried.filter((t) => {
      const errors = (t.result?.diagnostics ?? []).filter((d) => d.severity === "error");
      return errors.length === 0 || !errors.every((d) => /^B\d{3}$/.test(d.code) && d.path !== "" && d.message.trim() !== "" && d.hint !== undefined);
    });
    expect(bad.slice(0, 5).map((t) => `${t.label}\n${JSON.stringify(t.result?.diagnostics)}`)).toEqual([]);
  });

  it("produce no files", () => {
    expect(tried.filter((t) => (t.result?.files.length ?? 0) > 0).map((t) => t.label)).toEqual([]);
  });

  it(`through the CLI (${CLI_SAMPLE} as YAML): exit 1, no stack trace, the output folder untouched`, async () => {
    const dir = await mkdtemp(join(tmpdir(), "berth-bad-"));
    const out = join(dir, "out");
    const good = join(dir, "good.yaml");
    await writeFile(good, yaml.dump({ service: tried[0] === undefined ? {} : minimalService() }));
    const cli = (args: string[]) => exec(process.execPath, [join(ROOT, "bin/berth.js"), ...args], { cwd: dir }).then(() => ({ code: 0, stderr: "" }), (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }));
    expect((await cli(["generate", good, "--out", out])).code).toBe(0);
    const before = await readTree(out);
    const sample = tried.filter((t) => t.kind !== "cluster").slice(0, CLI_SAMPLE);
    for (const [i, t] of sample.entries()) {
      const file = join(dir, `bad-${i}.yaml`);
      await writeFile(file, yaml.dump({ [t.kind]: t.spec }, { noRefs: true }));
      const run = await cli(["generate", file, "--out", out]);
      expect(run.code, t.label).toBe(1);
      expect(run.stderr, t.label).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(run.stderr, t.label).toMatch(/\bB\d{3}\b/);
    }
    expect(await readTree(out)).toEqual(before);
  }, 300_000);
});

/** A small valid service for the output folder the bad runs must leave alone. */
function minimalService(): Record<string, unknown> {
  return {
    name: "keeper",
    account: "123456789012",
    region: "us-east-1",
    cluster: "prod-cluster",
    cpu: 256,
    memory: 512,
    container: { image: "public.ecr.aws/docker/library/busybox:1.36.1", user: "65534" },
    network: { vpc: "vpc-0a1b2c3d", subnets: ["subnet-0a1b2c3d"] },
  };
}
