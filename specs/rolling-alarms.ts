import { defineService } from "berth";

/**
 * A rolling deploy guarded twice: the circuit breaker stops tasks that never get healthy, and
 * deployment alarms (CPU, memory, 5xx answers of the tasks, plus an existing latency alarm) stop
 * a release that starts but misbehaves. Either way ECS rolls back to the last good deployment.
 */
export default defineService({
  name: "rolling-alarms",
  account: "123456789012",
  region: "us-east-1",
  cluster: "prod-cluster",
  cpu: 512,
  memory: 1024,
  container: {
    name: "api",
    image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/rolling-alarms:5.2.1",
    port: 8080,
  },
  network: {
    vpc: "vpc-0a1b2c3d",
    subnets: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"],
    allowFrom: ["sg-0f1e2d3c"],
  },
  loadBalancer: {
    listener: "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/prod/50dc6c495c0c9188/f2f7dc8efc522ab2",
    priority: 130,
    paths: ["/billing/*"],
    healthCheck: { path: "/health" },
  },
  desiredCount: 3,
  deploy: {
    minimumHealthyPercent: 50,
    maximumPercent: 200,
    alarms: {
      names: ["rolling-alarms-p99-latency"],
      cpuPercent: 90,
      memoryPercent: 90,
      target5xxPerMinute: 20,
      rollback: true,
    },
  },
});
