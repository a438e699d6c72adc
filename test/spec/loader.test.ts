import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findSpecFiles, loadSpecs } from "../../src/spec/loader.js";
import { scratchProject } from "../support/workspace.js";

/** Writes files (relative path → text) into a fresh scratch project and returns its folder. */
async function project(files: Record<string, string>): Promise<string> {
  const dir = await scratchProject();
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, ".."), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

async function load(dir: string) {
  const { files } = await findSpecFiles(["specs"], dir);
  return loadSpecs(files, dir);
}

const CLUSTER = (name: string) => `{ name: ${JSON.stringify(name)}, account: "123456789012", region: "us-east-1" }`;

describe("loadSpecs (one esbuild pass, one module per spec)", () => {
  it("resolves berth, relative helpers, Node built-ins, packages and import.meta.url as the spec's own file would", async () => {
    const dir = await project({
      "specs/shared/naming.ts": 'export const prefix = (s: string): string => `team-${s}`;\n',
      "specs/a.ts": [
        'import { defineCluster } from "berth";',
        'import { basename } from "node:path";',
        'import yaml from "js-yaml";',
        'import { prefix } from "./shared/naming.js";',
        "const fromYaml = yaml.load(\"name: yaml\") as { name: string };",
        "export default defineCluster({ ...(" + CLUSTER("x") + "), name: prefix(basename(new URL(import.meta.url).pathname, \".ts\") + \"-\" + fromYaml.name) });",
      ].join("\n"),
    });
    const result = await load(dir);
    expect(result.diagnostics).toEqual([]);
    expect(result.specs).toEqual([{ file: "specs/a.ts", exported: { kind: "cluster", spec: { name: "team-a-yaml", account: "123456789012", region: "us-east-1" } } }]);
  });

  it("loads CommonJS specs (.cts with require and module.exports)", async () => {
    const dir = await project({
      "specs/c.cts": `const { defineCluster } = require("berth");\nconst { basename } = require("node:path");\nmodule.exports = defineCluster({ ...(${CLUSTER("x")}), name: basename(__filename, ".cts") });\n`,
    });
    const result = await load(dir);
    expect(result.diagnostics).toEqual([]);
    expect(result.specs[0]).toMatchObject({ file: "specs/c.cts", exported: { kind: "cluster", spec: { name: "c" } } });
  });

  it("loads specs in a package without \"type\": TypeScript and tsc's CommonJS output alike (no B110 \"plain object\")", async () => {
    // What `tsc` emits for `export default defineCluster(...)` in a package without "type": "module".
    const dir = await project({
      // specs/ is a package of its own without "type": its .js files are CommonJS, its .ts specs still load.
      "specs/package.json": '{ "name": "infra", "private": true }\n',
      "specs/source.ts": `import { defineCluster } from "berth";\nexport default defineCluster(${CLUSTER("source")});\n`,
      "specs/compiled.js": [
        '"use strict";',
        'Object.defineProperty(exports, "__esModule", { value: true });',
        'const berth_1 = require("berth");',
        `exports.default = (0, berth_1.defineCluster)(${CLUSTER("compiled")});`,
      ].join("\n"),
      // module.exports without the __esModule mark is taken as it is, as Node would.
      "specs/plain.cjs": `module.exports = { default: require("berth").defineCluster(${CLUSTER("plain")}) };\n`,
    });
    const result = await load(dir);
    expect(result.diagnostics).toEqual([]);
    expect(result.specs[0]).toMatchObject({ file: "specs/compiled.js", exported: { kind: "cluster", spec: { name: "compiled" } } });
    expect(result.specs[1]!.exported).toMatchObject({ default: { kind: "cluster", spec: { name: "plain" } } });
    expect(result.specs[2]).toMatchObject({ file: "specs/source.ts", exported: { kind: "cluster", spec: { name: "source" } } });
  });

  it("reports YAML that does not parse as B121 at its line and column, with a YAML hint", async () => {
    const dir = await project({ "specs/broken.yaml": "service:\n  name: x\n  cpu: [256\n" });
    const result = await load(dir);
    expect(result.diagnostics).toHaveLength(1);
    const [diagnostic] = result.diagnostics;
    expect(diagnostic).toMatchObject({ code: "B121", severity: "error", file: "specs/broken.yaml", location: { line: 4, column: 1 } });
    expect(diagnostic!.hint).toContain("indentation");
    expect(diagnostic!.hint).not.toContain("TypeScript");
  });

  it("pins a syntax error to file:line:col and still loads the other specs", async () => {
    const dir = await project({
      "specs/broken.ts": 'import { defineCluster } from "berth";\n\nexport default defineCluster({ name: "x" ;\n',
      "specs/fine.ts": `import { defineCluster } from "berth";\nexport default defineCluster(${CLUSTER("fine")});\n`,
    });
    const result = await load(dir);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: "B111", file: "specs/broken.ts" });
    expect(result.diagnostics[0]!.message).toContain("specs/broken.ts:3:");
    expect(result.specs.map((s) => s.file)).toEqual(["specs/fine.ts"]);
  });

  it("turns a spec that throws while loading into B111 for that spec alone", async () => {
    const dir = await project({
      "specs/a-throws.ts": 'throw new Error("no config for region");\nexport default 1;\n',
      "specs/b-fine.ts": `import { defineCluster } from "berth";\nexport default defineCluster(${CLUSTER("fine")});\n`,
    });
    const result = await load(dir);
    expect(result.diagnostics).toMatchObject([{ code: "B111", file: "specs/a-throws.ts" }]);
    expect(result.diagnostics[0]!.message).toContain("no config for region");
    expect(result.specs.map((s) => s.file)).toEqual(["specs/b-fine.ts"]);
  });

  it("reports an import that does not resolve as B111 naming the module", async () => {
    const dir = await project({ "specs/missing.ts": 'import { x } from "./nowhere.js";\nexport default x;\n' });
    const result = await load(dir);
    expect(result.diagnostics).toMatchObject([{ code: "B111", file: "specs/missing.ts" }]);
    expect(result.diagnostics[0]!.message).toContain("./nowhere.js");
  });
});
