import { defineLoadBalancer } from "berth";

/**
 * A public HTTPS endpoint on your own domain: an internet-facing ALB with its own security group,
 * HTTPS on 443 (TLS 1.3/1.2 policy, a second certificate served by SNI), HTTP on 80 redirecting
 * to HTTPS, a test listener on 8443 for blue/green deployments, access logs to S3 and a Route 53
 * alias record. Services attach to it by name and port (see specs/public-api.ts).
 */
export default defineLoadBalancer({
  name: "public-web",
  account: "123456789012",
  region: "us-east-1",
  type: "application",
  scheme: "internet-facing",
  vpc: "vpc-0a1b2c3d",
  // Public subnets in two Availability Zones.
  subnets: ["subnet-0c1d2e3f", "subnet-5a6b7c8d"],
  allowFrom: ["0.0.0.0/0"],
  listeners: [
    {
      port: 443,
      certificates: [
        "arn:aws:acm:us-east-1:123456789012:certificate/3f2c9a4e-1b7d-4c8e-9a0f-5d6e7f8a9b0c",
        "arn:aws:acm:us-east-1:123456789012:certificate/8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
      ],
    },
    // HTTP: a permanent redirect to HTTPS (the default when an HTTPS listener exists).
    { port: 80 },
    // Where CodeDeploy sends test traffic to the new tasks before production traffic moves.
    { port: 8443, protocol: "HTTPS", certificates: ["arn:aws:acm:us-east-1:123456789012:certificate/3f2c9a4e-1b7d-4c8e-9a0f-5d6e7f8a9b0c"] },
  ],
  idleTimeout: 120,
  deletionProtection: true,
  // On by default; written out because a public endpoint should never pass malformed headers on.
  dropInvalidHeaderFields: true,
  // The one setting berth has no field for, set per engine (IPv4 only, the default, made explicit).
  overrides: {
    cloudformation: { LoadBalancer: { IpAddressType: "ipv4" } },
    terraform: { "aws_lb.load_balancer": { ip_address_type: "ipv4" } },
  },
  accessLogs: { bucket: "example-elb-access-logs", prefix: "public-web" },
  dns: { domain: "api.example.com", hostedZoneId: "Z0123456789ABCDEFGHIJ" },
  tags: { team: "platform", environment: "production" },
});
