import type { ResourceId, StringValue } from "./refs.js";

/** One endpoint clients use: a port, and the DNS name (absent: ECS's `<discoveryName>.<namespace>`). */
export interface ServiceConnectClientAlias {
  readonly port: number;
  readonly dnsName?: string;
}

/** TLS of one Service Connect service, with certificates from an AWS Private CA. */
export interface ServiceConnectTls {
  readonly certificateAuthorityArn: string;
  readonly kmsKey?: string;
  /** The ECS infrastructure role managing the certificates: an ARN, or the role this stack creates. */
  readonly role: StringValue;
}

/** A port of the service that other services reach through Service Connect. */
export interface ServiceConnectService {
  /** Name of a port mapping of the task definition. */
  readonly portName: string;
  readonly discoveryName: string;
  readonly clientAliases: readonly ServiceConnectClientAlias[];
  readonly ingressPortOverride?: number;
  /** Seconds; each absent one keeps ECS's default. */
  readonly timeout?: { readonly idleSeconds?: number; readonly perRequestSeconds?: number };
  readonly tls?: ServiceConnectTls;
}

/**
 * Service Connect of an ECS service: the namespace it joins (a name or an ARN), the ports it
 * serves (none for a client only) and where its proxy logs (awslogs to a log group of the stack).
 */
export interface ServiceConnectConfiguration {
  readonly namespace: string;
  readonly services: readonly ServiceConnectService[];
  /** Absent: the proxy's logs are not shipped. */
  readonly logging?: { readonly logGroup: ResourceId; readonly region: string; readonly streamPrefix: string };
}
