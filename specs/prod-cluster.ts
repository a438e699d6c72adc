import { defineCluster } from "berth";

/**
 * The cluster of the ECS guide: Fargate and Fargate Spot associated, with the guide's default
 * strategy (the first task on regular Fargate, then four of every five on Fargate Spot). The
 * services of specs/ that name prod-cluster in us-east-1 are checked against it. Like the guide,
 * the Cloud Map namespace prod.local exists already (my-api registers in it by id); a cluster
 * spec can also create one: namespace: { name: "prod.local", vpc: "vpc-…" }.
 */
export default defineCluster({
  name: "prod-cluster",
  account: "123456789012",
  region: "us-east-1",
  capacityProviders: { fargate: true, fargateSpot: true },
  defaultStrategy: [
    { provider: "FARGATE_SPOT", weight: 4, base: 0 },
    { provider: "FARGATE", weight: 1, base: 1 },
  ],
});
