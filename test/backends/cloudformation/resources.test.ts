import { describe, expect, it } from "vitest";
import { GetAtt, Ref, Sub } from "../../../src/backends/cloudformation/intrinsics.js";
import { myApiStack } from "../fixtures.js";
import { emitParsed, type Json } from "./helpers.js";

const TAGS = [
  { Key: "ManagedBy", Value: "berth" },
  { Key: "berth:service", Value: "my-api" },
];
const TRUST_CONDITION = {
  ArnLike: { "aws:SourceArn": "arn:aws:ecs:us-east-1:123456789012:*" },
  StringEquals: { "aws:SourceAccount": "123456789012" },
};

describe("resource families (my-api)", async () => {
  const resources = (await emitParsed(myApiStack())).Resources as Json;

  it("logs: log group with retention", () => {
    expect(resources.LogGroup).toStrictEqual({
      Type: "AWS::Logs::LogGroup",
      Properties: { LogGroupName: "/ecs/my-api", RetentionInDays: 30, Tags: TAGS },
    });
  });

  it("iam: execution role with trust conditions, managed and inline policies", () => {
    expect(resources.ExecutionRole).toStrictEqual({
      Type: "AWS::IAM::Role",
      Properties: {
        AssumeRolePolicyDocument: {
          Statement: [
            { Action: "sts:AssumeRole", Condition: TRUST_CONDITION, Effect: "Allow", Principal: { Service: "ecs-tasks.amazonaws.com" } },
          ],
          Version: "2012-10-17",
        },
        Description: "Lets ECS pull the image, write logs and read the secrets of my-api",
        ManagedPolicyArns: ["arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"],
        Policies: [
          {
            PolicyDocument: {
              Statement: [
                {
                  Action: ["secretsmanager:GetSecretValue"],
                  Effect: "Allow",
                  Resource: ["arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-password-??????"],
                  Sid: "ReadSecrets",
                },
              ],
              Version: "2012-10-17",
            },
            PolicyName: "read-secrets",
          },
        ],
        RoleName: "my-api-execution",
        Tags: TAGS,
      },
    });
  });

  it("iam: task role inline policy keeps IAM policy variables verbatim (no Fn::Sub)", () => {
    const role = resources.TaskRole.Properties;
    expect(role.Policies).toHaveLength(1);
    expect(JSON.stringify(role.Policies)).toContain('"arn:aws:s3:::my-api-data/${aws:PrincipalTag/team}/*"');
  });

  it("iam: task role without policies leaves both lists out", async () => {
    const stack = myApiStack();
    const bare = { ...stack, resources: stack.resources.map((r) => (r.kind === "role" && r.id === "TaskRole" ? { ...r, inlinePolicies: [] } : r)) };
    const role = ((await emitParsed(bare)).Resources as Json).TaskRole.Properties;
    expect(role.RoleName).toBe("my-api-task");
    expect(role.ManagedPolicyArns).toBeUndefined();
    expect(role.Policies).toBeUndefined();
  });

  it("network: security group with inline ingress and explicit all-egress", () => {
    expect(resources.SecurityGroup).toStrictEqual({
      Type: "AWS::EC2::SecurityGroup",
      Properties: {
        GroupDescription: "Tasks of my-api",
        GroupName: "my-api-tasks",
        SecurityGroupEgress: [{ CidrIp: "0.0.0.0/0", Description: "Allow all outbound traffic", IpProtocol: "-1" }],
        SecurityGroupIngress: [
          {
            Description: "Container port 8080 from sg-0a1b2c3d4e5f60718",
            FromPort: 8080,
            IpProtocol: "tcp",
            SourceSecurityGroupId: "sg-0a1b2c3d4e5f60718",
            ToPort: 8080,
          },
        ],
        Tags: TAGS,
        VpcId: "vpc-0a1b2c3d",
      },
    });
  });

  it("load-balancer: target group with health check, matcher and deregistration delay", () => {
    expect(resources.TargetGroup).toStrictEqual({
      Type: "AWS::ElasticLoadBalancingV2::TargetGroup",
      Properties: {
        HealthCheckIntervalSeconds: 15,
        HealthCheckPath: "/health",
        HealthCheckProtocol: "HTTP",
        HealthCheckTimeoutSeconds: 5,
        HealthyThresholdCount: 2,
        Matcher: { HttpCode: "200" },
        Name: "my-api-tg",
        Port: 8080,
        Protocol: "HTTP",
        Tags: TAGS,
        TargetGroupAttributes: [{ Key: "deregistration_delay.timeout_seconds", Value: "30" }],
        TargetType: "ip",
        UnhealthyThresholdCount: 3,
        VpcId: "vpc-0a1b2c3d",
      },
    });
  });

  it("load-balancer: listener rule forwarding /api/* to the target group", () => {
    expect(resources.ListenerRule).toStrictEqual({
      Type: "AWS::ElasticLoadBalancingV2::ListenerRule",
      Properties: {
        Actions: [{ TargetGroupArn: new Ref("TargetGroup"), Type: "forward" }],
        Conditions: [{ Field: "path-pattern", PathPatternConfig: { Values: ["/api/*"] } }],
        ListenerArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/prod/50dc6c495c0c9188/f2f7dc8efc522ab2",
        Priority: 100,
      },
    });
  });

  it("task: task definition with sizes as strings and role ARNs", () => {
    const { ContainerDefinitions, ...task } = resources.TaskDefinition.Properties;
    expect(resources.TaskDefinition.Type).toBe("AWS::ECS::TaskDefinition");
    expect(task).toStrictEqual({
      Cpu: "512",
      ExecutionRoleArn: new GetAtt("ExecutionRole", "Arn"),
      Family: "my-api",
      Memory: "1024",
      NetworkMode: "awsvpc",
      RequiresCompatibilities: ["FARGATE"],
      RuntimePlatform: { CpuArchitecture: "X86_64", OperatingSystemFamily: "LINUX" },
      Tags: TAGS,
      TaskRoleArn: new GetAtt("TaskRole", "Arn"),
    });
    expect(ContainerDefinitions).toStrictEqual([
      {
        Environment: [
          { Name: "ENV", Value: "production" },
          { Name: "PORT", Value: "8080" },
        ],
        Essential: true,
        HealthCheck: {
          Command: ["CMD-SHELL", "curl -f http://localhost:8080/health || exit 1"],
          Interval: 30,
          Retries: 3,
          StartPeriod: 0,
          Timeout: 5,
        },
        Image: new Sub("123456789012.dkr.ecr.us-east-1.amazonaws.com/my-api:${ImageTag}"),
        LogConfiguration: {
          LogDriver: "awslogs",
          Options: { "awslogs-group": new Ref("LogGroup"), "awslogs-region": "us-east-1", "awslogs-stream-prefix": "ecs" },
        },
        Name: "api",
        PortMappings: [{ ContainerPort: 8080, Name: "http", Protocol: "tcp" }],
        ReadonlyRootFilesystem: true,
        Secrets: [{ Name: "DB_PASSWORD", ValueFrom: "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-password" }],
      },
    ]);
  });

  it("service: network, load balancer, deployment and DependsOn", () => {
    expect(resources.Service).toStrictEqual({
      Type: "AWS::ECS::Service",
      DependsOn: ["ListenerRule"],
      Properties: {
        Cluster: "prod-cluster",
        DeploymentConfiguration: {
          DeploymentCircuitBreaker: { Enable: true, Rollback: true },
          MaximumPercent: 200,
          MinimumHealthyPercent: 100,
        },
        DeploymentController: { Type: "ECS" },
        DesiredCount: 3,
        EnableECSManagedTags: true,
        EnableExecuteCommand: false,
        HealthCheckGracePeriodSeconds: 60,
        LaunchType: "FARGATE",
        LoadBalancers: [{ ContainerName: "api", ContainerPort: 8080, TargetGroupArn: new Ref("TargetGroup") }],
        NetworkConfiguration: {
          AwsvpcConfiguration: {
            AssignPublicIp: "DISABLED",
            SecurityGroups: [new GetAtt("SecurityGroup", "GroupId")],
            Subnets: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"],
          },
        },
        PlatformVersion: "LATEST",
        PropagateTags: "TASK_DEFINITION",
        SchedulingStrategy: "REPLICA",
        ServiceName: "my-api",
        Tags: TAGS,
        TaskDefinition: new Ref("TaskDefinition"),
      },
    });
  });
});
