import { defineService, secretsManager } from "berth";

/**
 * The ECS guide's blue/green deployment: CodeDeploy shifts 10 % of the traffic to the new tasks,
 * waits 5 minutes, then shifts the rest (CodeDeployDefault.ECSCanary10Percent5Minutes). Lambda
 * hooks check the new tasks before and after production traffic reaches them; a test listener
 * lets them see the new version first; a 5xx alarm stops and rolls back a bad release.
 */
export default defineService({
  name: "canary-api",
  account: "123456789012",
  region: "us-east-1",
  cluster: "prod-cluster",
  cpu: 512,
  memory: 1024,
  container: {
    name: "api",
    image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/canary-api:2.7.0",
    port: 8080,
    environment: { ENV: "production", PORT: "8080" },
    secrets: {
      DB_PASSWORD: secretsManager("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/canary-api/db-password"),
    },
    healthCheck: { command: "curl -f http://localhost:8080/health || exit 1", interval: 30, timeout: 5, retries: 3 },
  },
  network: {
    vpc: "vpc-0a1b2c3d",
    subnets: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"],
    allowFrom: ["sg-0f1e2d3c"],
  },
  loadBalancer: {
    listener: "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/prod/50dc6c495c0c9188/f2f7dc8efc522ab2",
    priority: 110,
    paths: ["/orders/*"],
    healthCheck: { path: "/health", interval: 15, healthyThreshold: 2, unhealthyThreshold: 3 },
    deregistrationDelay: 30,
  },
  desiredCount: 3,
  deploy: {
    strategy: "canary",
    percent: 10,
    waitMinutes: 5,
    testTraffic: { listener: "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/prod/50dc6c495c0c9188/8e1f2a3b4c5d6e7f" },
    hooks: {
      beforeAllowTraffic: "arn:aws:lambda:us-east-1:123456789012:function:PreTrafficHook",
      afterAllowTraffic: "arn:aws:lambda:us-east-1:123456789012:function:PostTrafficHook",
    },
    alarms: { target5xxPerMinute: 10 },
  },
  tags: { team: "orders", environment: "production" },
});
