import { readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readTree, scratchProject } from "../support/workspace.js";
import { berth } from "./run-cli.js";

describe("berth generate", () => {
  it("writes both targets, rewrites nothing the second time, and --check tracks spec edits", async () => {
    const dir = await scratchProject(["specs/my-api.ts"]);
    const first = await berth(dir, "generate");
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain("wrote    my-api/cloudformation/template.yaml");
    expect(first.stdout).toContain("wrote    my-api/terraform/main.tf.json");
    const template = join(dir, "out/my-api/cloudformation/template.yaml");
    const mtime = (await stat(template)).mtimeMs;

    const second = await berth(dir, "generate");
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("0 written");
    expect((await stat(template)).mtimeMs).toBe(mtime);
    expect((await berth(dir, "generate", "--check")).code).toBe(0);

    const specPath = join(dir, "specs/my-api.ts");
    await writeFile(specPath, (await readFile(specPath, "utf8")).replace("desiredCount: 3", "desiredCount: 4"));
    const check = await berth(dir, "generate", "--check");
    expect(check.code).toBe(1);
    expect(check.stderr).toContain("stale    my-api/cloudformation/template.yaml");
    expect((await stat(template)).mtimeMs).toBe(mtime);
  });

  it("rejects cpu 512 with memory 8192: exit 1, file and field named, valid values listed, nothing written", async () => {
    const dir = await scratchProject(["specs/my-api.ts"]);
    const specPath = join(dir, "specs/my-api.ts");
    await writeFile(specPath, (await readFile(specPath, "utf8")).replace("memory: 1024", "memory: 8192"));
    const result = await berth(dir, "generate");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("specs/my-api.ts");
    expect(result.stderr).toMatch(/B202 at memory/);
    expect(result.stderr).toContain("1024, 2048, 3072, 4096");
    expect(result.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    expect(result.stdout).toBe("");
    expect((await readTree(dir)).has("out/.berth-manifest.json")).toBe(false);
  });

  it("reports a spec that does not compile as a diagnostic, not a crash", async () => {
    const dir = await scratchProject();
    await writeFile(join(dir, "specs/broken.ts"), "export default {{ not typescript\n");
    const result = await berth(dir, "generate");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("B111");
    expect(result.stderr).toContain("specs/broken.ts");
  });

  it("reports a default export that is not a definition", async () => {
    const dir = await scratchProject();
    await writeFile(join(dir, "specs/plain.ts"), "export default { name: 'x' };\n");
    const result = await berth(dir, "validate");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("B110");
  });

  it("exits 2 on usage errors", async () => {
    const dir = await scratchProject();
    expect((await berth(dir, "generate", "--target", "pulumi")).code).toBe(2);
    expect((await berth(dir, "generate", "nowhere/")).code).toBe(2);
    expect((await berth(dir, "generate")).code).toBe(2); // specs/ is empty
    expect((await berth(dir, "frobnicate")).code).toBe(2);
  });

  it("emits one target on request and leaves the other target's files alone", async () => {
    const dir = await scratchProject(["specs/ledger-worker.ts"]);
    expect((await berth(dir, "generate")).code).toBe(0);
    const before = await readTree(join(dir, "out"));
    const only = await berth(dir, "generate", "--target", "cloudformation");
    expect(only.code, only.stderr).toBe(0);
    expect(only.stdout).toContain("0 written");
    expect(only.stdout).toContain("0 deleted");
    expect(await readTree(join(dir, "out"))).toEqual(before);
    expect((await berth(dir, "generate", "--target", "terraform", "--check")).code).toBe(0);
  });
});

describe("partial runs", () => {
  it("generating one spec file leaves the other specs' output and manifest entries alone; --check stays right", async () => {
    const dir = await scratchProject(["specs/ledger-worker.ts", "specs/my-api.ts"]);
    expect((await berth(dir, "generate")).code).toBe(0);
    const before = await readTree(join(dir, "out"));
    const one = await berth(dir, "generate", "specs/my-api.ts");
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toContain("0 deleted");
    expect(await readTree(join(dir, "out"))).toEqual(before);
    expect((await berth(dir, "generate", "specs/my-api.ts", "--check")).code).toBe(0);
    // A partial --check still sees its own spec's staleness, and only its own.
    const specPath = join(dir, "specs/my-api.ts");
    await writeFile(specPath, (await readFile(specPath, "utf8")).replace("desiredCount: 3", "desiredCount: 4"));
    const stale = await berth(dir, "generate", "specs/ledger-worker.ts", "--check");
    expect(stale.code, stale.stderr).toBe(0);
    const mine = await berth(dir, "generate", "specs/my-api.ts", "--check");
    expect(mine.code).toBe(1);
    expect(mine.stderr).toContain("stale    my-api/cloudformation/template.yaml");
    expect(mine.stderr).not.toContain("ledger-worker");
  });

  it("a full run prunes the output of a deleted spec; a partial run only with --prune", async () => {
    const dir = await scratchProject(["specs/ledger-worker.ts", "specs/my-api.ts"]);
    expect((await berth(dir, "generate")).code).toBe(0);
    await rm(join(dir, "specs/ledger-worker.ts"));
    const partial = await berth(dir, "generate", "specs/my-api.ts");
    expect(partial.stdout).toContain("0 deleted");
    expect((await readTree(join(dir, "out"))).has("ledger-worker/cloudformation/template.yaml")).toBe(true);
    // The full --check notices the leftover output, which the partial run kept owned.
    const check = await berth(dir, "generate", "--check");
    expect(check.code).toBe(1);
    expect(check.stderr).toContain("extra    ledger-worker/cloudformation/template.yaml");
    const pruned = await berth(dir, "generate", "specs/my-api.ts", "--prune");
    expect(pruned.code, pruned.stderr).toBe(0);
    expect(pruned.stdout).toContain("deleted  ledger-worker/terraform/main.tf.json");
    const tree = await readTree(join(dir, "out"));
    expect([...tree.keys()].filter((p) => p.startsWith("ledger-worker/"))).toEqual([]);
    expect((await berth(dir, "generate", "--check")).code).toBe(0);
  });

  it("a full run deletes a removed spec's output without --prune", async () => {
    const dir = await scratchProject(["specs/ledger-worker.ts", "specs/my-api.ts"]);
    expect((await berth(dir, "generate")).code).toBe(0);
    await rm(join(dir, "specs/ledger-worker.ts"));
    const full = await berth(dir, "generate");
    expect(full.stdout).toContain("deleted  ledger-worker/cloudformation/template.yaml");
    expect((await readTree(join(dir, "out"))).has("my-api/cloudformation/template.yaml")).toBe(true);
  });
});

describe("environments", () => {
  it("writes out/<name>/<env>/ per environment; --env generates some and leaves the others alone", async () => {
    const dir = await scratchProject(["specs/checkout-api.ts", "specs/ledger-worker.ts"]);
    const all = await berth(dir, "generate");
    expect(all.code, all.stderr).toBe(0);
    const before = await readTree(join(dir, "out"));
    expect([...before.keys()].filter((p) => p.startsWith("checkout-api/"))).toEqual([
      "checkout-api/prod/README.md",
      "checkout-api/prod/cloudformation/template.yaml",
      "checkout-api/prod/terraform/main.tf.json",
      "checkout-api/staging/README.md",
      "checkout-api/staging/cloudformation/template.yaml",
      "checkout-api/staging/terraform/main.tf.json",
    ]);
    expect(before.get("checkout-api/staging/cloudformation/template.yaml")).toContain("ServiceName: checkout-api-staging");
    expect(before.get("checkout-api/prod/cloudformation/template.yaml")).toContain("ServiceName: checkout-api-prod");

    // Staging gets a change; generating only prod neither writes it nor deletes staging's files.
    const specPath = join(dir, "specs/checkout-api.ts");
    await writeFile(specPath, (await readFile(specPath, "utf8")).replace("desiredCount: 1,", "desiredCount: 2,"));
    const prod = await berth(dir, "generate", "--env", "prod");
    expect(prod.code, prod.stderr).toBe(0);
    expect(prod.stdout).toContain("0 written");
    expect(prod.stdout).toContain("0 deleted");
    expect(await readTree(join(dir, "out"))).toEqual(before);
    const stagingCheck = await berth(dir, "generate", "--env", "staging", "--check");
    expect(stagingCheck.code).toBe(1);
    expect(stagingCheck.stderr).toContain("stale    checkout-api/staging/cloudformation/template.yaml");
    const staging = await berth(dir, "generate", "--env", "staging,prod");
    expect(staging.stdout).toContain("wrote    checkout-api/staging/cloudformation/template.yaml");
    expect(staging.stdout).not.toContain("checkout-api/prod/");
    expect((await berth(dir, "generate", "--check")).code).toBe(0);
  });

  it("a spec that gains environments moves its output; the flat files go on the next run of it", async () => {
    const dir = await scratchProject(["specs/ledger-worker.ts"]);
    expect((await berth(dir, "generate")).code).toBe(0);
    const specPath = join(dir, "specs/ledger-worker.ts");
    await writeFile(specPath, (await readFile(specPath, "utf8")).replace('tags: { team: "ledger" },', 'tags: { team: "ledger" },\n  environments: { staging: { desiredCount: 1 }, prod: {} },'));
    const moved = await berth(dir, "generate", "specs/ledger-worker.ts");
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stdout).toContain("deleted  ledger-worker/cloudformation/template.yaml");
    const tree = await readTree(join(dir, "out"));
    expect([...tree.keys()].filter((p) => p.endsWith("template.yaml"))).toEqual([
      "ledger-worker/prod/cloudformation/template.yaml",
      "ledger-worker/staging/cloudformation/template.yaml",
    ]);
  });

  it("refuses an --env no spec declares (B145) and an empty --env", async () => {
    const dir = await scratchProject(["specs/checkout-api.ts"]);
    const unknown = await berth(dir, "generate", "--env", "qa");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("B145");
    expect(unknown.stderr).toContain("Environments the specs declare: prod, staging.");
    expect((await berth(dir, "generate", "--env", ",")).code).toBe(2);
  });

  it("validates each environment and says which one a finding belongs to", async () => {
    const dir = await scratchProject(["specs/checkout-api.ts"]);
    const specPath = join(dir, "specs/checkout-api.ts");
    await writeFile(specPath, (await readFile(specPath, "utf8")).replace("memory: 2048,", "memory: 512,"));
    const result = await berth(dir, "validate");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/specs\/checkout-api\.ts:\d+:\d+: error B202 at environments\.prod\.memory/);
    expect(result.stderr).not.toContain("environments.staging");
  });

  it("works in YAML specs", async () => {
    const dir = await scratchProject();
    const yamlSpec = [
      "task:",
      "  name: nightly-export",
      "  account: '123456789012'",
      "  region: us-east-1",
      "  cluster: prod-cluster",
      "  cpu: 256",
      "  memory: 512",
      "  container: { image: 'nginx:1.27' }",
      "  network: { vpc: vpc-0a1b2c3d, subnets: [subnet-0a1b2c3d] }",
      "  environments:",
      "    staging: { memory: 1024 }",
      "    prod: { cpu: 512, memory: 1024, network: { subnets: [subnet-4e5f6a7b] } }",
      "",
    ].join("\n");
    await writeFile(join(dir, "specs/nightly-export.yaml"), yamlSpec);
    const result = await berth(dir, "generate");
    expect(result.code, result.stderr).toBe(0);
    const tree = await readTree(join(dir, "out"));
    const staging = tree.get("nightly-export/staging/cloudformation/template.yaml")!;
    expect(staging).toContain("# Generated by berth from specs/nightly-export.yaml (environment staging).");
    expect(staging).toContain('Memory: "1024"');
    expect(tree.get("nightly-export/prod/cloudformation/template.yaml")).toContain("subnet-4e5f6a7b");
    expect(tree.get("nightly-export/prod/terraform/main.tf.json")).toContain('"family": "nightly-export-prod"');
  });
});

describe("berth validate", () => {
  it("accepts the examples and writes nothing", async () => {
    const dir = await scratchProject(["specs/my-api.ts", "specs/ledger-worker.ts"]);
    const result = await berth(dir, "validate");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("2 specs valid");
    expect((await readTree(dir)).size).toBe(2);
  });
});

describe("YAML specs", () => {
  it("validates and compiles a `service:` document", async () => {
    const dir = await scratchProject();
    const yamlSpec = [
      "service:",
      "  name: ledger-worker",
      "  account: '123456789012'",
      "  region: us-east-1",
      "  cluster: prod-cluster",
      "  cpu: 256",
      "  memory: 4096",
      "  container: { image: 'nginx:1.27', port: 8080 }",
      "  network: { vpc: vpc-0a1b2c3d, subnets: [subnet-0a1b2c3d] }",
      "",
    ].join("\n");
    await writeFile(join(dir, "bad.yaml"), yamlSpec);
    const bad = await berth(dir, "validate", "bad.yaml");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad\.yaml:7:3: error B202 at memory/);
    await writeFile(join(dir, "good.yml"), yamlSpec.replace("memory: 4096", "memory: 512"));
    const good = await berth(dir, "generate", "good.yml", "--out", "from-yaml");
    expect(good.code, good.stderr).toBe(0);
    const tree = await readTree(join(dir, "from-yaml"));
    expect(tree.get("ledger-worker/cloudformation/template.yaml")).toContain("# Generated by berth from good.yml.");
  });

  it("reports unreadable YAML as B121 at file:line:col with a YAML hint", async () => {
    const dir = await scratchProject();
    await writeFile(join(dir, "specs/broken.yaml"), "service: [unclosed\n");
    const result = await berth(dir, "validate");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/specs\/broken\.yaml:2:1: error B121/);
    expect(result.stderr).toContain("indentation");
    expect(result.stderr).not.toContain("TypeScript");
  });

  it("points spec diagnostics at file:line:col in block and flow YAML", async () => {
    const dir = await scratchProject();
    const lines = [
      "service:",
      "  name: ledger-worker",
      "  account: '123456789012'",
      "  region: us-east-1",
      "  cluster: prod-cluster",
      "  cpu: 256",
      "  memory: 4096",
      "  container: { image: 'nginx:1.27', port: 8080 }",
      "  network:",
      "    vpc: vpc-0a1b2c3d",
      "    subnets:",
      "      - subnet-0a1b2c3d",
      "      - not-a-subnet",
      "",
    ];
    await writeFile(join(dir, "specs/where.yaml"), lines.join("\n"));
    const result = await berth(dir, "validate");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/specs\/where\.yaml:7:3: error B202 at memory/);
    expect(result.stderr).toMatch(/specs\/where\.yaml:13:9: error B\d+ at network\.subnets\[1\]/);
  });
});
