// The AWS CDK equivalent of specs/my-api.ts, for bench/run.js: `node bench/cdk/app.js <outdir>`
// synthesizes it into <outdir> as a cold process. Plain JS (no TypeScript compile step) so the
// timing is CDK synth alone. Everything existing is imported with fromXxxAttributes/fromXxxArn,
// never fromLookup, so synth needs no AWS credentials, no network and no cdk.context.json.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, Duration, Stack, Tags } from "aws-cdk-lib";
import * as ec2 from "aws-cdk-lib/aws-ec2";
import * as ecr from "aws-cdk-lib/aws-ecr";
import * as ecs from "aws-cdk-lib/aws-ecs";
import * as elbv2 from "aws-cdk-lib/aws-elasticloadbalancingv2";
import * as logs from "aws-cdk-lib/aws-logs";
import * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";
import * as servicediscovery from "aws-cdk-lib/aws-servicediscovery";

const outdir = process.argv[2] ?? mkdtempSync(join(tmpdir(), "berth-bench-cdk-"));
// Construct stack traces (aws:cdk:trace) off: debugging metadata only, and off is the faster
// setting, so the comparison leans towards the CDK rather than away from it.
const app = new App({ outdir, stackTraces: false });
const stack = new Stack(app, "MyApi", { env: { account: "123456789012", region: "us-east-1" } });

const vpc = ec2.Vpc.fromVpcAttributes(stack, "Vpc", {
  vpcId: "vpc-0a1b2c3d",
  availabilityZones: ["us-east-1a", "us-east-1b"],
  privateSubnetIds: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"],
});
const cluster = ecs.Cluster.fromClusterAttributes(stack, "Cluster", { clusterName: "prod-cluster", vpc, securityGroups: [] });
// The ALB's security group: the listener below opens the container port to it, like allowFrom.
const albSecurityGroup = ec2.SecurityGroup.fromSecurityGroupId(stack, "AlbSg", "sg-0f1e2d3c");
const listener = elbv2.ApplicationListener.fromApplicationListenerAttributes(stack, "Listener", {
  listenerArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/prod/50dc6c495c0c9188/f2f7dc8efc522ab2",
  securityGroup: albSecurityGroup,
});
const namespace = servicediscovery.PrivateDnsNamespace.fromPrivateDnsNamespaceAttributes(stack, "Namespace", {
  namespaceName: "prod.local",
  namespaceId: "ns-0a1b2c3d4e5f6a7b",
  namespaceArn: "arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-0a1b2c3d4e5f6a7b",
});

const taskDefinition = new ecs.FargateTaskDefinition(stack, "Task", { family: "my-api", cpu: 512, memoryLimitMiB: 1024 });
const logGroup = new logs.LogGroup(stack, "Logs", { logGroupName: "/ecs/my-api", retention: logs.RetentionDays.ONE_MONTH });
const dbPassword = secretsmanager.Secret.fromSecretPartialArn(stack, "DbPassword", "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-password");
taskDefinition.addContainer("api", {
  containerName: "api",
  // From an ECR repository (not fromRegistry) so the execution role gets pull rights, as berth's does.
  image: ecs.ContainerImage.fromEcrRepository(ecr.Repository.fromRepositoryName(stack, "Repo", "my-api"), "latest"),
  portMappings: [{ containerPort: 8080 }],
  environment: { ENV: "production", PORT: "8080" },
  secrets: { DB_PASSWORD: ecs.Secret.fromSecretsManager(dbPassword) },
  healthCheck: {
    command: ["CMD-SHELL", "curl -f http://localhost:8080/health || exit 1"],
    interval: Duration.seconds(30),
    timeout: Duration.seconds(5),
    retries: 3,
  },
  readonlyRootFilesystem: true,
  logging: ecs.LogDrivers.awsLogs({ logGroup, streamPrefix: "my-api" }),
});

const securityGroup = new ec2.SecurityGroup(stack, "ServiceSg", { vpc, description: "my-api tasks" });
const service = new ecs.FargateService(stack, "Service", {
  serviceName: "my-api",
  cluster,
  taskDefinition,
  desiredCount: 3,
  securityGroups: [securityGroup],
  vpcSubnets: { subnets: vpc.privateSubnets },
  assignPublicIp: false,
  minHealthyPercent: 100,
  maxHealthyPercent: 200,
  circuitBreaker: { rollback: true },
  propagateTags: ecs.PropagatedTagSource.SERVICE,
  cloudMapOptions: { name: "my-api", cloudMapNamespace: namespace, dnsRecordType: servicediscovery.DnsRecordType.A, dnsTtl: Duration.seconds(10) },
});

const targetGroup = new elbv2.ApplicationTargetGroup(stack, "Targets", {
  vpc,
  port: 8080,
  protocol: elbv2.ApplicationProtocol.HTTP,
  targetType: elbv2.TargetType.IP,
  targets: [service],
  deregistrationDelay: Duration.seconds(30),
  healthCheck: { path: "/health", interval: Duration.seconds(15), healthyThresholdCount: 2, unhealthyThresholdCount: 3 },
});
new elbv2.ApplicationListenerRule(stack, "Rule", {
  listener,
  priority: 100,
  conditions: [elbv2.ListenerCondition.pathPatterns(["/api/*"])],
  targetGroups: [targetGroup],
});

Tags.of(stack).add("team", "payments");
Tags.of(stack).add("environment", "production");

// `cdk synth` would print the stack's annotations; do the same on stderr (bench/run.js reports
// them) and fail on errors so a broken comparison is never timed as a fast one.
for (const stack of app.synth().stacks) {
  for (const { level, id, entry } of stack.messages) {
    process.stderr.write(`cdk ${level}: ${id}: ${entry.data}\n`);
    if (level === "error") process.exitCode = 1;
  }
}
