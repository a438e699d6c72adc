import type { EcsServiceServiceConnectConfiguration } from "@cdktf/provider-aws/lib/ecs-service/index.js";
import type { ServiceConnectConfiguration } from "../../../ir/index.js";
import type { EmitContext } from "../context.js";
import { optional } from "./arguments.js";

/**
 * The `service_connect_configuration` block of `aws_ecs_service`: the namespace (name or ARN),
 * one `service` block per served port (the provider allows one `client_alias` block each, as
 * ECS allows one alias), and the proxy's awslogs settings. Empty without Service Connect.
 */
export function tfServiceConnect(config: ServiceConnectConfiguration | undefined, ctx: EmitContext): { serviceConnectConfiguration?: EcsServiceServiceConnectConfiguration } {
  if (!config) return {};
  const { logging } = config;
  return {
    serviceConnectConfiguration: {
      enabled: true,
      namespace: config.namespace,
      ...(config.services.length === 0
        ? {}
        : {
            service: config.services.map((service) => {
              const [alias, ...more] = service.clientAliases;
              if (more.length > 0) throw new Error(`berth bug: Service Connect port ${service.portName} has more than one client alias`);
              return {
                portName: service.portName,
                discoveryName: service.discoveryName,
                ...optional("clientAlias", alias && { port: alias.port, ...optional("dnsName", alias.dnsName) }),
                ...optional("ingressPortOverride", service.ingressPortOverride),
                ...optional(
                  "timeout",
                  service.timeout && {
                    ...optional("idleTimeoutSeconds", service.timeout.idleSeconds),
                    ...optional("perRequestTimeoutSeconds", service.timeout.perRequestSeconds),
                  },
                ),
                ...optional(
                  "tls",
                  service.tls && {
                    issuerCertAuthority: { awsPcaAuthorityArn: service.tls.certificateAuthorityArn },
                    ...optional("kmsKey", service.tls.kmsKey),
                    roleArn: ctx.value(service.tls.role),
                  },
                ),
              };
            }),
          }),
      ...optional(
        "logConfiguration",
        logging && {
          logDriver: "awslogs",
          options: {
            "awslogs-group": ctx.ref({ resource: logging.logGroup, attribute: "name" }),
            "awslogs-region": logging.region,
            "awslogs-stream-prefix": logging.streamPrefix,
          },
        },
      ),
    },
  };
}
