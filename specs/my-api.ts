import { defineService, secretsManager } from "berth";

/**
 * The service from the ECS guide berth is built from: a Fargate API behind a shared ALB,
 * its database password from Secrets Manager, three tasks, 100/200 % rolling deploys, and
 * DNS-based service discovery with Cloud Map.
 */
export default defineService({
  name: "my-api",
  account: "123456789012",
  region: "us-east-1",
  cluster: "prod-cluster",
  cpu: 512,
  memory: 1024,
  container: {
    name: "api",
    image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-api:latest",
    port: 8080,
    environment: { ENV: "production", PORT: "8080" },
    secrets: {
      DB_PASSWORD: secretsManager("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-password"),
    },
    healthCheck: { command: "curl -f http://localhost:8080/health || exit 1", interval: 30, timeout: 5, retries: 3 },
  },
  network: {
    vpc: "vpc-0a1b2c3d",
    subnets: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"],
    // The ALB's security group; berth generates the tasks' group and opens port 8080 to it.
    allowFrom: ["sg-0f1e2d3c"],
  },
  loadBalancer: {
    listener: "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/prod/50dc6c495c0c9188/f2f7dc8efc522ab2",
    priority: 100,
    paths: ["/api/*"],
    healthCheck: { path: "/health", interval: 15, healthyThreshold: 2, unhealthyThreshold: 3 },
    deregistrationDelay: 30,
  },
  desiredCount: 3,
  // Cloud Map: each task registers an A record (TTL 10 s) in the guide's private namespace, so
  // other services in the VPC reach it as my-api.prod.local. A namespace created by a
  // defineCluster() spec of the same run can be named instead: namespace: "prod.local".
  // The guide's existing private DNS namespace prod.local, by id: tasks resolve as my-api.prod.local.
  discovery: { namespace: "ns-0a1b2c3d4e5f6a7b", ttl: 10 },
  deploy: { minimumHealthyPercent: 100, maximumPercent: 200 },
  tags: { team: "payments", environment: "production" },
});
