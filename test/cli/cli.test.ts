import { readFile, stat, writeFile } from "node:fs/promises";
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

  it("emits one target on request and deletes the other's stale files", async () => {
    const dir = await scratchProject(["specs/ledger-worker.ts"]);
    expect((await berth(dir, "generate")).code).toBe(0);
    const only = await berth(dir, "generate", "--target", "cloudformation");
    expect(only.code).toBe(0);
    expect(only.stdout).toContain("deleted  ledger-worker/terraform/main.tf.json");
    const tree = await readTree(join(dir, "out"));
    // The README describes both engines, so it is written whatever the target.
    expect([...tree.keys()]).toEqual([".berth-manifest.json", "ledger-worker/README.md", "ledger-worker/cloudformation/template.yaml"]);
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
