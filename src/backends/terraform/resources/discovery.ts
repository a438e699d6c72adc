import { ServiceDiscoveryPrivateDnsNamespace } from "@cdktf/provider-aws/lib/service-discovery-private-dns-namespace/index.js";
import { ServiceDiscoveryService } from "@cdktf/provider-aws/lib/service-discovery-service/index.js";
import { isImportRef, type DiscoveryServiceResource, type PrivateDnsNamespaceResource } from "../../../ir/index.js";
import type { KindEmitter } from "../context.js";
import { primaryName } from "../names.js";
import { tagsArgument } from "./tags.js";

/**
 * `discoveryService` → `aws_service_discovery_service`. The provider requires the namespace in
 * `dns_config` (and replaces the service when it changes, as Cloud Map cannot move one). The
 * failure threshold is always written: Cloud Map returns 1 whatever was sent, so stating the
 * same keeps plans clean.
 */
export const discoveryServiceEmitter: KindEmitter<DiscoveryServiceResource> = {
  attributes: { id: "id", arn: "arn", name: "name" },
  emit(service, ctx) {
    return ctx.create(ServiceDiscoveryService, primaryName(service.id), {
      name: service.name,
      description: service.description,
      dnsConfig: {
        namespaceId: isImportRef(service.namespace) ? ctx.imported(service.namespace) : ctx.value(service.namespace),
        dnsRecords: service.dnsRecords.map((record) => ({ type: record.type, ttl: record.ttl })),
        routingPolicy: service.routingPolicy,
      },
      healthCheckCustomConfig: { failureThreshold: service.healthCheckCustom.failureThreshold },
      ...tagsArgument(service.tags),
    });
  },
};

/** `privateDnsNamespace` → `aws_service_discovery_private_dns_namespace`. */
export const privateDnsNamespaceEmitter: KindEmitter<PrivateDnsNamespaceResource> = {
  attributes: { id: "id", arn: "arn", name: "name" },
  emit(namespace, ctx) {
    return ctx.create(ServiceDiscoveryPrivateDnsNamespace, primaryName(namespace.id), {
      name: namespace.name,
      description: namespace.description,
      vpc: namespace.vpc,
      ...tagsArgument(namespace.tags),
    });
  },
};
