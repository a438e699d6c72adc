import { defineService } from "berth";

/**
 * The server half of two services talking over Service Connect: catalog-api serves its "http"
 * port as http://catalog:80 to every Service Connect client in shop-cluster's namespace
 * (cart-worker is one). The proxy handles HTTP (appProtocol), gives up on a request after
 * 10 seconds, and logs to the stack's log group. Clients in the VPC reach the tasks' port
 * through the security group's CIDR rule.
 */
export default defineService({
  name: "catalog-api",
  account: "123456789012",
  region: "us-east-1",
  cluster: "shop-cluster",
  cpu: 256,
  memory: 512,
  container: {
    name: "api",
    image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/catalog-api:3.2.0",
    portMappings: [{ containerPort: 8080, name: "http", appProtocol: "http" }],
    healthCheck: { command: "curl -f http://localhost:8080/health || exit 1" },
  },
  network: {
    vpc: "vpc-0a1b2c3d",
    subnets: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"],
    ingress: [{ source: "10.0.0.0/16", port: 8080, description: "Service Connect clients in the VPC" }],
  },
  serviceConnect: {
    services: [
      {
        portName: "http",
        discoveryName: "catalog",
        clientAliases: [{ port: 80, dnsName: "catalog" }],
        timeouts: { idle: 300, perRequest: 10 },
      },
    ],
  },
  desiredCount: 2,
});
