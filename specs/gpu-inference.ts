import { defineService } from "berth";

/**
 * A model server on the GPU capacity of specs/gpu-cluster.ts: one GPU per task, bridge network
 * mode (dynamic host ports registered in an instance target group, health-checked on the
 * traffic port) behind a rule of the shared ALB, spread across Availability Zones and then
 * bin-packed on memory so whole instances free up for managed scaling to remove.
 */
export default defineService({
  name: "gpu-inference",
  account: "123456789012",
  region: "us-east-1",
  cluster: "gpu-cluster",
  capacityProviders: [{ provider: "gpu-g5" }],
  networkMode: "bridge",
  cpu: 2048,
  memory: 8192,
  container: {
    name: "model",
    image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/gpu-inference:2.3.0",
    port: 8080,
    gpu: 1,
    environment: { MODEL_NAME: "sentiment-large", MAX_BATCH_SIZE: "16" },
    healthCheck: { command: "curl -f http://localhost:8080/health || exit 1", interval: 30, timeout: 5, retries: 3, startPeriod: 120 },
  },
  // In bridge mode only the VPC is used (for the target group); the tasks use the instances' network.
  network: { vpc: "vpc-0a1b2c3d4e5f60718", subnets: ["subnet-0a1b2c3d4e5f60718", "subnet-4e5f6a7b8c9d0e1f2"] },
  loadBalancer: {
    listener: "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/prod/50dc6c495c0c9188/f2f7dc8efc522ab2",
    priority: 210,
    paths: ["/v1/models/*"],
    healthCheck: { path: "/health", interval: 15, healthyThreshold: 2, unhealthyThreshold: 3 },
    deregistrationDelay: 60,
    // Loading the model takes a while; the load balancer's checks count only after that.
    healthCheckGracePeriod: 180,
  },
  placement: {
    strategy: [
      { type: "spread", field: "attribute:ecs.availability-zone" },
      { type: "binpack", field: "memory" },
    ],
  },
  desiredCount: 2,
  tags: { team: "ml-platform" },
});
