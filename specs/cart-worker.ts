import { defineService } from "berth";

/**
 * The client half: cart-worker has no port of its own to serve, so it joins shop-cluster's
 * Service Connect namespace as a client only and calls catalog-api at http://catalog (its
 * tasks' Service Connect proxy resolves and balances the name). The proxy's logs go to the
 * stack's log group under the "proxy" prefix.
 */
export default defineService({
  name: "cart-worker",
  account: "123456789012",
  region: "us-east-1",
  cluster: "shop-cluster",
  cpu: 256,
  memory: 512,
  container: {
    name: "worker",
    image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/cart-worker:1.8.0",
    environment: { CATALOG_URL: "http://catalog" },
  },
  network: { vpc: "vpc-0a1b2c3d", subnets: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"] },
  serviceConnect: { logging: { streamPrefix: "proxy" } },
  desiredCount: 1,
});
