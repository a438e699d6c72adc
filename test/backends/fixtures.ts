import type {
  Container,
  ListenerRuleResource,
  LogGroupResource,
  RoleResource,
  SecurityGroupResource,
  ServiceResource,
  Stack,
  TargetGroupResource,
  TaskDefinitionResource,
} from "../../src/ir/index.js";

/*
 * Hand-written IR for the ECS guide's service (the one DESIGN.md shows as a spec): what lowering
 * is expected to produce for it, written out so each backend is tested on its own, independent of
 * the lowering stage. Both backends' tests use this one stack, so they check the same input.
 */

/** Account of the fixture, reused by assertions. */
export const ACCOUNT = "123456789012";
/** Region of the fixture, reused by assertions. */
export const REGION = "us-east-1";
const SECRET_ARN = `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:prod/db-password`;
const LISTENER_ARN = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:listener/app/prod/50dc6c495c0c9188/f2f7dc8efc522ab2`;

/** Tags on every taggable resource. `berth:service` sorts after `ManagedBy` by code point only. */
export const TAGS = { ManagedBy: "berth", "berth:service": "my-api" } as const;

/** Trust-policy conditions against the confused-deputy problem. */
const TRUST_CONDITIONS = {
  StringEquals: { "aws:SourceAccount": ACCOUNT },
  ArnLike: { "aws:SourceArn": `arn:aws:ecs:${REGION}:${ACCOUNT}:*` },
};

const logGroup: LogGroupResource = { kind: "logGroup", id: "LogGroup", name: "/ecs/my-api", retentionDays: 30, retainOnDelete: false, tags: TAGS };

const executionRole: RoleResource = {
  kind: "role",
  id: "ExecutionRole",
  name: "my-api-execution",
  description: "Lets ECS pull the image, write logs and read the secrets of my-api",
  principal: "ecs-tasks.amazonaws.com",
  trustConditions: TRUST_CONDITIONS,
  managedPolicies: ["arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"],
  inlinePolicies: [
    {
      name: "read-secrets",
      statements: [
        { sid: "ReadSecrets", effect: "Allow", actions: ["secretsmanager:GetSecretValue"], resources: [`${SECRET_ARN}-??????`] },
      ],
    },
  ],
  tags: TAGS,
};

const taskRole: RoleResource = {
  kind: "role",
  id: "TaskRole",
  name: "my-api-task",
  description: "Permissions of the my-api application code",
  principal: "ecs-tasks.amazonaws.com",
  trustConditions: TRUST_CONDITIONS,
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
          // An IAM policy variable: must reach AWS verbatim (not a Terraform interpolation, not a Fn::Sub).
          resources: ["arn:aws:s3:::my-api-data/${aws:PrincipalTag/team}/*"],
          conditions: { Bool: { "aws:SecureTransport": "true" } },
        },
      ],
    },
  ],
  tags: TAGS,
};

const securityGroup: SecurityGroupResource = {
  kind: "securityGroup",
  id: "SecurityGroup",
  name: "my-api-tasks",
  description: "Tasks of my-api",
  vpcId: "vpc-0a1b2c3d",
  egress: [{ protocol: "all", destination: { cidr: "0.0.0.0/0" }, description: "Allow all outbound traffic" }],
  ingress: [
    {
      protocol: "tcp",
      fromPort: 8080,
      toPort: 8080,
      source: { securityGroupId: "sg-0a1b2c3d4e5f60718" },
      description: "Container port 8080 from sg-0a1b2c3d4e5f60718",
    },
  ],
  tags: TAGS,
};

const targetGroup: TargetGroupResource = {
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
    matcher: "200",
  },
  deregistrationDelaySeconds: 30,
  replaceSideBySide: true,
  tags: TAGS,
};

const listenerRule: ListenerRuleResource = {
  kind: "listenerRule",
  id: "ListenerRule",
  listenerArn: LISTENER_ARN,
  priority: 100,
  pathPatterns: ["/api/*"],
  hostHeaders: [],
  httpHeaders: [],
  queryStrings: [],
  sourceIps: [],
  httpMethods: [],
  targetGroup: "TargetGroup",
};

const api: Container = {
  name: "api",
  image: { kind: "input", repository: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/my-api`, separator: ":", input: "ImageTag" },
  essential: true,
  portMappings: [{ containerPort: 8080, protocol: "tcp", name: "http" }],
  environment: [
    { name: "ENV", value: "production" },
    { name: "PORT", value: "8080" },
  ],
  secrets: [{ name: "DB_PASSWORD", valueFrom: SECRET_ARN }],
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
  logging: { driver: "awslogs", logGroup: { resource: "LogGroup", attribute: "name" }, region: REGION, streamPrefix: "ecs" },
};

const taskDefinition: TaskDefinitionResource = {
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
  containers: [api],
  volumes: [],
  tags: TAGS,
};

const service: ServiceResource = {
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
};

/** The guide's `my-api` service as an IR stack, resources in lowering order (not sorted). */
export function myApiStack(): Stack {
  return {
    name: "my-api",
    source: "specs/my-api.ts",
    description: "my-api: ECS service on prod-cluster (generated by berth from specs/my-api.ts)",
    account: ACCOUNT,
    region: REGION,
    inputs: [{ id: "ImageTag", description: "Image tag of the api container; CI sets it on each deploy", default: "latest" }],
    resources: [logGroup, executionRole, taskRole, securityGroup, targetGroup, listenerRule, taskDefinition, service],
    outputs: [
      { id: "ServiceName", description: "Name of the ECS service", value: { resource: "Service", attribute: "name" } },
      { id: "ServiceArn", description: "ARN of the ECS service", value: { resource: "Service", attribute: "arn" } },
      { id: "TaskDefinitionArn", description: "ARN of the task definition revision", value: { resource: "TaskDefinition", attribute: "arn" } },
      { id: "TargetGroupArn", description: "ARN of the target group", value: { resource: "TargetGroup", attribute: "arn" } },
      { id: "LogGroupName", description: "CloudWatch Logs group of the containers", value: { resource: "LogGroup", attribute: "name" } },
    ],
  };
}

/**
 * Variations on {@link myApiStack} exercising the optional branches: a fixed image with a
 * sidecar it depends on, command/entry point/user/working directory, container-level sizes,
 * ephemeral storage, host-header conditions, CIDR ingress, a literal security group, public
 * IP, ARM64, and no tags.
 */
export function variantStack(): Stack {
  const base = myApiStack();
  const untagged = {};
  const sidecar: Container = {
    ...api,
    name: "log-router",
    image: { kind: "fixed", reference: "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable" },
    essential: false,
    portMappings: [],
    environment: [],
    secrets: [],
    readonlyRootFilesystem: false,
    logging: api.logging.driver === "awslogs" ? { ...api.logging, streamPrefix: "log-router" } : api.logging,
  };
  const main: Container = {
    ...api,
    command: ["node", "server.js"],
    entryPoint: ["/usr/bin/tini", "--"],
    workingDirectory: "/app",
    user: "1000:1000",
    cpu: 384,
    memory: 768,
    memoryReservation: 512,
    dependsOn: [{ containerName: "log-router", condition: "START" }],
  };
  return {
    ...base,
    resources: [
      { ...logGroup, tags: untagged },
      { ...executionRole, trustConditions: undefined, tags: untagged },
      { ...taskRole, tags: untagged },
      { ...securityGroup, ingress: [{ ...securityGroup.ingress[0]!, source: { cidr: "10.0.0.0/16" }, description: "Container port 8080 from the VPC" }], tags: untagged },
      { ...targetGroup, tags: untagged },
      { ...listenerRule, hostHeaders: ["api.example.com"] },
      {
        ...taskDefinition,
        runtimePlatform: { cpuArchitecture: "ARM64", operatingSystemFamily: "LINUX" },
        ephemeralStorageGiB: 30,
        containers: [main, sidecar],
        tags: untagged,
      },
      {
        ...service,
        network: { ...service.network!, securityGroups: ["sg-0a1b2c3d", { resource: "SecurityGroup", attribute: "id" }], assignPublicIp: true },
        tags: untagged,
      },
    ],
  };
}
