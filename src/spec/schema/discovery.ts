import { z } from "zod";
import { port } from "./common.js";

/**
 * Cloud Map service discovery of a service: each task registers itself in a DNS namespace, so
 * other services in the VPC reach it as `<name>.<namespace>` instead of by task IP addresses
 * (which change with every deployment).
 */
export const discovery = z.strictObject({
  /**
   * The Cloud Map DNS namespace: the id of an existing namespace (`ns-` followed by 16
   * lower-case letters and digits, as `aws servicediscovery list-namespaces` shows it), or the
   * name of the private namespace a `defineCluster()` spec of the same run creates (e.g.
   * `"prod.local"`). By name, the service stack imports the namespace id the cluster stack
   * exports, so deploy the cluster stack first.
   */
  namespace: z.string().min(1),
  /**
   * Name of the Cloud Map service: the first label(s) of the tasks' DNS name
   * (`<name>.<namespace>`). Letters, digits, `-` and `_`, up to 63 characters per label.
   * @default the service's name
   */
  name: z.string().min(1).optional(),
  /**
   * DNS record each task gets: `A` (its IP address) or `SRV` (IP address and port). ECS only
   * supports SRV in `bridge` and `host` network mode. @default "A" in awsvpc mode, "SRV" in bridge and host mode
   */
  dnsType: z.enum(["A", "SRV"]).optional(),
  /**
   * Seconds DNS resolvers may cache the records (0–2147483647). Short keeps clients off tasks
   * that a deployment replaced. @default 10
   */
  ttl: z.number().int().min(0).max(2147483647).default(10),
  /**
   * `MULTIVALUE`: a query returns up to eight healthy records; `WEIGHTED`: one record picked at
   * random. @default "MULTIVALUE"
   */
  routingPolicy: z.enum(["MULTIVALUE", "WEIGHTED"]).default("MULTIVALUE"),
  /**
   * Custom health check failure threshold. ECS reports each task's health to Cloud Map, which
   * now always uses 1 (any other value is rejected by berth). @default 1
   */
  failureThreshold: z.number().int().min(1).max(10).default(1),
  /** SRV records only: the container whose port is registered. @default the main container */
  container: z.string().min(1).optional(),
  /** SRV records only: the container port registered; one of the container's port mappings. @default the container's first TCP port */
  port: port.optional(),
});

/**
 * A Cloud Map private DNS namespace the cluster stack creates (with its Route 53 private hosted
 * zone). Services of the same run register in it by naming it in `discovery.namespace`.
 */
export const clusterNamespace = z.strictObject({
  /** DNS name of the namespace, e.g. `"prod.local"`; tasks become `<service>.<name>`. */
  name: z.string().min(1),
  /**
   * The VPC (`vpc-` + 8 or 17 hex digits) whose resolver answers for the namespace; only
   * clients in it resolve the names. The VPC needs DNS resolution and DNS hostnames enabled.
   */
  vpc: z.string(),
  /**
   * Make the namespace the cluster's Service Connect default: services of this cluster that
   * turn Service Connect on without naming a namespace join this one. @default true
   */
  serviceConnectDefault: z.boolean().default(true),
});

/** Service discovery as written. */
export type DiscoverySpec = z.input<typeof discovery>;
/** Service discovery after parsing. */
export type ParsedDiscovery = z.output<typeof discovery>;
/** A cluster's namespace as written. */
export type ClusterNamespaceSpec = z.input<typeof clusterNamespace>;
