import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cfnLint, terraformReports } from "../support/validators.js";
import { scratchProject } from "../support/workspace.js";
import { berth } from "./run-cli.js";

/**
 * What `berth init` writes generates output the engines accept as it stands, placeholders and
 * all: the starter is a working spec before it is a correct one. The valid fixtures cannot hold
 * it, since their validator suite requires no diagnostics at all and a starter carries B120.
 */
describe("berth init starters through cfn-lint and terraform validate", () => {
  it("generates templates and configurations with no findings for every kind", async () => {
    const dir = await scratchProject();
    const kinds = ["service", "task", "cluster"] as const;
    for (const kind of kinds) expect((await berth(dir, "init", `starter-${kind}`, "--kind", kind)).code).toBe(0);
    const generated = await berth(dir, "generate");
    expect(generated.code, generated.stderr).toBe(0);
    const stacks = kinds.map((kind) => join(dir, "out", `starter-${kind}`));
    const configs: Record<string, Record<string, string>> = {};
    for (const [i, stack] of stacks.entries()) configs[kinds[i]!] = { "main.tf.json": await readFile(join(stack, "terraform/main.tf.json"), "utf8") };
    const [lint, reports] = await Promise.all([cfnLint(stacks.map((stack) => join(stack, "cloudformation/template.yaml"))), terraformReports(configs)]);
    expect(lint.output).toBe("");
    expect(lint.code).toBe(0);
    for (const kind of kinds) expect(reports[kind], kind).toMatchObject({ valid: true, error_count: 0, warning_count: 0 });
  });
});
