import { defineService } from "berth";

/**
 * Blue/green on a load balancer berth creates: CodeDeploy moves production traffic on listener
 * 443 of public-web (specs/public-web.ts) all at once after the new tasks have answered test
 * traffic on its 8443 listener; both listener ARNs are imported from the load balancer stack.
 */
export default defineService({
  name: "checkout-web",
  account: "123456789012",
  region: "us-east-1",
  cluster: "prod-cluster",
  cpu: 256,
  memory: 512,
  container: {
    name: "web",
    image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/checkout-web:3.1.0",
    port: 3000,
  },
  network: { vpc: "vpc-0a1b2c3d", subnets: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"] },
  loadBalancer: {
    listener: { loadBalancer: "public-web", port: 443 },
    priority: 200,
    hosts: ["checkout.example.com"],
    healthCheck: { path: "/healthz" },
    deregistrationDelay: 30,
  },
  desiredCount: 2,
  deploy: {
    strategy: "allAtOnce",
    testTraffic: { listener: { loadBalancer: "public-web", port: 8443 } },
  },
  tags: { team: "checkout", environment: "production" },
});
