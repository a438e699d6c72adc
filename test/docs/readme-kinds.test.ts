import { describe, expect, it } from "vitest";
import { TARGETS } from "../../src/backends/backend.js";
import { compile } from "../../src/compile.js";
import { fence, wrapCommand } from "../../src/docs/markdown.js";
import { importSpecs, ROOT, specFilesIn } from "../support/specs.js";

/** Every kind of stack gets a README: the examples and the valid fixtures cover services, tasks and clusters. */
describe("a README.md for every stack", async () => {
  const specs = await importSpecs([...specFilesIn("specs"), ...specFilesIn("test/fixtures/valid")]);
  const first = await compile(specs, { targets: TARGETS, hcl: false });
  const second = await compile(specs, { targets: ["terraform"], hcl: true });
  const readmes = (files: typeof first.files) => new Map(files.filter((f) => f.path.endsWith("/README.md")).map((f) => [f.path, f.contents]));

  it("writes one for each stack, whatever its kind", () => {
    expect(first.diagnostics).toEqual([]);
    const written = [...readmes(first.files).keys()].sort();
    expect(written).toEqual(first.stacks.map((s) => `${first.folders[s.name]}/README.md`).sort());
    // The three kinds are all among them.
    for (const heading of ["## How a new image reaches production", "## When it runs", "## What the cluster provides"]) {
      expect([...readmes(first.files).values()].some((text) => text.includes(heading)), heading).toBe(true);
    }
  });

  it("is the same whatever the targets and the Terraform format, and holds no absolute path", () => {
    expect(readmes(second.files)).toEqual(readmes(first.files));
    for (const [path, text] of readmes(first.files)) {
      expect(text, path).not.toContain(ROOT);
      expect(text, path).not.toMatch(/\/(work|home|tmp|Users)\//);
      expect(text, path).not.toContain("{{");
    }
  });
});

describe("markdown helpers", () => {
  it("fences a code block so backticks inside cannot close it", () => {
    expect(fence("aws ecs run-task")).toBe("```");
    expect(fence("echo ````")).toBe("`````");
  });

  it("breaks a command before each option, but not inside double quotes", () => {
    expect(wrapCommand('aws ecs run-task --cluster c --network-configuration "a --b" --x')).toBe('aws ecs run-task \\\n  --cluster c \\\n  --network-configuration "a --b" \\\n  --x');
  });
});
