import { isImportRef, type DiscoveryServiceResource, type PrivateDnsNamespaceResource } from "../../../ir/index.js";
import type { References } from "../attributes.js";
import { cfnTags, type CfnResource } from "../values.js";

/**
 * `discoveryService` → `AWS::ServiceDiscovery::Service`. The namespace goes in the top-level
 * `NamespaceId` (Cloud Map deprecates `DnsConfig.NamespaceId`); it is create-only, so a new
 * namespace replaces the service, as Cloud Map cannot move one. A literal id, a namespace of
 * this stack, or `!ImportValue` of the export of the stack that creates it.
 */
export function discoveryServiceResource(service: DiscoveryServiceResource, refs: References): CfnResource {
  const namespace = isImportRef(service.namespace) ? refs.imported(service.namespace) : refs.value(service.namespace);
  return {
    Type: "AWS::ServiceDiscovery::Service",
    Properties: {
      Name: service.name,
      Description: service.description,
      NamespaceId: namespace,
      DnsConfig: {
        DnsRecords: service.dnsRecords.map((record) => ({ Type: record.type, TTL: record.ttl })),
        RoutingPolicy: service.routingPolicy,
      },
      HealthCheckCustomConfig: { FailureThreshold: service.healthCheckCustom.failureThreshold },
      Tags: cfnTags(service.tags),
    },
  };
}

/** `privateDnsNamespace` → `AWS::ServiceDiscovery::PrivateDnsNamespace` (Cloud Map creates its private hosted zone). */
export function privateDnsNamespaceResource(namespace: PrivateDnsNamespaceResource): CfnResource {
  return {
    Type: "AWS::ServiceDiscovery::PrivateDnsNamespace",
    Properties: {
      Name: namespace.name,
      Description: namespace.description,
      Vpc: namespace.vpc,
      Tags: cfnTags(namespace.tags),
    },
  };
}
