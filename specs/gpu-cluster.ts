import { defineCluster } from "berth";

/**
 * An ECS cluster for GPU inference: an Auto Scaling group of g5 instances (ECS GPU-optimized
 * Amazon Linux 2023 AMI, looked up in SSM at every deploy) behind a capacity provider with
 * managed scaling at 100 % and managed termination protection, plus Fargate for everything
 * else. ECS Exec sessions are logged to the cluster's own log group and KMS-encrypted.
 */
export default defineCluster({
  name: "gpu-cluster",
  account: "123456789012",
  region: "us-east-1",
  containerInsights: "enhanced",
  capacityProviders: {
    fargate: true,
    fargateSpot: false,
    ec2: [
      {
        name: "gpu-g5",
        // g5.xlarge first; g5.2xlarge when the Availability Zone has no g5.xlarge capacity.
        instanceTypes: ["g5.xlarge", "g5.2xlarge"],
        gpu: true,
        minSize: 0,
        maxSize: 6,
        targetCapacity: 100,
        rootVolumeGiB: 100,
        network: {
          vpc: "vpc-0a1b2c3d4e5f60718",
          subnets: ["subnet-0a1b2c3d4e5f60718", "subnet-4e5f6a7b8c9d0e1f2"],
          // The shared ALB reaches bridge-mode tasks on their dynamic host ports.
          allowFrom: ["sg-0f1e2d3c4b5a69788"],
        },
      },
    ],
  },
  defaultStrategy: [{ provider: "FARGATE", weight: 1 }],
  exec: {
    logging: "cluster",
    kmsKey: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
  },
  tags: { team: "ml-platform" },
});
