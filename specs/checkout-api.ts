import { defineService, secretsManager } from "berth";

/**
 * One service, two environments: staging is small, fixed at one task and routed by host on the
 * shared listener; prod is larger, scales between 3 and 12 tasks, and runs in its own subnets.
 * Each environment is its own stack (checkout-api-staging, checkout-api-prod) in
 * out/checkout-api/<environment>/, and every resource name carries the environment.
 */
export default defineService({
  name: "checkout-api",
  account: "123456789012",
  region: "us-east-1",
  cluster: "prod-cluster",
  cpu: 512,
  memory: 1024,
  container: {
    name: "api",
    image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/checkout-api:2.8.0",
    port: 8080,
    environment: { LOG_LEVEL: "info", PORT: "8080" },
    secrets: { DB_PASSWORD: secretsManager("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/checkout/db-password") },
    healthCheck: { command: "curl -f http://localhost:8080/health || exit 1" },
  },
  network: { vpc: "vpc-0a1b2c3d", subnets: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"], allowFrom: ["sg-0f1e2d3c"] },
  loadBalancer: {
    listener: "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/prod/50dc6c495c0c9188/f2f7dc8efc522ab2",
    priority: 200,
    hosts: ["checkout.example.com"],
    healthCheck: { path: "/health" },
  },
  scaling: { min: 3, max: 12, cpuPercent: 60 },
  tags: { team: "payments" },
  environments: {
    staging: {
      cpu: 256,
      memory: 512,
      desiredCount: 1,
      // Staging runs a fixed single task: no auto scaling.
      scaling: null,
      container: {
        environment: { LOG_LEVEL: "debug" },
        secrets: { DB_PASSWORD: secretsManager("arn:aws:secretsmanager:us-east-1:123456789012:secret:staging/checkout/db-password") },
      },
      network: { subnets: ["subnet-1a2b3c4d"] },
      loadBalancer: { priority: 220, hosts: ["checkout.staging.example.com"] },
      tags: { stage: "staging" },
    },
    prod: {
      cpu: 1024,
      memory: 2048,
      network: { subnets: ["subnet-0a1b2c3d", "subnet-4e5f6a7b", "subnet-8c9d0e1f"] },
      tags: { stage: "prod" },
    },
  },
});
