import { defineService } from "berth";

/**
 * A log agent on every EC2 instance of specs/gpu-cluster.ts: a DAEMON service in host network
 * mode, so other tasks on the instance ship logs to it with the fluentd log driver at
 * localhost:24224 and it forwards them to CloudWatch Logs. No load balancer; read-only root
 * file system; daemons are replaced half at a time.
 */
export default defineService({
  name: "log-agent",
  account: "123456789012",
  region: "us-east-1",
  cluster: "gpu-cluster",
  launchType: "EC2",
  scheduling: "DAEMON",
  networkMode: "host",
  cpu: 256,
  memory: 512,
  container: {
    name: "fluent-bit",
    image: "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4",
    port: 24224,
    // Host networking shares the instance's network stack: run as nobody, not as the image's root.
    user: "65534:65534",
    readonlyRootFilesystem: true,
    environment: { FLB_LOG_LEVEL: "info", LOG_GROUP_NAME: "/ecs/node-logs" },
  },
  deploy: { minimumHealthyPercent: 50, maximumPercent: 100 },
  taskRole: {
    statements: [
      {
        actions: ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
        resources: ["arn:aws:logs:us-east-1:123456789012:log-group:/ecs/node-logs:*"],
      },
    ],
  },
  tags: { team: "platform" },
});
