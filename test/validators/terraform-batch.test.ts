import { describe, expect, it } from "vitest";
import { terraformReports } from "../support/validators.js";

/**
 * The batched validator must still fail the configuration that is wrong, and only that one:
 * otherwise a clean batch would prove nothing.
 */
describe("terraformReports (many configurations in one terraform run)", () => {
  it("attributes a bad argument to its own configuration and leaves the others clean", async () => {
    const good = { terraform: { required_providers: { aws: { source: "hashicorp/aws", version: "~> 5.100" } } }, provider: { aws: [{ region: "us-east-1" }] }, resource: { aws_sqs_queue: { q: { name: "ok" } } } };
    const bad = { ...good, resource: { aws_sqs_queue: { q: { name: "bad", no_such_argument: 1 } } } };
    const hcl = 'terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws" }\n  }\n}\nresource "aws_sqs_queue" "q" {\n  nme = "typo"\n}\n';
    const reports = await terraformReports({
      good: { "main.tf.json": JSON.stringify(good) },
      bad: { "main.tf.json": JSON.stringify(bad) },
      badHcl: { "main.tf": hcl },
    });
    expect(reports.good).toMatchObject({ valid: true, error_count: 0, warning_count: 0, diagnostics: [] });
    expect(reports.bad).toMatchObject({ valid: false, error_count: 1 });
    expect(reports.bad!.diagnostics[0]!.detail).toContain("no_such_argument");
    expect(reports.badHcl).toMatchObject({ valid: false, error_count: 1 });
    expect(reports.badHcl!.diagnostics[0]!.detail).toContain("nme");
  });
});
