import type { Stack } from "../../../src/ir/index.js";

/** Tags every resource of the fixture carries, as lowering would resolve them. */
const TAGS = { ManagedBy: "berth", Service: "my-api" } as const;

/** Account of the fixture, reused by assertions. */
export const ACCOUNT = "123456789012";
/** Region of the fixture, reused by assertions. */
export const REGION = "us-east-1";

/**
 * A hand-written IR stack for the ECS guide's service (`specs/my-api.ts`), independent of the
 * lowering stage so this backend's tests do not move when lowering does.
 */
export const myApiStack: Stack = {
  name: "my-api",
  source: "specs/my-api.ts",
  description: "ECS service my-api on prod-cluster",
  account: ACCOUNT,
  region: REGION,
  inputs: [{ id: "ImageTag", description: "Tag of the my-api image to deploy", default: "latest" }],
  resources: [
    { kind: "logGroup", id: "LogGroup", name: "/ecs/my-api", retentionDays: 30, retainOnDelete: false, tags: TAGS },
    {
      kind: "role",
      id: "ExecutionRole",
      name: "my-api-execution",
      description: "Lets ECS pull the my-api image, write its logs and read its secrets",
      principal: "ecs-tasks.amazonaws.com",
      trustConditions: {
        StringEquals: { "aws:SourceAccount": ACCOUNT },
        ArnLike: { "aws:SourceArn": `arn:aws:ecs:${REGION}:${ACCOUNT}:*` },
      },
      managedPolicies: ["arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"],
      inlinePolicies: [
        {
          name: "read-secrets",
          statements: [
            {
              effect: "Allow",
              actions: ["secretsmanager:GetSecretValue"],
              resources: [`arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:prod/db-password`],
            },
          ],
        },
      ],
      tags: TAGS,
    },
    {
      kind: "role",
      id: "TaskRole",
      name: "my-api-task",
      description: "Identity of the my-api containers",
      principal: "ecs-tasks.amazonaws.com",
      trustConditions: { StringEquals: { "aws:SourceAccount": ACCOUNT } },
      managedPolicies: [],
      inlinePolicies: [
        {
          name: "app",
          statements: [
            {
              sid: "ExecCommand",
              effect: "Allow",
              actions: ["ssmmessages:CreateControlChannel", "ssmmessages:OpenDataChannel"],
              resources: ["*"],
            },
            {
              sid: "OwnPrefix",
              effect: "Allow",
              actions: ["s3:GetObject"],
              // An IAM policy variable: must reach AWS verbatim, not as a Terraform interpolation.
              resources: ["arn:aws:s3:::my-api-data/${aws:PrincipalTag/team}/*"],
              conditions: { Bool: { "aws:SecureTransport": "true" } },
            },
          ],
        },
      ],
      tags: TAGS,
    },
    {
      kind: "securityGroup",
      id: "SecurityGroup",
      name: "my-api",
      description: "Tasks of my-api",
      vpcId: "vpc-0a1b2c3d",
      egress: [{ protocol: "all", destination: { cidr: "0.0.0.0/0" }, description: "Allow all outbound traffic" }],
      ingress: [
        {
          protocol: "tcp",
          fromPort: 8080,
          toPort: 8080,
          source: { securityGroupId: "sg-0a1b2c3d4e5f60718" },
          description: "Traffic from the load balancer",
        },
      ],
      tags: TAGS,
    },
    {
      kind: "targetGroup",
      id: "TargetGroup",
      name: "my-api-tg",
      vpcId: "vpc-0a1b2c3d",
      port: 8080,
      protocol: "HTTP",
      targetType: "ip",
      healthCheck: {
        path: "/health",
        protocol: "HTTP",
        intervalSeconds: 15,
        timeoutSeconds: 5,
        healthyThreshold: 2,
        unhealthyThreshold: 3,
        matcher: "200-399",
      },
      deregistrationDelaySeconds: 30,
      tags: TAGS,
    },
    {
      kind: "listenerRule",
      id: "ListenerRule",
      listenerArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/prod/50dc6c495c0c9188/f2f7dc8efc522ab2",
      priority: 100,
      pathPatterns: ["/api/*"],
      hostHeaders: [],
      httpHeaders: [],
      queryStrings: [],
      sourceIps: [],
      httpMethods: [],
      targetGroup: "TargetGroup",
    },
    {
      kind: "taskDefinition",
      id: "TaskDefinition",
      family: "my-api",
      cpu: 512,
      memory: 1024,
      networkMode: "awsvpc",
      requiresCompatibilities: ["FARGATE"],
      runtimePlatform: { cpuArchitecture: "X86_64", operatingSystemFamily: "LINUX" },
      executionRole: { resource: "ExecutionRole", attribute: "arn" },
      taskRole: { resource: "TaskRole", attribute: "arn" },
      volumes: [],
      containers: [
        {
          name: "api",
          image: {
            kind: "input",
            repository: "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-api",
            separator: ":",
            input: "ImageTag",
          },
          essential: true,
          portMappings: [{ containerPort: 8080, protocol: "tcp" }],
          environment: [
            { name: "ENV", value: "production" },
            { name: "PORT", value: "8080" },
          ],
          secrets: [{ name: "DB_PASSWORD", valueFrom: "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-password" }],
          healthCheck: {
            command: ["CMD-SHELL", "curl -f http://localhost:8080/health || exit 1"],
            interval: 30,
            timeout: 5,
            retries: 3,
            startPeriod: 0,
          },
          readonlyRootFilesystem: true,
          dependsOn: [],
          mountPoints: [],
          volumesFrom: [],
          logging: { driver: "awslogs", logGroup: { resource: "LogGroup", attribute: "name" }, region: REGION, streamPrefix: "api" },
        },
      ],
      tags: TAGS,
    },
    {
      kind: "service",
      id: "Service",
      name: "my-api",
      cluster: "prod-cluster",
      taskDefinition: "TaskDefinition",
      desiredCount: 3,
      capacityProviderStrategy: [],
      schedulingStrategy: "REPLICA",
      placementConstraints: [],
      placementStrategy: [],
      deploymentController: "ECS",
      externallyManaged: [],
      launchType: "FARGATE",
      platformVersion: "LATEST",
      network: {
        subnets: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"],
        securityGroups: [{ resource: "SecurityGroup", attribute: "id" }],
        assignPublicIp: false,
      },
      loadBalancers: [{ targetGroup: "TargetGroup", containerName: "api", containerPort: 8080 }],
      serviceRegistries: [],
      volumeConfigurations: [],
      healthCheckGracePeriodSeconds: 60,
      deployment: { minimumHealthyPercent: 100, maximumPercent: 200, circuitBreaker: { enable: true, rollback: true } },
      enableExecuteCommand: false,
      propagateTags: "TASK_DEFINITION",
      enableEcsManagedTags: true,
      dependsOn: ["ListenerRule"],
      tags: TAGS,
    },
  ],
  outputs: [
    { id: "ServiceName", description: "Name of the ECS service", value: { resource: "Service", attribute: "name" } },
    { id: "ServiceArn", description: "ARN of the ECS service", value: { resource: "Service", attribute: "arn" } },
    { id: "TaskDefinitionArn", description: "ARN of the task definition revision", value: { resource: "TaskDefinition", attribute: "arn" } },
    { id: "TargetGroupArn", description: "ARN of the target group", value: { resource: "TargetGroup", attribute: "arn" } },
    { id: "LogGroupName", description: "Name of the log group", value: { resource: "LogGroup", attribute: "name" } },
  ],
};
