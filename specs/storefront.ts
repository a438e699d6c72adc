import { defineService } from "berth";

/**
 * A service with two target groups: the shop on port 8080 behind the public listener (two
 * rules: pages by path, the JSON API by host and method; sticky sessions, slow start for a
 * warming cache), and its admin console on port 9090 behind an internal listener, reachable only
 * from the office network and with a session cookie the application sets.
 */
export default defineService({
  name: "storefront",
  account: "123456789012",
  region: "us-east-1",
  cluster: "prod-cluster",
  cpu: 512,
  memory: 1024,
  container: {
    name: "web",
    image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/storefront:8.1.0",
    portMappings: [{ containerPort: 8080 }, { containerPort: 9090 }, { containerPort: 9091 }],
  },
  network: {
    vpc: "vpc-0a1b2c3d",
    subnets: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"],
    allowFrom: ["sg-0f1e2d3c"],
  },
  loadBalancer: [
    {
      listener: "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/prod/50dc6c495c0c9188/f2f7dc8efc522ab2",
      rules: [
        { priority: 400, paths: ["/shop/*", "/cart/*"] },
        { priority: 401, hosts: ["api.shop.example.com"], methods: ["GET", "POST"] },
      ],
      port: 8080,
      healthCheck: { path: "/health" },
      stickiness: { type: "lb_cookie", duration: 3600 },
      slowStart: 60,
      algorithm: "least_outstanding_requests",
      deregistrationDelay: 30,
    },
    {
      listener: "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/internal/6a7b8c9d0e1f2a3b/4c5d6e7f8a9b0c1d",
      priority: 10,
      hosts: ["admin.shop.internal"],
      sourceIps: ["10.20.0.0/16"],
      port: 9090,
      targetGroupName: "storefront-admin",
      healthCheck: { path: "/admin/health", port: 9091, protocol: "HTTP" },
      stickiness: { type: "app_cookie", cookieName: "ADMIN_SESSION", duration: 28800 },
      algorithm: "weighted_random",
      healthCheckGracePeriod: 120,
    },
  ],
  desiredCount: 2,
});
