import { defineLoadBalancer } from "berth";

/**
 * An internal Network Load Balancer for TCP traffic: a TCP listener on 5432 whose target group
 * (ip targets, for Fargate tasks) the pg-proxy service registers into, and a TLS listener on
 * 5433 terminating TLS in front of the same kind of target. Only the VPC's own range reaches it.
 */
export default defineLoadBalancer({
  name: "private-tcp",
  account: "123456789012",
  region: "us-east-1",
  type: "network",
  scheme: "internal",
  vpc: "vpc-0a1b2c3d",
  subnets: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"],
  allowFrom: ["10.0.0.0/16", "pl-0a1b2c3d"],
  listeners: [
    {
      port: 5432,
      target: { type: "ip", healthCheck: { protocol: "TCP", interval: 10, threshold: 3 }, deregistrationDelay: 60 },
    },
    {
      port: 5433,
      protocol: "TLS",
      certificates: ["arn:aws:acm:us-east-1:123456789012:certificate/3f2c9a4e-1b7d-4c8e-9a0f-5d6e7f8a9b0c"],
      target: { port: 5432, healthCheck: { protocol: "HTTP", path: "/ready" }, preserveClientIp: false },
    },
  ],
  crossZone: true,
  // A database entry point: not deleted by accident, and its TLS connections logged.
  deletionProtection: true,
  accessLogs: { bucket: "example-elb-access-logs", prefix: "private-tcp" },
  tags: { team: "data", environment: "production" },
});
