import { describe, expect, it } from "vitest";
import type { Resource, RoleResource, ScheduleResource, ScheduleRuleResource, SecurityGroupResource, TaskDefinitionResource } from "../../src/ir/index.js";
import { clusterArn, clusterName } from "../../src/lower/schedule.js";
import { lowerTaskSpec } from "../../src/lower/task-stack.js";
import { taskSchema, type TaskSpec } from "../../src/spec/schema/index.js";
import nightly from "../../specs/nightly-report.js";
import warmer from "../fixtures/valid/rule-rate-task.js";

const lower = (spec: TaskSpec) => lowerTaskSpec(taskSchema.parse(spec), "specs/x.ts");
const find = <K extends Resource["kind"]>(resources: readonly Resource[], id: string, kind: K) => {
  const resource = resources.find((r) => r.id === id);
  expect(resource?.kind, id).toBe(kind);
  return resource as Extract<Resource, { kind: K }>;
};
const statements = (role: RoleResource) => role.inlinePolicies.flatMap((p) => p.statements);

describe("a nightly job on EventBridge Scheduler", () => {
  const stack = lower(nightly.spec);
  const schedule = find(stack.resources, "Schedule", "schedule") as ScheduleResource;
  const role = find(stack.resources, "ScheduleRole", "role") as RoleResource;

  it("creates the task definition's resources and the schedule with its role, in a stable order", () => {
    expect(stack.resources.map((r) => r.id)).toEqual([
      "LogGroup", "ExecutionRole", "TaskRole", "TaskSecurityGroup", "TaskDefinition", "ScheduleRole", "Schedule",
    ]);
  });

  it("evaluates the cron in Berlin time within a 15-minute window, retrying twice into the DLQ", () => {
    expect(schedule).toMatchObject({
      name: "nightly-report",
      expression: "cron(0 3 * * ? *)",
      timezone: "Europe/Berlin",
      flexibleWindowMinutes: 15,
      enabled: true,
    });
    expect(schedule.target.retry).toEqual({ maximumAttempts: 2, maximumEventAgeSeconds: 3600 });
    expect(schedule.target.deadLetterQueueArn).toBe("arn:aws:sqs:eu-central-1:123456789012:nightly-report-dlq");
  });

  it("targets the cluster by ARN, on Fargate, in private subnets with the generated security group", () => {
    expect(schedule.target).toMatchObject({
      clusterArn: "arn:aws:ecs:eu-central-1:123456789012:cluster/prod-cluster",
      taskDefinition: "TaskDefinition",
      taskCount: 1,
      launchType: "FARGATE",
      capacityProviderStrategy: [],
      propagateTags: "TASK_DEFINITION",
      enableEcsManagedTags: true,
      enableExecuteCommand: false,
      role: "ScheduleRole",
    });
    expect(schedule.target.network).toEqual({
      subnets: ["subnet-0a1b2c3d4e5f60718", "subnet-4e5f6a7b8c9d0e1f2"],
      securityGroups: [{ resource: "TaskSecurityGroup", attribute: "id" }],
      assignPublicIp: false,
    });
    const sg = find(stack.resources, "TaskSecurityGroup", "securityGroup") as SecurityGroupResource;
    // A batch job listens on nothing: no ingress at all, egress for image pulls and AWS APIs.
    expect(sg.ingress).toEqual([]);
    expect(sg.description).toBe("Tasks of ECS task nightly-report");
  });

  it("lets only Scheduler of this account assume the role", () => {
    expect(role.principal).toBe("scheduler.amazonaws.com");
    expect(role.trustConditions).toEqual({
      StringEquals: { "aws:SourceAccount": "123456789012" },
      ArnEquals: { "aws:SourceArn": "arn:aws:scheduler:eu-central-1:123456789012:schedule-group/default" },
    });
    expect(role.name).toBe("nightly-report-eu-central-1-schedule");
  });

  it("grants RunTask on the family in its cluster, PassRole on exactly the two task roles, tagging and the DLQ", () => {
    expect(statements(role)).toEqual([
      {
        sid: "RunTask",
        effect: "Allow",
        actions: ["ecs:RunTask"],
        resources: ["arn:aws:ecs:eu-central-1:123456789012:task-definition/nightly-report:*"],
        conditions: { ArnEquals: { "ecs:cluster": "arn:aws:ecs:eu-central-1:123456789012:cluster/prod-cluster" } },
      },
      {
        sid: "PassTaskRoles",
        effect: "Allow",
        actions: ["iam:PassRole"],
        resources: ["arn:aws:iam::123456789012:role/nightly-report-eu-central-1-execution", "arn:aws:iam::123456789012:role/nightly-report-eu-central-1-task"],
        conditions: { StringEquals: { "iam:PassedToService": "ecs-tasks.amazonaws.com" } },
      },
      {
        sid: "TagStartedTasks",
        effect: "Allow",
        actions: ["ecs:TagResource"],
        resources: ["arn:aws:ecs:eu-central-1:123456789012:task/prod-cluster/*"],
        conditions: { StringEquals: { "ecs:CreateAction": "RunTask" } },
      },
      { sid: "DeadLetterQueue", effect: "Allow", actions: ["sqs:SendMessage"], resources: ["arn:aws:sqs:eu-central-1:123456789012:nightly-report-dlq"] },
    ]);
  });

  it("passes exactly the roles the task definition uses", () => {
    const task = find(stack.resources, "TaskDefinition", "taskDefinition") as TaskDefinitionResource;
    const names = [task.executionRole, task.taskRole].map((value) => {
      if (typeof value === "string") throw new Error("expected references to the created roles");
      return (find(stack.resources, value.resource, "role") as RoleResource).name;
    });
    const passed = statements(role).find((s) => s.sid === "PassTaskRoles")?.resources;
    expect(passed).toEqual(names.map((name) => `arn:aws:iam::123456789012:role/${name}`));
  });

  it("gives the task role the S3 statement and the execution role the secret", () => {
    const taskRole = find(stack.resources, "TaskRole", "role") as RoleResource;
    expect(statements(taskRole)).toEqual([{ effect: "Allow", actions: ["s3:PutObject"], resources: ["arn:aws:s3:::acme-reports-prod/nightly/*"] }]);
    const execution = find(stack.resources, "ExecutionRole", "role") as RoleResource;
    expect(statements(execution).find((s) => s.sid === "ReadSecrets")?.resources).toEqual([
      "arn:aws:secretsmanager:eu-central-1:123456789012:secret:prod/reporting/db-password-??????",
    ]);
  });

  it("outputs the schedule ARN and a run-task command for a manual rerun", () => {
    expect(stack.outputs.map((o) => o.id)).toEqual(["TaskDefinitionArn", "LogGroupName", "SecurityGroupId", "ScheduleArn"]);
    const description = stack.outputs[0]!.description;
    expect(description).toContain("aws ecs run-task --region eu-central-1 --cluster prod-cluster --task-definition nightly-report --launch-type FARGATE");
    expect(description).toContain("subnets=[subnet-0a1b2c3d4e5f60718,subnet-4e5f6a7b8c9d0e1f2],securityGroups=[<SecurityGroupId output>],assignPublicIp=DISABLED");
  });
});

describe("a task on a scheduled EventBridge rule", () => {
  const stack = lower(warmer.spec);
  const rule = find(stack.resources, "ScheduleRule", "scheduleRule") as ScheduleRuleResource;
  const role = find(stack.resources, "ScheduleRole", "role") as RoleResource;

  it("creates a rule (not a schedule) assumed through events.amazonaws.com", () => {
    expect(stack.resources.map((r) => r.kind)).not.toContain("schedule");
    expect(rule).toMatchObject({ name: "cache-warmer", expression: "rate(15 minutes)", enabled: true, targetId: "run-task", tags: { team: "shop" } });
    expect(role.principal).toBe("events.amazonaws.com");
    expect(role.trustConditions?.["ArnEquals"]).toEqual({ "aws:SourceArn": "arn:aws:events:us-east-1:123456789012:rule/cache-warmer" });
  });

  it("uses the capacity provider strategy instead of a launch type, the given groups, two copies and ECS Exec", () => {
    expect(rule.target.launchType).toBeUndefined();
    expect(rule.target.capacityProviderStrategy).toEqual([{ provider: "FARGATE_SPOT", weight: 1, base: 0 }]);
    expect(rule.target.network.securityGroups).toEqual(["sg-0a1b2c3d4e5f60718"]);
    expect(rule.target).toMatchObject({ taskCount: 2, enableExecuteCommand: true, retry: { maximumAttempts: 0, maximumEventAgeSeconds: 600 } });
    expect(stack.resources.map((r) => r.id)).not.toContain("TaskSecurityGroup");
  });

  it("scopes the role to the cluster named in the ARN", () => {
    const tag = statements(role).find((s) => s.sid === "TagStartedTasks");
    expect(tag?.resources).toEqual(["arn:aws:ecs:us-east-1:123456789012:task/batch/*"]);
    expect(statements(role).map((s) => s.sid)).not.toContain("DeadLetterQueue");
  });

  it("puts the strategy and ECS Exec into the run-task command", () => {
    const description = stack.outputs.find((o) => o.id === "TaskDefinitionArn")!.description;
    expect(description).toContain("--cluster batch --task-definition cache-warmer --capacity-provider-strategy capacityProvider=FARGATE_SPOT,weight=1,base=0");
    expect(description).toContain("securityGroups=[sg-0a1b2c3d4e5f60718]");
    expect(description).toMatch(/--enable-execute-command$/);
    expect(stack.outputs.map((o) => o.id)).toEqual(["TaskDefinitionArn", "LogGroupName", "ScheduleRuleArn"]);
  });
});

describe("a one-off task (no schedule)", () => {
  const { schedule: _schedule, ...spec } = nightly.spec;
  const stack = lower({ ...spec, name: "db-migrate", container: { ...spec.container, command: ["npm", "run", "migrate"] } });

  it("emits the task definition and its roles, and no schedule or schedule role", () => {
    expect(stack.resources.map((r) => r.id)).toEqual(["LogGroup", "ExecutionRole", "TaskRole", "TaskSecurityGroup", "TaskDefinition"]);
    expect(stack.outputs.map((o) => o.id)).toEqual(["TaskDefinitionArn", "LogGroupName", "SecurityGroupId"]);
    expect(stack.description).toContain("run on demand with aws ecs run-task");
  });

  it("keeps the image tag a stack input, as for services", () => {
    expect(stack.inputs).toEqual([expect.objectContaining({ id: "ImageTag", default: "2.3.0" })]);
  });
});

describe("schedule defaults", () => {
  const spec = { ...nightly.spec, schedule: { expression: "rate(1 day)" } };
  const schedule = find(lower(spec).resources, "Schedule", "schedule") as ScheduleResource;

  it("uses Scheduler in UTC without a window, with EventBridge's default retry policy", () => {
    expect(schedule.timezone).toBe("UTC");
    expect(schedule.flexibleWindowMinutes).toBeUndefined();
    expect(schedule.target.retry).toEqual({ maximumAttempts: 185, maximumEventAgeSeconds: 86400 });
    expect(schedule.target.deadLetterQueueArn).toBeUndefined();
    expect(schedule.target.taskCount).toBe(1);
  });

  it("can be created paused", () => {
    const paused = find(lower({ ...spec, schedule: { expression: "rate(1 day)", enabled: false } }).resources, "Schedule", "schedule");
    expect(paused.enabled).toBe(false);
  });
});

describe("cluster names and ARNs", () => {
  const env = { account: "123456789012", region: "cn-north-1", partition: "aws-cn" };

  it("builds the ARN from a name in the stack's partition and keeps a given ARN", () => {
    expect(clusterArn(env, "batch")).toBe("arn:aws-cn:ecs:cn-north-1:123456789012:cluster/batch");
    expect(clusterArn(env, "arn:aws-cn:ecs:cn-north-1:123456789012:cluster/x")).toBe("arn:aws-cn:ecs:cn-north-1:123456789012:cluster/x");
  });

  it("reads the name out of an ARN", () => {
    expect(clusterName("arn:aws:ecs:us-east-1:123456789012:cluster/prod_cluster-2")).toBe("prod_cluster-2");
    expect(clusterName("prod")).toBe("prod");
  });
});
