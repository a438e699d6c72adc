import { defineService } from "berth";

/**
 * A queue worker with no load balancer: it scales on the SQS backlog per task (target 100
 * messages per task, between 1 and 20 tasks) and, when messages start to wait too long, steps
 * out faster on the age of the oldest message. Backlog per task divides by the Container
 * Insights metric RunningTaskCount, so the cluster must have Container Insights enabled.
 */
export default defineService({
  name: "queue-worker",
  account: "123456789012",
  region: "us-east-1",
  cluster: "arn:aws:ecs:us-east-1:123456789012:cluster/prod-cluster",
  cpu: 512,
  memory: 1024,
  architecture: "arm64",
  container: {
    name: "worker",
    image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/order-worker:3.1.0",
    command: ["./worker", "--queue", "https://sqs.us-east-1.amazonaws.com/123456789012/orders"],
    environment: { LOG_LEVEL: "info", MAX_MESSAGES: "10" },
    user: "1000:1000",
  },
  network: {
    vpc: "vpc-0a1b2c3d4e5f60718",
    subnets: ["subnet-0a1b2c3d4e5f60718", "subnet-4e5f6a7b8c9d0e1f2"],
  },
  desiredCount: 1,
  scaling: {
    min: 1,
    max: 20,
    queue: { arn: "arn:aws:sqs:us-east-1:123456789012:orders", backlogPerTask: 100 },
    stepScaling: [
      {
        name: "oldest-message",
        metric: { namespace: "AWS/SQS", name: "ApproximateAgeOfOldestMessage", dimensions: { QueueName: "orders" }, statistic: "Maximum" },
        when: "above",
        // Messages older than 5 minutes: 2 more tasks; older than 15 minutes: 5 more.
        steps: [
          { at: 300, change: 2 },
          { at: 900, change: 5 },
        ],
        evaluationPeriods: 2,
      },
    ],
    // Workers finish their batch before they go: scale in slowly.
    scaleInCooldown: 600,
  },
  taskRole: {
    statements: [
      {
        actions: ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueAttributes"],
        resources: ["arn:aws:sqs:us-east-1:123456789012:orders"],
      },
    ],
  },
  tags: { team: "orders", environment: "production" },
});
