import { defineService, secretsManager } from "berth";

/**
 * A service moved onto berth without touching its IAM: the platform team owns the execution
 * and task roles (under the /legacy/ path), so the spec names them by ARN. berth creates no
 * role; the generated README lists what each role must allow for this task (ECR pull, logs,
 * the secret, and ECS Exec's ssmmessages channels on the task role).
 */
export default defineService({
  name: "legacy-roles-api",
  account: "123456789012",
  region: "eu-west-1",
  cluster: "legacy",
  cpu: 512,
  memory: 1024,
  executionRole: { arn: "arn:aws:iam::123456789012:role/legacy/orders-execution" },
  taskRole: { arn: "arn:aws:iam::123456789012:role/legacy/orders-task" },
  container: {
    name: "api",
    image: "123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders-api:3.8.1",
    port: 8080,
    environment: { ENV: "production" },
    secrets: { DB_PASSWORD: secretsManager("arn:aws:secretsmanager:eu-west-1:123456789012:secret:legacy/orders/db-password") },
    healthCheck: { command: "curl -f http://localhost:8080/health || exit 1" },
    // ECS Exec (exec: true below) injects an SSM agent that writes to the root file system.
    readonlyRootFilesystem: false,
  },
  network: {
    vpc: "vpc-0a1b2c3d4e5f60718",
    subnets: ["subnet-0a1b2c3d4e5f60718", "subnet-4e5f6a7b8c9d0e1f2"],
    allowFrom: ["10.20.0.0/16"],
  },
  desiredCount: 2,
  exec: true,
  tags: { team: "orders" },
});
