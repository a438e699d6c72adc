import type { ServiceConnectConfiguration, ServiceConnectService } from "../ir/index.js";
import type { ParsedServiceConnect } from "../spec/schema/index.js";
import { connectDiscoveryName, connectNamespace, namedPorts } from "../spec/service-connect.js";
import { IDS, type LowerContext } from "./context.js";

/** The ARN suffix of the AWS managed policy ECS needs to issue Service Connect TLS certificates. */
export const SERVICE_CONNECT_TLS_POLICY = "policy/service-role/AmazonECSInfrastructureRolePolicyForServiceConnectTransportLayerSecurity";

/** True when a Service Connect service asks for TLS without naming a role: the stack's infrastructure role then manages it. */
export function needsServiceConnectTlsRole(spec: { readonly serviceConnect?: ParsedServiceConnect | undefined }): boolean {
  return (spec.serviceConnect?.services ?? []).some((service) => service.tls !== undefined && service.tls.role === undefined);
}

/**
 * One served port after defaults: the Cloud Map name is the port name unless given, and without
 * client aliases the port is reachable on its own container port (ECS registers a port without
 * aliases for discovery only, which no client can connect to).
 */
function lowerConnectService(ctx: LowerContext, service: ParsedServiceConnect["services"][number]): ServiceConnectService {
  const port = namedPorts(ctx.spec).find((p) => p.name === service.portName);
  // Validation (B890) guarantees the port name names a port mapping.
  if (!port) throw new Error(`berth bug: Service Connect port name ${service.portName} is not a port mapping`);
  const { timeouts, tls } = service;
  return {
    portName: service.portName,
    discoveryName: connectDiscoveryName(service),
    clientAliases: (service.clientAliases ?? [{ port: port.mapping.containerPort }]).map((alias) => ({
      port: alias.port,
      ...(alias.dnsName === undefined ? {} : { dnsName: alias.dnsName }),
    })),
    ...(service.ingressPortOverride === undefined ? {} : { ingressPortOverride: service.ingressPortOverride }),
    ...(timeouts && (timeouts.idle !== undefined || timeouts.perRequest !== undefined)
      ? {
          timeout: {
            ...(timeouts.idle === undefined ? {} : { idleSeconds: timeouts.idle }),
            ...(timeouts.perRequest === undefined ? {} : { perRequestSeconds: timeouts.perRequest }),
          },
        }
      : {}),
    ...(tls
      ? {
          tls: {
            certificateAuthorityArn: tls.certificateAuthority,
            ...(tls.kmsKey === undefined ? {} : { kmsKey: tls.kmsKey }),
            role: tls.role ?? { resource: IDS.infrastructureRole, attribute: "arn" as const },
          },
        }
      : {}),
  };
}

/**
 * The service's Service Connect configuration: the namespace (the spec's, or its cluster spec's
 * default, written out by name so the template says which one), the served ports, and the
 * proxy's logs to the stack's log group. Undefined without `serviceConnect`.
 */
export function lowerServiceConnect(ctx: LowerContext): ServiceConnectConfiguration | undefined {
  const spec = ctx.spec.serviceConnect;
  if (!spec) return undefined;
  const namespace = connectNamespace(ctx.spec, ctx.clusterSpec);
  // Validation (B892) refuses a service without a namespace and without a cluster default.
  if (namespace.kind === "missing") throw new Error(`berth bug: service ${ctx.spec.name} has Service Connect but no namespace`);
  return {
    namespace: namespace.value,
    services: spec.services.map((service) => lowerConnectService(ctx, service)),
    ...(spec.logging.enabled ? { logging: { logGroup: IDS.logGroup, region: ctx.env.region, streamPrefix: spec.logging.streamPrefix } } : {}),
  };
}
