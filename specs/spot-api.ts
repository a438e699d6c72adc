import { defineService, secretsManager } from "berth";

/**
 * A Spot-heavy API, with the ECS guide's capacity strategy: the first task always on regular
 * Fargate, then four of every five on Fargate Spot (up to 70 % cheaper; Spot tasks get a
 * two-minute warning before they are reclaimed, and the load balancer drains them). It scales
 * on CPU and on requests per task between 3 and 12 tasks, with more headroom on weekday
 * mornings, Berlin time.
 */
export default defineService({
  name: "spot-api",
  account: "123456789012",
  region: "eu-central-1",
  // The cluster must have FARGATE and FARGATE_SPOT associated as capacity providers.
  // The eu-central-1 cluster named prod-cluster, not the us-east-1 one specs/prod-cluster.ts defines.
  cluster: "arn:aws:ecs:eu-central-1:123456789012:cluster/prod-cluster",
  capacityProviders: [
    { provider: "FARGATE_SPOT", weight: 4 },
    { provider: "FARGATE", weight: 1, base: 1 },
  ],
  cpu: 1024,
  memory: 2048,
  container: {
    name: "api",
    image: "123456789012.dkr.ecr.eu-central-1.amazonaws.com/catalog-api:2.7.0",
    port: 8080,
    environment: { NODE_ENV: "production", PORT: "8080" },
    secrets: {
      DATABASE_PASSWORD: secretsManager("arn:aws:secretsmanager:eu-central-1:123456789012:secret:prod/catalog/db-password"),
    },
    healthCheck: { command: "curl -f http://localhost:8080/health || exit 1", interval: 15, timeout: 5, retries: 3 },
  },
  network: {
    vpc: "vpc-0a1b2c3d4e5f60718",
    subnets: ["subnet-0a1b2c3d4e5f60718", "subnet-4e5f6a7b8c9d0e1f2", "subnet-7c8d9e0f1a2b3c4d5"],
    allowFrom: ["sg-0f1e2d3c4b5a69788"],
  },
  loadBalancer: {
    listener: "arn:aws:elasticloadbalancing:eu-central-1:123456789012:listener/app/prod/50dc6c495c0c9188/f2f7dc8efc522ab2",
    priority: 120,
    paths: ["/catalog/*"],
    healthCheck: { path: "/health", interval: 15, healthyThreshold: 2, unhealthyThreshold: 3 },
    // Shorter than Spot's two-minute warning, so in-flight requests finish before the task stops.
    deregistrationDelay: 30,
  },
  // The count the service starts with; from then on auto scaling owns it.
  desiredCount: 3,
  scaling: {
    min: 3,
    max: 12,
    cpuPercent: 60,
    requestsPerTarget: 1000,
    schedule: [
      { name: "weekday-morning", expression: "cron(0 7 ? * MON-FRI *)", timezone: "Europe/Berlin", min: 6 },
      { name: "weekday-evening", expression: "cron(0 20 ? * MON-FRI *)", timezone: "Europe/Berlin", min: 3 },
    ],
  },
  tags: { team: "catalog", environment: "production" },
});
