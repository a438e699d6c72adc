import { describe, expect, it } from "vitest";
import { TARGETS } from "../../src/backends/backend.js";
import { compile } from "../../src/compile.js";
import { importSpecs, specFilesIn } from "../support/specs.js";

/** The sections issue 9 adds to every generated README, whatever the stack's kind. */
describe("README diagram, cost and provenance sections", async () => {
  const specs = await importSpecs([...specFilesIn("specs"), ...specFilesIn("test/fixtures/valid")]);
  const { files, stacks, folders } = await compile(specs, { targets: TARGETS, hcl: false });

  for (const stack of stacks) {
    it(`${stack.source}: has a Mermaid diagram, a cost estimate and a provenance cell per resource`, () => {
      const text = files.find((f) => f.path === `${folders[stack.name] ?? stack.name}/README.md`)!.contents;
      expect(text).toMatch(/\n## Diagram\n\n```mermaid\nflowchart LR\n[^`]*\n```\n/);
      expect(text).toContain("\n## Monthly cost estimate\n");
      expect(text).toContain("| Logical id | Terraform address | Resource | Name | From the spec |");
      const rows = text.split("\n").filter((line) => /^\| `[A-Za-z0-9]+` \| `aws_/.test(line));
      expect(rows).toHaveLength(stack.resources.length);
      // The last cell (the spec field) is never empty.
      for (const row of rows) expect(row, row).not.toMatch(/\|\s*\|$/);
    });
  }

  it("dates the prices it uses", () => {
    const priced = files.filter((f) => f.path.endsWith("/README.md") && f.contents.includes("USD a month |"));
    expect(priced.length).toBeGreaterThan(5);
    for (const f of priced) expect(f.contents, f.path).toMatch(/as of June 2026 \(https:\/\/aws\.amazon\.com\/fargate\/pricing\/\)/);
  });
});
