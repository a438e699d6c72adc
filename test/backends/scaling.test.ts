import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { References } from "../../src/backends/cloudformation/attributes.js";
import { CFN_SCHEMA, Sub } from "../../src/backends/cloudformation/intrinsics.js";
import { concatenation } from "../../src/backends/cloudformation/resources/scaling.js";
import { compile } from "../../src/compile.js";
import type { Stack } from "../../src/ir/index.js";
import myApi from "../../specs/my-api.js";
import worker from "../../specs/queue-worker.js";
import spot from "../../specs/spot-api.js";

type CfnTemplate = { Resources: Record<string, { Type: string; DependsOn?: string[]; Properties: Record<string, any> }> };
type TfConfig = { resource: Record<string, Record<string, Record<string, any>>> };

/** Both outputs of one spec, parsed. */
async function outputs(file: string, exported: unknown): Promise<{ cfn: CfnTemplate; tf: TfConfig }> {
  const result = await compile([{ file, exported }], { targets: ["cloudformation", "terraform"], hcl: false });
  expect(result.diagnostics).toEqual([]);
  const text = (target: string) => result.files.find((f) => f.path.includes(`/${target}/`))!.contents;
  return { cfn: yaml.load(text("cloudformation"), { schema: CFN_SCHEMA }) as CfnTemplate, tf: JSON.parse(text("terraform")) as TfConfig };
}

describe("an infra deploy does not reset the task count auto scaling set", async () => {
  const scaled = await outputs("specs/spot-api.ts", spot);
  const fixed = await outputs("specs/my-api.ts", myApi);

  it("CloudFormation: the scaled service has no DesiredCount (a fixed one keeps it)", () => {
    expect(scaled.cfn.Resources.Service!.Properties).not.toHaveProperty("DesiredCount");
    expect(fixed.cfn.Resources.Service!.Properties.DesiredCount).toBe(3);
  });

  it("Terraform: desired_count is the initial count and later changes are ignored (a fixed one is managed)", () => {
    const service = scaled.tf.resource.aws_ecs_service!.service!;
    expect(service.desired_count).toBe(3);
    expect(service.lifecycle).toEqual({ ignore_changes: ["desired_count"] });
    expect(fixed.tf.resource.aws_ecs_service!.service!).not.toHaveProperty("lifecycle");
  });
});

describe("CloudFormation scaling resources", async () => {
  const { cfn } = await outputs("specs/spot-api.ts", spot);
  const queue = (await outputs("specs/queue-worker.ts", worker)).cfn;

  it("registers the target with the service's name by GetAtt, and no role (service-linked role)", () => {
    const target = cfn.Resources.ScalableTarget!;
    expect(target.Type).toBe("AWS::ApplicationAutoScaling::ScalableTarget");
    expect(target.Properties.ResourceId).toEqual(new Sub("service/prod-cluster/${Service.Name}"));
    expect(target.Properties).not.toHaveProperty("RoleARN");
    expect(target.Properties.ScheduledActions[0]).toEqual({
      ScheduledActionName: "weekday-morning",
      Schedule: "cron(0 7 ? * MON-FRI *)",
      Timezone: "Europe/Berlin",
      ScalableTargetAction: { MinCapacity: 6 },
    });
  });

  it("attaches policies through ScalingTargetId, one after another, with the ALB label by GetAtt", () => {
    const requests = cfn.Resources.RequestsScalingPolicy!;
    expect(requests.DependsOn).toEqual(["CpuScalingPolicy"]);
    expect(requests.Properties.ScalingTargetId).toMatchObject({ logicalId: "ScalableTarget" });
    expect(requests.Properties.TargetTrackingScalingPolicyConfiguration.PredefinedMetricSpecification).toEqual({
      PredefinedMetricType: "ALBRequestCountPerTarget",
      ResourceLabel: new Sub("app/prod/50dc6c495c0c9188/${TargetGroup.TargetGroupFullName}"),
    });
  });

  it("points the step alarm at the policy ARN and writes relative step bounds", () => {
    expect(queue.Resources.OldestMessageStepAlarm!.Properties.AlarmActions).toEqual([expect.objectContaining({ logicalId: "OldestMessageStepPolicy", attribute: "Arn" })]);
    expect(queue.Resources.OldestMessageStepPolicy!.Properties.StepScalingPolicyConfiguration.StepAdjustments).toEqual([
      { MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 600, ScalingAdjustment: 2 },
      { MetricIntervalLowerBound: 600, ScalingAdjustment: 5 },
    ]);
  });

  it("escapes a literal ${ inside a !Sub, and leaves literal-only concatenations plain", () => {
    const stack = { resources: [{ kind: "service", id: "Service" }] } as unknown as Stack;
    const refs = new References(stack);
    expect(concatenation({ parts: ["a${b}/", { resource: "Service", attribute: "name" }] }, refs)).toEqual(new Sub("a${!b}/${Service.Name}"));
    expect(concatenation({ parts: ["a", "b"] }, refs)).toBe("ab");
  });
});

describe("Terraform scaling resources", async () => {
  const { tf } = await outputs("specs/spot-api.ts", spot);
  const queue = (await outputs("specs/queue-worker.ts", worker)).tf;

  it("interpolates the service's name into the target and references the target from policies", () => {
    const target = tf.resource.aws_appautoscaling_target!.scalable_target!;
    expect(target.resource_id).toBe("service/prod-cluster/${aws_ecs_service.service.name}");
    expect(target).not.toHaveProperty("role_arn");
    const requests = tf.resource.aws_appautoscaling_policy!.requests_scaling_policy!;
    expect(requests.resource_id).toBe("${aws_appautoscaling_target.scalable_target.resource_id}");
    expect(requests.depends_on).toEqual(["aws_appautoscaling_policy.cpu_scaling_policy"]);
    expect(requests.target_tracking_scaling_policy_configuration.predefined_metric_specification.resource_label).toBe(
      "app/prod/50dc6c495c0c9188/${aws_lb_target_group.target_group.arn_suffix}",
    );
  });

  it("emits one scheduled action resource per action, chained, with string capacities", () => {
    const actions = tf.resource.aws_appautoscaling_scheduled_action!;
    expect(Object.keys(actions).sort()).toEqual(["scalable_target_weekday_evening", "scalable_target_weekday_morning"]);
    expect(actions.scalable_target_weekday_morning).toMatchObject({ timezone: "Europe/Berlin", scalable_target_action: { min_capacity: "6" } });
    expect(actions.scalable_target_weekday_morning).not.toHaveProperty("depends_on");
    expect(actions.scalable_target_weekday_evening!.depends_on).toEqual(["aws_appautoscaling_scheduled_action.scalable_target_weekday_morning"]);
  });

  it("writes the metric math queries and string step bounds", () => {
    const policies = queue.resource.aws_appautoscaling_policy!;
    const metrics = policies.queue_backlog_scaling_policy!.target_tracking_scaling_policy_configuration.customized_metric_specification.metrics;
    expect(metrics.map((m: { id: string }) => m.id)).toEqual(["m1", "m2", "e1"]);
    expect(metrics[2]).toEqual({ id: "e1", label: "Backlog per task", expression: "m1 / m2", return_data: true });
    expect(policies.oldest_message_step_policy!.step_scaling_policy_configuration.step_adjustment).toEqual([
      { metric_interval_lower_bound: "0", metric_interval_upper_bound: "600", scaling_adjustment: 2 },
      { metric_interval_lower_bound: "600", scaling_adjustment: 5 },
    ]);
    expect(queue.resource.aws_cloudwatch_metric_alarm!.oldest_message_step_alarm!.alarm_actions).toEqual(["${aws_appautoscaling_policy.oldest_message_step_policy.arn}"]);
  });
});
