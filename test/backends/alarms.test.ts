import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { CFN_SCHEMA } from "../../src/backends/cloudformation/intrinsics.js";
import { cloudformationBackend } from "../../src/backends/cloudformation/index.js";
import { terraformBackend } from "../../src/backends/terraform/index.js";
import type { AlarmResource, Stack } from "../../src/ir/index.js";
import { cfnLint, terraformReport } from "../support/validators.js";
import { myApiStack } from "./fixtures.js";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const alarm: AlarmResource = {
  kind: "alarm",
  id: "Target5xxAlarm",
  name: "my-api-target-5xx",
  description: "5xx responses from my-api's targets",
  namespace: "AWS/ApplicationELB",
  metricName: "HTTPCode_Target_5XX_Count",
  dimensions: [
    { name: "LoadBalancer", value: "app/prod/50dc6c495c0c9188" },
    { name: "TargetGroup", value: { resource: "TargetGroup", attribute: "fullName" } },
  ],
  statistic: "Sum",
  periodSeconds: 60,
  evaluationPeriods: 3,
  datapointsToAlarm: 2,
  threshold: 10,
  comparison: "GreaterThanOrEqualToThreshold",
  treatMissingData: "notBreaching",
  alarmActions: [],
  tags: { team: "payments" },
};
const stack: Stack = { ...myApiStack(), resources: [...myApiStack().resources, alarm] };
const options = { banner: "test", hcl: false };

describe("alarm family", () => {
  it("renders in CloudFormation with the target group's full name and passes cfn-lint", async () => {
    const [file] = await cloudformationBackend.emit(stack, options);
    const template = yaml.load(file!.contents, { schema: CFN_SCHEMA }) as { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };
    const resource = template.Resources.Target5xxAlarm!;
    expect(resource.Type).toBe("AWS::CloudWatch::Alarm");
    expect(file!.contents).toContain("!GetAtt TargetGroup.TargetGroupFullName");
    const dir = await mkdtemp(join(tmpdir(), "berth-alarm-"));
    await writeFile(join(dir, "template.yaml"), file!.contents);
    const lint = await cfnLint([join(dir, "template.yaml")]);
    expect(lint.output).toBe("");
  });

  it("renders in Terraform with arn_suffix and passes terraform validate", async () => {
    const [file] = await terraformBackend.emit(stack, options);
    const config = JSON.parse(file!.contents) as { resource: Record<string, Record<string, Record<string, unknown>>> };
    const tf = config.resource.aws_cloudwatch_metric_alarm!.target5xx_alarm ?? config.resource.aws_cloudwatch_metric_alarm!.target_5xx_alarm;
    expect(tf).toMatchObject({ alarm_name: "my-api-target-5xx", dimensions: { TargetGroup: "${aws_lb_target_group.target_group.arn_suffix}" } });
    const report = await terraformReport({ "main.tf.json": file!.contents });
    expect(report.diagnostics).toEqual([]);
    expect(report.valid).toBe(true);
  });
});
