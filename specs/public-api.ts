import { defineService } from "berth";

/**
 * A public HTTPS API on the public-web load balancer (specs/public-web.ts): a rule on its 443
 * listener sends api.example.com/v1/* to the tasks. The tasks' security group admits only the
 * load balancer's group on port 8080.
 */
export default defineService({
  name: "public-api",
  account: "123456789012",
  region: "us-east-1",
  cluster: "prod-cluster",
  cpu: 512,
  memory: 1024,
  container: {
    name: "api",
    image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/public-api:1.4.2",
    port: 8080,
    environment: { PORT: "8080" },
  },
  network: { vpc: "vpc-0a1b2c3d", subnets: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"] },
  loadBalancer: {
    listener: { loadBalancer: "public-web", port: 443 },
    priority: 100,
    hosts: ["api.example.com"],
    paths: ["/v1/*"],
    healthCheck: { path: "/health" },
    deregistrationDelay: 30,
  },
  desiredCount: 2,
  tags: { team: "api", environment: "production" },
});
