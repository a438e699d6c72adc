import { access, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { PLACEHOLDERS } from "../../src/spec/placeholders.js";
import { readTree, scratchProject } from "../support/workspace.js";
import { berth } from "./run-cli.js";

/** Real-looking values for every placeholder, as a user would fill them in. */
const REAL: Record<string, string> = {
  [PLACEHOLDERS.account]: "123456789012",
  [PLACEHOLDERS.vpc]: "vpc-0a1b2c3d4e5f60718",
  [PLACEHOLDERS.subnetA]: "subnet-0a1b2c3d4e5f60718",
  [PLACEHOLDERS.subnetB]: "subnet-4e5f6a7b8c9d0e1f2",
  [PLACEHOLDERS.securityGroup]: "sg-0f1e2d3c4b5a69788",
};

function fillIn(text: string): string {
  return Object.entries(REAL).reduce((out, [placeholder, value]) => out.split(placeholder).join(value), text);
}

/** The B120 warnings each kind's starter spec carries, by path. */
const EXPECTED_PLACEHOLDERS = {
  service: ["account", "container.image", "network.vpc", "network.subnets[0]", "network.subnets[1]", "network.allowFrom[0]"],
  task: ["account", "container.image", "network.vpc", "network.subnets[0]", "network.subnets[1]"],
  cluster: ["account"],
} as const;

describe("berth init", () => {
  for (const kind of ["service", "task", "cluster"] as const) {
    for (const format of ["ts", "yaml"] as const) {
      it(`writes a ${kind} starter (${format}) that validates, warns B120 at each placeholder until replaced, and generates`, async () => {
        const dir = await scratchProject();
        const argv = ["init", `starter-${kind}`, "--kind", kind, ...(format === "yaml" ? ["--yaml"] : [])];
        const init = await berth(dir, ...argv);
        expect(init.code, init.stderr).toBe(0);
        const file = `specs/starter-${kind}.${format}`;
        expect(init.stdout).toContain(`wrote ${file}`);
        const text = await readFile(join(dir, file), "utf8");
        // Every placeholder field is marked for the reader (both subnets share one comment).
        expect(text.match(/^\s*(\/\/|#) CHANGE:/gm)).toHaveLength({ service: 5, task: 4, cluster: 1 }[kind]);

        const validate = await berth(dir, "--json", "validate", file);
        expect(validate.code, validate.stderr).toBe(0);
        const diagnostics = JSON.parse(validate.stdout) as { code: string; severity: string; path: string; line?: number }[];
        expect(diagnostics.every((d) => d.code === "B120" && d.severity === "warning"), validate.stdout).toBe(true);
        expect(diagnostics.map((d) => d.path).sort()).toEqual([...EXPECTED_PLACEHOLDERS[kind]].sort());
        // Each warning points at the line that holds the placeholder.
        const lines = text.split("\n");
        for (const d of diagnostics) expect(lines[d.line! - 1], d.path).toMatch(/0{12}|0{17}|0{16}1/);

        const generated = await berth(dir, "generate", file);
        expect(generated.code, generated.stderr).toBe(0);
        expect((await readTree(join(dir, "out"))).has(`starter-${kind}/cloudformation/template.yaml`)).toBe(true);

        await writeFile(join(dir, file), fillIn(text));
        const filled = await berth(dir, "--json", "validate", file);
        expect(filled.code, filled.stderr).toBe(0);
        expect(JSON.parse(filled.stdout)).toEqual([]);
      });
    }
  }

  it("points YAML starters at the shipped JSON Schema of their kind", async () => {
    const dir = await scratchProject();
    expect((await berth(dir, "init", "api", "--yaml")).code).toBe(0);
    const text = await readFile(join(dir, "specs/api.yaml"), "utf8");
    const schemaLine = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
    expect(schemaLine).not.toBeNull();
    const schemaPath = resolve(dir, "specs", schemaLine![1]!);
    expect(schemaPath.endsWith(join("dist", "schema", "service.json"))).toBe(true);
    await expect(access(schemaPath)).resolves.toBeUndefined();
    expect(JSON.parse(await readFile(schemaPath, "utf8"))).toMatchObject({ required: ["service"] });
  });

  it("never overwrites a file and checks its arguments before writing", async () => {
    const dir = await scratchProject();
    expect((await berth(dir, "init", "api")).code).toBe(0);
    await writeFile(join(dir, "specs/api.ts"), "// mine\n");
    const again = await berth(dir, "init", "api");
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("specs/api.ts already exists");
    expect(await readFile(join(dir, "specs/api.ts"), "utf8")).toBe("// mine\n");

    expect((await berth(dir, "init", "Not_A_Name")).code).toBe(2);
    expect((await berth(dir, "init", "x", "--kind", "daemon")).code).toBe(2);
    expect((await berth(dir, "init", "x", "--yaml", "--out", "x.ts")).code).toBe(2);
    const custom = await berth(dir, "init", "--kind", "cluster", "--out", "infra/cluster.yml");
    expect(custom.code, custom.stderr).toBe(0);
    expect(await readFile(join(dir, "infra/cluster.yml"), "utf8")).toContain("cluster:\n  # Names the stack");
    expect([...(await readTree(dir)).keys()]).toEqual(["infra/cluster.yml", "specs/api.ts"]);
  });
});
