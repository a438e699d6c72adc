import { defineService } from "berth";

/**
 * The ECS guide's FireLens example: a Fluent Bit log-router sidecar, and an API container that
 * logs through it to CloudWatch Logs (log group /ecs/firelens-api, streams prefixed
 * "from-firelens-"). The router itself logs to the same stack-created group with awslogs, so
 * its own failures stay visible. The task role may write exactly that group (and create it:
 * auto_create_group); nothing else.
 */
export default defineService({
  name: "firelens-api",
  account: "123456789012",
  region: "us-east-1",
  cluster: "prod-cluster",
  cpu: 512,
  memory: 1024,
  container: {
    name: "api",
    image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/firelens-api:1.0.0",
    port: 8080,
    environment: { ENV: "production", PORT: "8080" },
    logging: {
      driver: "firelens",
      options: {
        Name: "cloudwatch_logs",
        region: "us-east-1",
        log_group_name: "/ecs/firelens-api",
        log_stream_prefix: "from-firelens-",
        auto_create_group: "true",
      },
    },
  },
  sidecars: [
    {
      name: "log-router",
      // Pinned, not `latest`: sidecar images are fixed in the template, so `latest` would change
      // the router whenever a task is replaced, with no diff in the infra repo to review.
      image: "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4",
      // AWS recommends an essential router: if it dies, ECS replaces the task instead of
      // letting it run on with its logs going nowhere.
      essential: true,
      // AWS's FireLens examples reserve 50 MiB for the router.
      memoryReservation: 50,
      firelens: { type: "fluentbit", ecsLogMetadata: true },
    },
  ],
  network: {
    vpc: "vpc-0a1b2c3d",
    subnets: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"],
    allowFrom: ["sg-0f1e2d3c"],
  },
  desiredCount: 2,
  tags: { team: "platform", environment: "production" },
});
