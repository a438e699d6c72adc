import { z } from "zod";
import { port } from "./common.js";

/** Service Connect TLS: the proxies encrypt traffic with certificates from an AWS Private CA. */
export const serviceConnectTls = z.strictObject({
  /**
   * ARN of the AWS Private Certificate Authority that issues the proxies' certificates
   * (`arn:aws:acm-pca:<region>:<account>:certificate-authority/<id>`), in the service's region.
   */
  certificateAuthority: z.string(),
  /** ARN of a customer managed KMS key ECS encrypts the TLS private keys with. @default an AWS owned key */
  kmsKey: z.string().optional(),
  /**
   * ARN of the ECS infrastructure role that manages the certificates. @default a role berth
   * creates (`<name>-<region>-ecs-infra`, trusted by ecs.amazonaws.com, with the AWS managed
   * policy AmazonECSInfrastructureRolePolicyForServiceConnectTransportLayerSecurity)
   */
  role: z.string().optional(),
});

/** A name and port other services in the namespace use to reach this one. */
export const serviceConnectClientAlias = z.strictObject({
  /** Port the clients connect to (the Service Connect proxy listens on it in their tasks). */
  port: port,
  /**
   * DNS name the clients use, e.g. `"orders"` or `"orders.internal"`: lower-case letters,
   * digits, `_`, `-` and `.`, up to 127 characters. @default "<discoveryName>.<namespace>"
   */
  dnsName: z.string().optional(),
});

/** One port of this service that other services reach through Service Connect (server mode). */
export const serviceConnectService = z.strictObject({
  /** The `name` of a port mapping of one of the task's containers. */
  portName: z.string(),
  /**
   * Name of the Cloud Map service ECS creates for this port: lower-case letters, digits, `_`
   * and `-`, up to 64 characters, unique in the namespace. @default the port name
   */
  discoveryName: z.string().optional(),
  /**
   * The endpoint clients use (ECS allows one per port). @default one alias on the named port
   * mapping's container port, with ECS's default DNS name `<discoveryName>.<namespace>`
   */
  clientAliases: z.array(serviceConnectClientAlias).min(1).max(1).optional(),
  /** Port the proxy of this service listens on instead of the container port. @default the container port */
  ingressPortOverride: port.optional(),
  /**
   * Proxy timeouts in seconds (0 disables one). `perRequest` needs an `appProtocol` on the port
   * mapping (HTTP, HTTP/2 or gRPC). @default ECS's: idle 5 minutes (HTTP) or 1 hour (TCP), per request 15 seconds
   */
  timeouts: z
    .strictObject({
      /** Seconds an idle connection stays open. */
      idle: z.number().int().min(0).max(2147483647).optional(),
      /** Seconds to wait for a complete response to one request. */
      perRequest: z.number().int().min(0).max(2147483647).optional(),
    })
    .optional(),
  /** Encrypt the traffic to this port with TLS from an AWS Private CA. @default none (plain text inside the VPC) */
  tls: serviceConnectTls.optional(),
});

/**
 * ECS Service Connect: a proxy in every task that resolves and load-balances the short names of
 * the other services in a Cloud Map namespace. Without `services` the service is a client only
 * (it reaches others, nobody reaches it); with them it is also a server on those ports.
 */
export const serviceConnect = z.strictObject({
  /**
   * Cloud Map namespace: its name (e.g. `"prod.local"`) or ARN, in the service's region. An
   * `ns-` id is not accepted by Service Connect. @default the Service Connect default of the
   * `defineCluster()` spec the service runs on (required otherwise)
   */
  namespace: z.string().min(1).optional(),
  /** Ports other services reach this one on (server mode). @default [] (client only) */
  services: z.array(serviceConnectService).max(20).default([]),
  /**
   * The proxy's own logs: awslogs to the stack's log group under `streamPrefix`, or nothing with
   * `enabled: false`. @default { enabled: true, streamPrefix: "service-connect" }
   */
  logging: z
    .strictObject({
      /** Send the proxy's logs to the stack's log group. @default true */
      enabled: z.boolean().default(true),
      /** awslogs stream prefix of the proxy's streams. @default "service-connect" */
      streamPrefix: z.string().min(1).default("service-connect"),
    })
    .default({ enabled: true, streamPrefix: "service-connect" }),
});

/** Service Connect as written. */
export type ServiceConnectSpec = z.input<typeof serviceConnect>;
/** Service Connect after parsing. */
export type ParsedServiceConnect = z.output<typeof serviceConnect>;
