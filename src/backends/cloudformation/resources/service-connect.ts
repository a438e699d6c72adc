import type { ServiceConnectConfiguration } from "../../../ir/index.js";
import type { References } from "../attributes.js";
import { nonEmpty, type CfnObject } from "../values.js";

/**
 * `ServiceConnectConfiguration` of `AWS::ECS::Service`: the namespace (name or ARN), the
 * served ports with their client aliases, timeouts and TLS, and the proxy's awslogs settings.
 * Undefined when the service does not use Service Connect.
 */
export function cfnServiceConnect(config: ServiceConnectConfiguration | undefined, refs: References): CfnObject | undefined {
  if (!config) return undefined;
  const { logging } = config;
  return {
    Enabled: true,
    Namespace: config.namespace,
    Services: nonEmpty(
      config.services.map((service) => ({
        PortName: service.portName,
        DiscoveryName: service.discoveryName,
        ClientAliases: service.clientAliases.map((alias) => ({ Port: alias.port, DnsName: alias.dnsName })),
        IngressPortOverride: service.ingressPortOverride,
        Timeout: service.timeout && { IdleTimeoutSeconds: service.timeout.idleSeconds, PerRequestTimeoutSeconds: service.timeout.perRequestSeconds },
        Tls: service.tls && {
          IssuerCertificateAuthority: { AwsPcaAuthorityArn: service.tls.certificateAuthorityArn },
          KmsKey: service.tls.kmsKey,
          RoleArn: refs.value(service.tls.role),
        },
      })),
    ),
    LogConfiguration: logging && {
      LogDriver: "awslogs",
      Options: {
        "awslogs-group": refs.attribute({ resource: logging.logGroup, attribute: "name" }, "logGroup"),
        "awslogs-region": logging.region,
        "awslogs-stream-prefix": logging.streamPrefix,
      },
    },
  };
}
