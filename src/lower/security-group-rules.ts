import type { EgressRule, IngressRule, IngressSource } from "../ir/index.js";
import type { ParsedNetwork } from "../spec/schema/index.js";

/** What a rule's other end is: a security group, a prefix list, or a CIDR block. */
export function ruleEndpoint(value: string): IngressSource {
  if (value.startsWith("sg-")) return { securityGroupId: value };
  if (value.startsWith("pl-")) return { prefixListId: value };
  return { cidr: value };
}

/** "8080" or "8000-8099", as descriptions show a port range. */
function portsWords(fromPort: number, toPort: number): string {
  return fromPort === toPort ? `${fromPort}` : `${fromPort}-${toPort}`;
}

/** The spec's `ingress` rules (CIDR blocks and prefix lists) as IR rules of the generated group. */
export function lowerIngressRules(network: ParsedNetwork): IngressRule[] {
  return network.ingress.map((rule) => {
    const toPort = rule.toPort ?? rule.port;
    return {
      protocol: rule.protocol,
      fromPort: rule.port,
      toPort,
      source: ruleEndpoint(rule.source),
      description: rule.description ?? `${rule.protocol.toUpperCase()} ${portsWords(rule.port, toPort)} from ${rule.source}`,
    };
  });
}

/** The default egress: every protocol to anywhere, since tasks pull images and call AWS APIs. */
const ALL_EGRESS: EgressRule = { protocol: "all", destination: { cidr: "0.0.0.0/0" }, description: "Allow all outbound traffic (image pulls, AWS APIs)" };

/**
 * The generated group's egress: exactly the spec's `egress` rules when given (restricted
 * egress), else all outbound traffic. Validation guarantees ports on tcp/udp rules and none on `all`.
 */
export function lowerEgressRules(network: ParsedNetwork): EgressRule[] {
  if (network.egress === undefined) return [ALL_EGRESS];
  return network.egress.map((rule) => {
    const destination = ruleEndpoint(rule.destination);
    if (rule.protocol === "all") return { protocol: "all", destination, description: rule.description ?? `All traffic to ${rule.destination}` };
    if (rule.port === undefined) throw new Error(`berth bug: ${rule.protocol} egress rule to ${rule.destination} without a port`);
    const toPort = rule.toPort ?? rule.port;
    return {
      protocol: rule.protocol,
      fromPort: rule.port,
      toPort,
      destination,
      description: rule.description ?? `${rule.protocol.toUpperCase()} ${portsWords(rule.port, toPort)} to ${rule.destination}`,
    };
  });
}

/**
 * Ingress rules without repeats: an `ingress` entry can restate what an `allowFrom` source
 * already opens (same source, protocol and ports); EC2 refuses a rule twice, so the first stays.
 */
export function uniqueIngress(rules: readonly IngressRule[]): IngressRule[] {
  const end = (s: IngressSource) => ("cidr" in s ? s.cidr : "prefixListId" in s ? s.prefixListId : s.securityGroupId);
  const byKey = new Map<string, IngressRule>();
  for (const rule of rules) {
    const key = `${rule.protocol}/${rule.fromPort}/${rule.toPort}/${end(rule.source)}`;
    if (!byKey.has(key)) byKey.set(key, rule);
  }
  return [...byKey.values()];
}
