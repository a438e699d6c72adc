import { defineService } from "berth";

/**
 * A custom linear rollout: CodeDeploy moves 20 % more of the traffic every 2 minutes, a shape no
 * predefined config has, so the stack creates its own deployment config. CI owns the image: it
 * writes the tag to an SSM parameter that every deploy of the stack reads, so an infrastructure
 * change never rolls the image back. The old tasks stay up 15 minutes after a deployment.
 */
export default defineService({
  name: "linear-api",
  account: "123456789012",
  region: "us-east-1",
  cluster: "prod-cluster",
  cpu: 1024,
  memory: 2048,
  container: {
    name: "web",
    image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/linear-api:3.1.0",
    port: 3000,
    environment: { NODE_ENV: "production" },
  },
  network: {
    vpc: "vpc-0a1b2c3d",
    subnets: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"],
    allowFrom: ["sg-0f1e2d3c"],
  },
  loadBalancer: {
    listener: "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/prod/50dc6c495c0c9188/f2f7dc8efc522ab2",
    priority: 120,
    hosts: ["linear.example.com"],
    healthCheck: { path: "/healthz", interval: 10, healthyThreshold: 2 },
    deregistrationDelay: 20,
  },
  desiredCount: 4,
  deploy: {
    strategy: "linear",
    percent: 20,
    intervalMinutes: 2,
    terminationWaitMinutes: 15,
    hooks: { afterInstall: "arn:aws:lambda:us-east-1:123456789012:function:linear-api-smoke-test" },
    alarms: { names: ["linear-api-p99-latency"], cpuPercent: 85 },
    imageOwner: "ci",
    imageTagParameter: "/prod/linear-api/image-tag",
  },
  tags: { team: "web" },
});
