import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/specs.js";
import { scratchProject } from "../support/workspace.js";
import { berth, builtBerth } from "./run-cli.js";

/** A project with a valid spec and one with cpu 512 / memory 8192 (B202 at memory) and a placeholder (B120). */
async function projectWithProblems(): Promise<string> {
  const dir = await scratchProject(["specs/my-api.ts"]);
  const source = await readFile(join(dir, "specs/my-api.ts"), "utf8");
  await writeFile(join(dir, "specs/bad.ts"), source.replace('name: "my-api"', 'name: "bad"').replace("memory: 1024", "memory: 8192").replace('vpc: "vpc-0a1b2c3d"', 'vpc: "vpc-00000000000000000"').replace("priority: 100", "priority: 101"));
  return dir;
}

describe("--json", () => {
  it("prints the diagnostics as one JSON array on stdout and everything else on stderr", async () => {
    const dir = await projectWithProblems();
    for (const argv of [["--json", "validate"], ["validate", "--json"], ["--format", "json", "generate"]]) {
      const result = await berth(dir, ...argv);
      expect(result.code, argv.join(" ")).toBe(1);
      const diagnostics = JSON.parse(result.stdout) as Record<string, unknown>[];
      // Sorted as the text form: by file, then line (memory comes before network).
      expect(diagnostics.map((d) => d.code)).toEqual(["B202", "B120"]);
      expect(diagnostics[0]).toEqual({
        code: "B202",
        severity: "error",
        file: "specs/bad.ts",
        line: expect.any(Number),
        column: expect.any(Number),
        path: "memory",
        message: expect.stringContaining("8192"),
        hint: expect.any(String),
      });
      expect(diagnostics[1]).toMatchObject({ severity: "warning", path: "network.vpc" });
      expect(result.stderr).toContain("1 error, 1 warning");
    }
  });

  it("prints an empty array when all is well, and moves the run's report to stderr", async () => {
    const dir = await scratchProject(["specs/ledger-worker.ts"]);
    const result = await berth(dir, "--json", "generate");
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
    expect(result.stderr).toContain("wrote    ledger-worker/cloudformation/template.yaml");
  });
});

describe("--format github", () => {
  it("writes one workflow annotation per diagnostic on stdout, escaped, and the text form on stderr", async () => {
    const dir = await projectWithProblems();
    const result = await berth(dir, "--format", "github", "validate");
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^::warning file=specs\/bad\.ts,line=\d+,col=\d+,title=berth B120::B120 at network\.vpc: /);
    expect(lines[0]).toMatch(/^::error file=specs\/bad\.ts,line=\d+,col=\d+,title=berth B202::B202 at memory: .*8192.*%0Ahint: /);
    expect(result.stderr).toMatch(/specs\/bad\.ts:\d+:\d+: error B202 at memory/);
    expect((await berth(dir, "--format", "sarif", "validate")).code).toBe(2);
  });
});

describe("the built CLI", () => {
  it("prints package.json's version", async () => {
    const { version } = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as { version: string };
    for (const flag of ["--version", "-V"]) {
      const result = await builtBerth(ROOT, flag);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`${version}\n`);
    }
  });

  it("lists every command in --help and describes --hcl as it behaves", async () => {
    const help = await builtBerth(ROOT, "--help");
    expect(help.code).toBe(0);
    for (const command of ["generate", "validate", "import", "init", "schema"]) expect(help.stdout).toMatch(new RegExp(`^  ${command} `, "m"));
    for (const option of ["--version", "--json", "--format"]) expect(help.stdout).toContain(option);
    const generate = await builtBerth(ROOT, "generate", "--help");
    expect(generate.stdout.replace(/\s+/g, " ")).toContain("--hcl write Terraform as HCL (main.tf) instead of JSON (main.tf.json)");
  });

  it("--hcl writes main.tf instead of main.tf.json, and a run leaves nothing but out/ in the working directory", async () => {
    const dir = await scratchProject(["specs/ledger-worker.ts"]);
    const result = await builtBerth(dir, "generate", "--hcl");
    expect(result.code, result.stderr).toBe(0);
    expect((await readdir(join(dir, "out/ledger-worker/terraform"))).sort()).toEqual(["main.tf"]);
    // cdktf's App used to leave an empty stacks/ here on every run.
    expect((await readdir(dir)).sort()).toEqual(["out", "specs"]);
  });
});
