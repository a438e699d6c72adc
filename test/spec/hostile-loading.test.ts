import { execFile, execFileSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/specs.js";
import { scratchProject } from "../support/workspace.js";

const exec = promisify(execFile);

/** The built CLI as users run it, with a hard time limit: a hang fails the test instead of the suite. */
async function run(cwd: string, env: Record<string, string>, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [join(ROOT, "bin/berth.js"), ...argv], { cwd, env: { ...process.env, ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; killed?: boolean; stdout?: string; stderr?: string };
    if (e.killed) throw new Error("berth did not exit within 60 s");
    return { code: e.code ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

const SPEC = `import { defineService } from "berth";
export default defineService({
  name: "loop-api", account: "123456789012", region: "us-east-1", cluster: "prod",
  cpu: 256, memory: 512,
  container: { image: "public.ecr.aws/docker/library/nginx:1.27", user: "101" },
  network: { vpc: "vpc-0a1b2c3d", subnets: ["subnet-0a1b2c3d"] },
});
`;

/** Reproducers: specs that made berth hang, exit silently or never return. */
describe("loading hostile specs", () => {
  it("a spec that starts a setInterval: berth writes its output and exits", async () => {
    const dir = await scratchProject();
    await writeFile(join(dir, "specs/loop-api.ts"), `setInterval(() => {}, 1000);\n${SPEC}`);
    const result = await run(dir, {}, "generate");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("wrote    loop-api/cloudformation/template.yaml");
  }, 90_000);

  it("a top-level await that never settles: B117 within the time limit instead of a silent exit 13", async () => {
    const dir = await scratchProject();
    await writeFile(join(dir, "specs/stuck.ts"), `await new Promise(() => {});\n${SPEC}`);
    const result = await run(dir, { BERTH_SPEC_TIMEOUT_SECONDS: "2" }, "validate");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("B117");
    expect(result.stderr).toContain("did not finish loading within 2 s");
  }, 90_000);

  it("a FIFO named like a YAML spec: B116, not a hang", async () => {
    const dir = await scratchProject();
    execFileSync("mkfifo", [join(dir, "specs/pipe.yaml")]);
    const result = await run(dir, {}, "validate");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("B116");
    expect(result.stderr).toContain("a FIFO (named pipe)");
  }, 90_000);
});
