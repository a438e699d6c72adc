import { describe, expect, it } from "vitest";
import { terraformBackend } from "../../src/backends/terraform/index.js";
import { managedPolicySuffixes } from "../../src/backends/terraform/resources/iam.js";
import { lowerServiceSpec } from "../../src/lower/index.js";
import { serviceSchema } from "../../src/spec/schema/index.js";
import { validateService } from "../../src/validate/index.js";

const service = {
  name: "dup-api",
  account: "123456789012",
  region: "us-east-1",
  cluster: "prod",
  cpu: 256,
  memory: 512,
  container: { image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/dup-api:1.0.0", port: 8080 },
  network: { vpc: "vpc-0a1b2c3d", subnets: ["subnet-0a1b2c3d"] },
};

/**
 * Reproducers of `validate` accepting what `generate` then crashed on (exit 70): names that are
 * different in the spec but one in a template.
 */
describe("names that differ in the spec stay different in the output", () => {
  it("two managed policies with one name (AWS's and the account's ReadOnlyAccess) get two Terraform attachments", async () => {
    const arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::123456789012:policy/ReadOnlyAccess"];
    const stack = lowerServiceSpec(serviceSchema.parse({ ...service, taskRole: { managedPolicies: arns } }), "dup.ts");
    const [file] = await terraformBackend.emit(stack, { banner: "test", hcl: false });
    const attachments = (JSON.parse(file!.contents) as { resource: Record<string, Record<string, { policy_arn: string }>> }).resource["aws_iam_role_policy_attachment"]!;
    const taskRole = Object.entries(attachments).filter(([name]) => name.startsWith("task_role_"));
    expect(taskRole.map(([, a]) => a.policy_arn).sort()).toEqual([...arns].sort());
  });

  it("keeps the short name for a policy whose name is unique, and qualifies only the clashing ones", () => {
    const suffixes = managedPolicySuffixes([
      "arn:aws:iam::aws:policy/ReadOnlyAccess",
      "arn:aws:iam::123456789012:policy/team/ReadOnlyAccess",
      "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
    ]);
    expect([...suffixes.values()]).toEqual(["policy_aws_ReadOnlyAccess", "policy_123456789012_team/ReadOnlyAccess", "policy_AmazonS3ReadOnlyAccess"]);
  });

  it("refuses step policy names that become one logical id (age / age-) instead of crashing in generate", async () => {
    const step = (name: string) => ({
      name,
      metric: { namespace: "AWS/SQS", name: "ApproximateAgeOfOldestMessage", dimensions: { QueueName: "q" }, statistic: "Maximum" },
      when: "above",
      steps: [{ at: 300, change: 1 }],
    });
    const { diagnostics } = validateService({ ...service, scaling: { min: 1, max: 3, stepScaling: [step("age"), step("age-")] } }, "spec.ts");
    expect(diagnostics.map((d) => d.code)).toEqual(["B717"]);
  });
});
