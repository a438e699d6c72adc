import { describe, expect, it } from "vitest";
import { TARGETS } from "../../src/backends/backend.js";
import { compile } from "../../src/compile.js";
import { renderServiceReadme } from "../../src/docs/readme.js";
import { DOCUMENT_TEMPLATES } from "../../src/docs/templates.js";
import { lowerServiceSpec } from "../../src/lower/index.js";
import { waiversFor } from "../../src/security/index.js";
import { serviceSchema, type ServiceSpec } from "../../src/spec/schema/index.js";
import myApi from "../../specs/my-api.js";
import { importSpecs, specFilesIn } from "../support/specs.js";

const HEADING = "\n## Security scan findings berth accepts\n";

/** The rows of the section: `| tool | rule | title | reason |` lines after its table header. */
function findingRows(readme: string): string[] {
  const start = readme.indexOf(HEADING);
  if (start < 0) return [];
  const after = readme.slice(start + HEADING.length);
  const section = after.slice(0, after.search(/\n## |$/));
  return section.split("\n").filter((line) => /^\| (cfn-guard|checkov) /.test(line));
}

describe("the README's security scan findings", async () => {
  const specs = await importSpecs([...specFilesIn("specs"), ...specFilesIn("test/fixtures/valid")]);
  const { files, stacks, folders } = await compile(specs, { targets: TARGETS, hcl: false });

  it("every stack's README (service, task, cluster, load balancer) lists exactly the waivers that apply to it, in order", () => {
    let listed = 0;
    for (const stack of stacks) {
      const text = files.find((f) => f.path === `${folders[stack.name] ?? stack.name}/README.md`)!.contents;
      const expected = waiversFor(stack).map((w) => `| ${w.tool === "cfn-guard" ? "cfn-guard (CloudFormation)" : "checkov (Terraform)"} | \`${w.rule}\` | ${w.title} | `);
      const rows = findingRows(text);
      expect(rows.map((row, i) => row.slice(0, expected[i]?.length ?? 0)), stack.name).toEqual(expected);
      expect(text.includes(HEADING), stack.name).toBe(expected.length > 0);
      listed += rows.length;
    }
    // The examples and fixtures exercise all four templates' sections.
    expect(listed).toBeGreaterThan(100);
    for (const name of ["my-api", "nightly-report", "prod-cluster", "private-tcp"]) {
      expect(files.find((f) => f.path === `${name}/README.md`)!.contents, name).toContain(HEADING);
    }
  });

  it("gives each finding its reason, and says when the list predates the spec's overrides", () => {
    const publicWeb = files.find((f) => f.path === "public-web/README.md")!.contents;
    expect(publicWeb).toContain(
      "| checkov (Terraform) | `CKV_AWS_260` | port 80 is not open to everyone | Port 80 is open to the internet only for the load balancer's HTTP listener, which redirects every request to HTTPS (301) and serves nothing over plain HTTP. |",
    );
    expect(publicWeb).toContain("The list is worked out from berth's output before the overrides above.");
    expect(files.find((f) => f.path === "my-api/README.md")!.contents).not.toContain("before the overrides above");
  });

  it("leaves the section out when no finding applies", () => {
    const base = myApi.spec as ServiceSpec;
    const { loadBalancer: _loadBalancer, ...rest } = base;
    const clean: ServiceSpec = {
      ...rest,
      logging: { retentionDays: 365, kmsKey: "arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-0000-4000-8000-0a1b2c3d4e5f" },
      container: { ...base.container, user: "1000:1000", memory: 1024 },
    };
    const text = renderServiceReadme(lowerServiceSpec(serviceSchema.parse(clean), "specs/x.ts"), DOCUMENT_TEMPLATES.serviceReadme, "b") ?? "";
    expect(text).toContain("\n## Inputs\n");
    expect(text).not.toContain("Security scan findings");
    expect(renderServiceReadme(lowerServiceSpec(serviceSchema.parse(base), "specs/x.ts"), DOCUMENT_TEMPLATES.serviceReadme, "b")).toContain(HEADING);
  });
});
