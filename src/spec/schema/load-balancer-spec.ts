import { z } from "zod";
import { port, resourceName, tags } from "./common.js";
import { overrides } from "./overrides.js";

/** The SSL policy berth sets on HTTPS and TLS listeners unless the spec picks one: TLS 1.3 and 1.2 only. */
export const DEFAULT_SSL_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";

/** What the load balancer's own target group for an NLB listener sends traffic to and how it checks it. */
export const networkListenerTarget = z.strictObject({
  /**
   * How tasks register: `"ip"` for awsvpc tasks (Fargate), `"instance"` for bridge/host tasks on
   * EC2. It must match the network mode of the service that registers into it. @default "ip"
   */
  type: z.enum(["ip", "instance"]).default("ip"),
  /** Port the tasks listen on. @default the listener's port */
  port: port.optional(),
  /**
   * Keep the client's source IP on the packets the tasks receive (otherwise they see the NLB's
   * private address). @default AWS's: on for instance targets and UDP, off for TCP/TLS to ip targets
   */
  preserveClientIp: z.boolean().optional(),
  /** Health check: TCP connect, or an HTTP request to `path`. @default TCP */
  healthCheck: z
    .strictObject({
      /** Protocol of the probe. @default "TCP" */
      protocol: z.enum(["TCP", "HTTP", "HTTPS"]).default("TCP"),
      /** HTTP path of the probe (HTTP/HTTPS only). @default "/" */
      path: z.string().optional(),
      /** Seconds between probes (5–300). @default 30 */
      interval: z.number().int().min(5).max(300).default(30),
      /** Consecutive results before a target changes state (2–10). @default 3 */
      threshold: z.number().int().min(2).max(10).default(3),
    })
    .default({ protocol: "TCP", interval: 30, threshold: 3 }),
  /** Seconds a deregistering target keeps its connections (0–3600). @default 300 */
  deregistrationDelay: z.number().int().min(0).max(3600).default(300),
});

/** One listener of the load balancer. */
export const listenerSpec = z.strictObject({
  /** Port the listener accepts traffic on. */
  port,
  /**
   * ALB: `HTTPS` or `HTTP`; NLB: `TCP`, `TLS`, `UDP` or `TCP_UDP`.
   * @default "HTTPS" on port 443, "HTTP" on other ports of an ALB, "TCP" on an NLB
   */
  protocol: z.enum(["HTTP", "HTTPS", "TCP", "TLS", "UDP", "TCP_UDP"]).optional(),
  /**
   * ACM certificate ARNs (HTTPS and TLS only): the first is the listener's default certificate,
   * the others are added as listener certificates (SNI picks among them). @default []
   */
  certificates: z.array(z.string()).max(25).default([]),
  /** Security policy of an HTTPS or TLS listener. @default "ELBSecurityPolicy-TLS13-1-2-2021-06" */
  sslPolicy: z.string().optional(),
  /**
   * ALB HTTP listener: answer every request with a permanent redirect to the first HTTPS
   * listener of the load balancer. @default true when the load balancer has an HTTPS listener
   */
  redirectToHttps: z.boolean().optional(),
  /** NLB only: the target group the listener forwards to, which services register into. @default ip targets on the listener's port, TCP health check */
  target: networkListenerTarget.optional(),
});

/** Access logs of the load balancer, written to an S3 bucket whose policy lets ELB write to it. */
export const accessLogs = z.strictObject({
  /** Name of the S3 bucket (not an ARN). */
  bucket: z.string(),
  /** Key prefix inside the bucket, without leading or trailing `/`. @default none */
  prefix: z.string().optional(),
});

/** A Route 53 alias record pointing a domain name at the load balancer. */
export const loadBalancerDns = z.strictObject({
  /** The record's name, e.g. `api.example.com`. */
  domain: z.string(),
  /** Id of the public (or private) hosted zone that holds the record, e.g. `Z0123456789ABCDEFGHIJ`. */
  hostedZoneId: z.string(),
});

/** A load balancer berth creates, shared by the services that attach to its listeners. The single source of truth for `defineLoadBalancer()`. */
export const loadBalancerSpecSchema = z.strictObject({
  /** Load balancer name (≤ 32 characters, AWS's limit); services name it in `loadBalancer.listener.loadBalancer`. */
  name: resourceName.max(32),
  /** AWS account id the stack deploys to (12 digits). */
  account: z.string(),
  /** AWS region the stack deploys to, e.g. `us-east-1`. */
  region: z.string(),
  /** `"application"` (ALB: HTTP/HTTPS, path and host rules) or `"network"` (NLB: TCP/TLS/UDP). @default "application" */
  type: z.enum(["application", "network"]).default("application"),
  /** `"internet-facing"` (public subnets, a public DNS name) or `"internal"`. @default "internal" */
  scheme: z.enum(["internet-facing", "internal"]).default("internal"),
  /** VPC id (`vpc-` + 8 or 17 hex digits); the services' target groups live in the same VPC. */
  vpc: z.string(),
  /** Subnet ids, at most one per Availability Zone; an ALB needs two Availability Zones. */
  subnets: z.array(z.string()).min(1).max(16),
  /**
   * Who may reach the listener ports through the load balancer's security group: IPv4/IPv6 CIDR
   * blocks, managed prefix list ids (`pl-…`) or security group ids (`sg-…`). @default [] (nobody)
   */
  allowFrom: z.array(z.string()).default([]),
  /** Listeners; at least one, ports unique. */
  listeners: z.array(listenerSpec).min(1).max(50),
  /** ALB only: seconds a connection may be idle (1–4000). @default 60 */
  idleTimeout: z.number().int().min(1).max(4000).default(60),
  /** Refuse to delete the load balancer until this is turned off again. @default false */
  deletionProtection: z.boolean().default(false),
  /** ALB only: drop HTTP headers whose names are not valid (request smuggling defence). @default true */
  dropInvalidHeaderFields: z.boolean().default(true),
  /** NLB only: spread each zone's traffic over the targets of every zone (data transfer between zones is billed). @default false */
  crossZone: z.boolean().default(false),
  /** Access logs to S3. @default none */
  accessLogs: accessLogs.optional(),
  /** A Route 53 alias record for the load balancer. @default none */
  dns: loadBalancerDns.optional(),
  /** Tags on every taggable resource. @default {} */
  tags: tags.default({}),
  /** Escape hatch: per-backend changes to the emitted resources, as on services. Not validated by berth. @default none */
  overrides: overrides.optional(),
});

/** What a spec author writes (defaults optional). */
export type LoadBalancerStackSpec = z.input<typeof loadBalancerSpecSchema>;
/** A load balancer spec after parsing: every default filled in. */
export type ParsedLoadBalancer = z.output<typeof loadBalancerSpecSchema>;
/** One listener after parsing. */
export type ParsedListener = z.output<typeof listenerSpec>;
