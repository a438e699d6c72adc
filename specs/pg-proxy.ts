import { defineService } from "berth";

/**
 * A TCP service behind a network load balancer berth creates: pg-proxy's tasks register in the
 * target group of listener 5432 of private-tcp (specs/private-tcp.ts). An NLB listener has no
 * rules, so there is no priority, path or host; the tasks' security group admits only the load
 * balancer's group on port 5432.
 */
export default defineService({
  name: "pg-proxy",
  account: "123456789012",
  region: "us-east-1",
  cluster: "prod-cluster",
  cpu: 256,
  memory: 512,
  container: {
    name: "pgbouncer",
    image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/pgbouncer:1.23.1",
    port: 5432,
  },
  network: { vpc: "vpc-0a1b2c3d", subnets: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"] },
  loadBalancer: {
    listener: { loadBalancer: "private-tcp", port: 5432 },
    healthCheckGracePeriod: 30,
  },
  desiredCount: 2,
  tags: { team: "data", environment: "production" },
});
