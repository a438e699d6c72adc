import type { DnsAliasRecordResource, IngressRule, LoadBalancerResource, Resource, SecurityGroupResource, Stack, StackOutput, Tags } from "../../ir/index.js";
import { isEc2Id } from "../../spec/aws-formats.js";
import {
  LOAD_BALANCER_IDS,
  LOAD_BALANCER_OUTPUTS,
  listenerId,
  listenerOutputId,
  listenerProtocol,
  listenerTargetGroupId,
  listenerTargetGroupOutputId,
  loadBalancerExportName,
  loadBalancerSecurityGroupName,
} from "../../spec/load-balancer-facts.js";
import type { ParsedLoadBalancer } from "../../spec/schema/index.js";
import { sortedRecord } from "../aws.js";
import { overridesField } from "../overrides.js";
import { lowerListener } from "./listeners.js";

/** One ingress rule per listener port and source; TCP_UDP listeners open both protocols. */
function ingress(spec: ParsedLoadBalancer): IngressRule[] {
  return spec.listeners.flatMap((listener) => {
    const protocol = listenerProtocol(spec, listener);
    const protocols = protocol === "UDP" ? (["udp"] as const) : protocol === "TCP_UDP" ? (["tcp", "udp"] as const) : (["tcp"] as const);
    return spec.allowFrom.flatMap((source) =>
      protocols.map(
        (p): IngressRule => ({
          protocol: p,
          fromPort: listener.port,
          toPort: listener.port,
          source: source.startsWith("pl-") ? { prefixListId: source } : isEc2Id(source, "sg") ? { securityGroupId: source } : { cidr: source },
          description: `${p.toUpperCase()} ${listener.port} from ${source}`,
        }),
      ),
    );
  });
}

/**
 * The load balancer's own security group: the listener ports from `allowFrom`; all egress, since
 * the targets' ports and health checks are the services' business (their groups admit this one).
 */
function securityGroup(spec: ParsedLoadBalancer, tags: Tags): SecurityGroupResource {
  return {
    kind: "securityGroup",
    id: LOAD_BALANCER_IDS.securityGroup,
    name: loadBalancerSecurityGroupName(spec),
    description: `Load balancer ${spec.name}`,
    vpcId: spec.vpc,
    ingress: ingress(spec),
    egress: [{ protocol: "all", cidr: "0.0.0.0/0", description: "Allow all outbound traffic (targets and health checks)" }],
    tags,
  };
}

function loadBalancer(spec: ParsedLoadBalancer, tags: Tags): LoadBalancerResource {
  const alb = spec.type === "application";
  return {
    kind: "loadBalancer",
    id: LOAD_BALANCER_IDS.loadBalancer,
    name: spec.name,
    type: spec.type,
    scheme: spec.scheme,
    subnets: spec.subnets,
    securityGroups: [{ resource: LOAD_BALANCER_IDS.securityGroup, attribute: "id" }],
    settings: {
      deletionProtection: spec.deletionProtection,
      ...(alb ? { idleTimeoutSeconds: spec.idleTimeout, dropInvalidHeaderFields: spec.dropInvalidHeaderFields } : { crossZone: spec.crossZone }),
      ...(spec.accessLogs ? { accessLogs: spec.accessLogs } : {}),
    },
    tags,
  };
}

function dnsRecord(spec: ParsedLoadBalancer): DnsAliasRecordResource | undefined {
  if (!spec.dns) return undefined;
  return { kind: "dnsAliasRecord", id: LOAD_BALANCER_IDS.dnsRecord, hostedZoneId: spec.dns.hostedZoneId, name: spec.dns.domain, loadBalancer: LOAD_BALANCER_IDS.loadBalancer };
}

/** Every output is exported under a name fixed by the spec, `<name>-<id>`, for services to import. */
function outputs(spec: ParsedLoadBalancer): StackOutput[] {
  const lb = LOAD_BALANCER_IDS.loadBalancer;
  const out = (id: string, description: string, value: StackOutput["value"]): StackOutput => ({ id, description, value, exportName: loadBalancerExportName(spec, id) });
  return [
    out(LOAD_BALANCER_OUTPUTS.arn, `ARN of load balancer ${spec.name}`, { resource: lb, attribute: "arn" }),
    out(LOAD_BALANCER_OUTPUTS.dnsName, "DNS name of the load balancer", { resource: lb, attribute: "dnsName" }),
    out(LOAD_BALANCER_OUTPUTS.hostedZone, "Canonical hosted zone of the load balancer (for alias records)", { resource: lb, attribute: "hostedZoneId" }),
    out(LOAD_BALANCER_OUTPUTS.securityGroup, "Security group of the load balancer (services admit it on their container port)", {
      resource: LOAD_BALANCER_IDS.securityGroup,
      attribute: "id",
    }),
    ...spec.listeners.flatMap((listener) => [
      out(listenerOutputId(listener.port), `ARN of the ${listenerProtocol(spec, listener)} listener on port ${listener.port}`, { resource: listenerId(listener.port), attribute: "arn" }),
      ...(spec.type === "network"
        ? [out(listenerTargetGroupOutputId(listener.port), `ARN of the target group of listener ${listener.port}`, { resource: listenerTargetGroupId(listener.port), attribute: "arn" })]
        : []),
    ]),
  ];
}

/**
 * Lowers a validated load balancer spec into the IR: its security group, the load balancer, each
 * listener (with its extra certificates and, on an NLB, its target group) and the optional
 * Route 53 alias record. Pure; assumes validation passed.
 */
export function lowerLoadBalancerSpec(spec: ParsedLoadBalancer, source: string): Stack {
  const tags = sortedRecord(spec.tags);
  const record = dnsRecord(spec);
  const resources: Resource[] = [
    securityGroup(spec, tags),
    loadBalancer(spec, tags),
    ...spec.listeners.flatMap((listener) => lowerListener(spec, listener, tags)),
    ...(record ? [record] : []),
  ];
  const kind = spec.type === "application" ? "Application" : "Network";
  return {
    name: spec.name,
    source,
    description: `berth: ${spec.scheme} ${kind} Load Balancer ${spec.name} (listeners ${spec.listeners.map((l) => `${listenerProtocol(spec, l)} ${l.port}`).join(", ")}), generated from ${source}`,
    account: spec.account,
    region: spec.region,
    inputs: [],
    resources,
    ...overridesField(spec),
    outputs: outputs(spec),
  };
}
