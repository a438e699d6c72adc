import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../support/specs.js";

const exec = promisify(execFile);
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

let work: string;
let project: string;
let packed: string[];

/**
 * berth as an infra repo uses it: `npm pack` of this checkout installed into a fresh project
 * outside the repository (plain package.json, no "type"), specs in every flavour, `npx berth`.
 * The install is offline-first from npm's cache (the registry is asked only for what the
 * cache lacks). `npm test` builds dist/ first; packing skips the prepack build for that reason.
 */
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "berth-pack-"));
  const { stdout } = await exec(npm, ["pack", "--ignore-scripts", "--json", "--pack-destination", work], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  const [info] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  packed = info!.files.map((f) => f.path);
  project = join(work, "infra");
  await mkdir(join(project, "specs"), { recursive: true });
  await writeFile(join(project, "package.json"), JSON.stringify({ name: "infra", version: "1.0.0", private: true }, null, 2) + "\n");
  await exec(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", join(work, info!.filename)], { cwd: project, maxBuffer: 16 * 1024 * 1024 });
}, 600_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

async function npx(...argv: string[]): Promise<{ stdout: string; stderr: string }> {
  return exec(process.platform === "win32" ? "npx.cmd" : "npx", ["--no-install", ...argv], { cwd: project, maxBuffer: 16 * 1024 * 1024 });
}

describe("npm pack → install into a project without \"type\" → npx berth", () => {
  it("packs the CLI bundle, the library with its types, the schemas and the templates, and no sources or tests", () => {
    for (const file of ["bin/berth.js", "dist/cli-bundle/main.mjs", "dist/cli-bundle/emit-worker.mjs", "dist/index.js", "dist/index.d.ts", "dist/schema/service.json", "dist/schema/spec.json", "package.json"]) {
      expect(packed, file).toContain(file);
    }
    expect(packed.filter((path) => /^(src|test|specs|out)\//.test(path))).toEqual([]);
  });

  it("generates .ts, .mts and .cts specs (ES module syntax, CommonJS package) and a YAML spec from init", async () => {
    const api = await readFile(join(ROOT, "specs/my-api.ts"), "utf8");
    await writeFile(join(project, "specs/api.ts"), api);
    await writeFile(join(project, "specs/api-m.mts"), api.replace('name: "my-api"', 'name: "api-m"').replace("priority: 100,", "priority: 101,"));
    await writeFile(join(project, "specs/api-c.cts"), api.replace('name: "my-api"', 'name: "api-c"').replace("priority: 100,", "priority: 102,"));
    const init = await npx("berth", "init", "web", "--yaml");
    expect(init.stdout).toContain("wrote specs/web.yaml");
    const yamlText = await readFile(join(project, "specs/web.yaml"), "utf8");
    expect(yamlText.split("\n")[0]).toBe("# yaml-language-server: $schema=../node_modules/berth/dist/schema/service.json");

    const { stdout, stderr } = await npx("berth", "generate");
    expect(stdout).toContain("berth: 4 specs → out/");
    // Only the starter's placeholders are reported (B120 warnings); nothing about the default export.
    expect(stderr).not.toContain("B110");
    expect(stderr).toContain("B120");
    expect((await readdir(join(project, "out"))).sort()).toEqual([".berth-manifest.json", "api-c", "api-m", "my-api", "web"]);
    expect(await readFile(join(project, "out/api-c/terraform/main.tf.json"), "utf8")).toContain('"name": "api-c"');
    expect((await readdir(project)).sort()).toEqual(["node_modules", "out", "package-lock.json", "package.json", "specs"]);
  });

  it("gives specs berth's types: `import { defineService } from \"berth\"` type-checks, and a wrong field does not", async () => {
    const tsc = join(ROOT, "node_modules/.bin/tsc");
    const tsconfig = { compilerOptions: { module: "nodenext", target: "es2022", strict: true, noEmit: true, skipLibCheck: true, types: [] }, include: ["specs/*.ts", "specs/*.mts", "specs/*.cts"] };
    await writeFile(join(project, "tsconfig.json"), JSON.stringify(tsconfig));
    await exec(tsc, ["-p", "."], { cwd: project });
    const source = await readFile(join(project, "specs/api-c.cts"), "utf8");
    await writeFile(join(project, "specs/api-c.cts"), source.replace("cpu: 512", 'cpu: "512"'));
    const failed = await exec(tsc, ["-p", "."], { cwd: project }).then(
      () => undefined,
      (error: { stdout: string }) => error.stdout,
    );
    expect(failed).toMatch(/specs\/api-c\.cts\(\d+,\d+\): error TS2322/);
    await rm(join(project, "tsconfig.json"));
  });
});
