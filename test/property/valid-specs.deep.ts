import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { TARGETS, type GeneratedFile } from "../../src/backends/backend.js";
import { compile } from "../../src/compile.js";
import { hasErrors, type Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { clusterSchema, loadBalancerSpecSchema, serviceFields, taskFields } from "../../src/spec/schema/index.js";
import { cfnLint, terraformReports, type TerraformReport, type ToolRun } from "../support/validators.js";
import { loadBases, type Base } from "./bases.js";
import { applyValidChanges, validChanges } from "./valid-mutations.js";

/**
 * Random valid specs through both engines' real validators. Each spec is an example or valid
 * fixture with random in-range changes (names, tags, variables, retention, counts, timeouts,
 * health checks, deployment percentages). 200 per run; BERTH_PROPERTY_RUNS asks for more and
 * BERTH_PROPERTY_SEED replays a run. A failing spec is printed whole: make it a fixture.
 */
const RUNS = Number(process.env["BERTH_PROPERTY_RUNS"] ?? 200);
const SEED = Number(process.env["BERTH_PROPERTY_SEED"] ?? 20261201);

interface Sample {
  readonly label: string;
  readonly base: Base;
  readonly spec: Record<string, unknown>;
  readonly diagnostics: readonly Diagnostic[];
  readonly files: readonly GeneratedFile[];
}

let samples: Sample[];
let lint: ToolRun;
let reports: Record<string, TerraformReport>;

beforeAll(async () => {
  const bases = await loadBases();
  const drawn = fc.sample(validChanges(bases), { numRuns: RUNS, seed: SEED });
  samples = [];
  for (const [i, changes] of drawn.entries()) {
    // Every base at least once (round robin), so the coverage test below does not depend on luck.
    const base = bases[i % bases.length]!;
    const spec = applyValidChanges(base, changes);
    const file = `random/${i}.ts`;
    const result = await compile([{ file, exported: { ...base.definition, spec } }, ...base.project], { targets: TARGETS, hcl: false });
    // Every stack of the sample (one per environment), by its folder.
    const folders = result.stacks.filter((s) => s.source === file).map((s) => `${result.folders[s.name] ?? s.name}/`);
    const own = result.files.filter((f) => folders.some((folder) => f.path.startsWith(folder)));
    samples.push({ label: `#${i} (from ${base.file})`, base, spec, diagnostics: result.diagnostics, files: own });
  }
  const valid = samples.filter((s) => !hasErrors(s.diagnostics));
  const out = await mkdtemp(join(tmpdir(), "berth-property-"));
  const templates: string[] = [];
  const configs: Record<string, Record<string, string>> = {};
  for (const [i, sample] of valid.entries()) {
    for (const file of sample.files) {
      const path = join(out, String(i), file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.contents);
      if (file.path.endsWith("template.yaml")) templates.push(path);
      if (file.path.endsWith("main.tf.json")) configs[`${sample.label} ${file.path}`] = { "main.tf.json": file.contents };
    }
  }
  [lint, reports] = await Promise.all([cfnLint(templates), terraformReports(configs)]);
}, 900_000);

describe(`${RUNS} random valid specs (seed ${SEED})`, () => {
  it("all validate without an error, and each compiles to both engines", () => {
    const failed = samples.filter((s) => hasErrors(s.diagnostics) || s.files.length === 0);
    const shown = failed.slice(0, 3).map((s) => `${s.label}: ${JSON.stringify(s.diagnostics.filter((d) => d.severity === "error"))}\n${JSON.stringify(s.spec)}`);
    expect(shown).toEqual([]);
    console.log(`property: ${samples.length} random valid specs compiled (seed ${SEED})`);
  });

  it("cfn-lint finds nothing in any of their templates", () => {
    expect(lint.output).toBe("");
    expect(lint.code).toBe(0);
  });

  it("terraform validate finds nothing in any of their configurations", () => {
    const bad = Object.entries(reports).filter(([, r]) => !r.valid || r.warning_count > 0);
    expect(bad.map(([label, r]) => `${label}: ${r.diagnostics.map((d) => d.summary).join("; ")}`)).toEqual([]);
    expect(Object.keys(reports).length).toBeGreaterThanOrEqual(samples.length);
  });

  it("reach every top-level field of every spec kind", () => {
    const shapes = {
      service: Object.keys(serviceFields.shape),
      task: Object.keys(taskFields.shape),
      cluster: Object.keys(clusterSchema.shape),
      "load-balancer": Object.keys(loadBalancerSpecSchema.shape),
    };
    const seen: Record<string, Set<string>> = { service: new Set<string>(), task: new Set<string>(), cluster: new Set<string>(), "load-balancer": new Set<string>() };
    for (const sample of samples) for (const key of Object.keys(sample.spec)) seen[sample.base.definition.kind]?.add(key);
    const missing = Object.entries(shapes).flatMap(([kind, keys]) => keys.filter((key) => !seen[kind]!.has(key)).map((key) => `${kind}.${key}`));
    expect(missing).toEqual([]);
  });
});
