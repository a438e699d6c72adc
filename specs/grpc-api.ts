import { defineService } from "berth";

/**
 * A gRPC service behind an HTTPS listener of the shared ALB: gRPC calls to grpc.example.com go
 * to a GRPC target group (health-checked with the standard gRPC health service, healthy on
 * status 0 = OK); its REST gateway on api.example.com talks HTTP/2 to the tasks through a second,
 * HTTP2 target group. Two load balancer attachments, one per container port.
 */
export default defineService({
  name: "grpc-api",
  account: "123456789012",
  region: "us-east-1",
  cluster: "prod-cluster",
  cpu: 1024,
  memory: 2048,
  container: {
    name: "api",
    image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/grpc-api:3.4.0",
    portMappings: [{ containerPort: 50051, name: "grpc" }, { containerPort: 8080, name: "gateway" }],
  },
  network: {
    vpc: "vpc-0a1b2c3d",
    subnets: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"],
    allowFrom: ["sg-0f1e2d3c"],
  },
  loadBalancer: [
    {
      listener: "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/prod/50dc6c495c0c9188/0a1b2c3d4e5f6a7b",
      priority: 300,
      hosts: ["grpc.example.com"],
      headers: { "content-type": ["application/grpc*"] },
      port: 50051,
      targetGroupName: "grpc-api-grpc",
      protocolVersion: "GRPC",
      healthCheck: { path: "/grpc.health.v1.Health/Check", matcher: "0", interval: 10 },
      algorithm: "least_outstanding_requests",
    },
    {
      listener: "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/prod/50dc6c495c0c9188/0a1b2c3d4e5f6a7b",
      priority: 310,
      hosts: ["api.example.com"],
      port: 8080,
      targetGroupName: "grpc-api-gateway",
      protocolVersion: "HTTP2",
      healthCheck: { path: "/healthz", matcher: "200-299" },
    },
  ],
  desiredCount: 2,
});
