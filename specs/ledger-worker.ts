import { defineService, ssmParameter } from "berth";

/**
 * An internal service with no load balancer, on Graviton (arm64): other services reach it
 * through its security group on port 9090. Its configuration comes from SSM Parameter Store.
 */
export default defineService({
  name: "ledger-worker",
  account: "123456789012",
  region: "us-east-1",
  cluster: "arn:aws:ecs:us-east-1:123456789012:cluster/prod-cluster",
  cpu: 1024,
  memory: 2048,
  architecture: "arm64",
  container: {
    name: "worker",
    image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/ledger-worker:1.4.2",
    port: 9090,
    environment: { LOG_LEVEL: "info" },
    secrets: {
      LEDGER_DB_URL: ssmParameter("/prod/ledger/db-url", { kmsKey: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab" }),
    },
    command: ["./ledger", "serve", "--port", "9090"],
    user: "1000:1000",
    // ECS Exec (exec: true below) injects an SSM agent that writes to the root file system.
    readonlyRootFilesystem: false,
  },
  network: {
    vpc: "vpc-0a1b2c3d4e5f60718",
    subnets: ["subnet-0a1b2c3d4e5f60718", "subnet-4e5f6a7b8c9d0e1f2"],
    allowFrom: ["10.0.0.0/16"],
  },
  desiredCount: 2,
  taskRole: {
    statements: [
      { actions: ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"], resources: ["arn:aws:sqs:us-east-1:123456789012:ledger-events"] },
    ],
  },
  exec: true,
  tags: { team: "ledger" },
});
