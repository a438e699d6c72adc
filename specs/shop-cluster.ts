import { defineCluster } from "berth";

/**
 * A Fargate cluster whose Cloud Map namespace shop.local is also its Service Connect default:
 * catalog-api and cart-worker turn Service Connect on without naming a namespace and join it.
 */
export default defineCluster({
  name: "shop-cluster",
  account: "123456789012",
  region: "us-east-1",
  capacityProviders: { fargate: true, fargateSpot: false },
  namespace: { name: "shop.local", vpc: "vpc-0a1b2c3d" },
  tags: { team: "shop" },
});
