import { defineService } from "berth";

/**
 * A build runner that needs a large, fast scratch disk per task: ECS creates an encrypted gp3
 * EBS volume for every task at launch (size, IOPS and throughput below) and deletes it with the
 * task. berth creates the ECS infrastructure role ECS manages the volume with (AWS managed
 * policy AmazonECSInfrastructureRolePolicyForVolumes).
 */
export default defineService({
  name: "ebs-builder",
  account: "123456789012",
  region: "us-east-1",
  cluster: "prod-cluster",
  launchType: "FARGATE",
  cpu: 2048,
  memory: 4096,
  volumes: [
    {
      name: "workspace",
      type: "ebs",
      sizeGiB: 200,
      volumeType: "gp3",
      iops: 6000,
      throughput: 500,
      kmsKey: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
      fileSystemType: "ext4",
    },
  ],
  container: {
    name: "builder",
    image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/build-runner:5.0.1",
    environment: { WORKSPACE: "/workspace" },
    mountPoints: [{ volume: "workspace", containerPath: "/workspace" }],
  },
  network: {
    vpc: "vpc-0a1b2c3d4e5f60718",
    subnets: ["subnet-0a1b2c3d4e5f60718", "subnet-4e5f6a7b8c9d0e1f2"],
  },
  desiredCount: 1,
  tags: { team: "ci" },
});
