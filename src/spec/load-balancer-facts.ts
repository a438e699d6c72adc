/**
 * Facts berth derives from a `defineLoadBalancer()` spec: each listener's effective protocol,
 * logical ids, physical names and the export names other stacks import. Validation, the load
 * balancer's own lowering and the lowering of services attaching to it all ask here, so a
 * service imports exactly what the load balancer stack exports.
 */
import { DEFAULT_SSL_POLICY, type ParsedListener } from "./schema/load-balancer-spec.js";

/** The listener protocols, ALB's and NLB's. */
export type ListenerProtocol = "HTTP" | "HTTPS" | "TCP" | "TLS" | "UDP" | "TCP_UDP";

/** The parts of a load balancer spec the facts depend on. */
export interface LoadBalancerFacts {
  readonly name: string;
  readonly type: "application" | "network";
  readonly listeners: readonly ParsedListener[];
}

/** Protocols an ALB listener may use; the rest are NLB's. */
export const ALB_PROTOCOLS: readonly ListenerProtocol[] = ["HTTP", "HTTPS"];

/** A listener's protocol after defaults: HTTPS on 443 and HTTP elsewhere on an ALB, TCP on an NLB. */
export function listenerProtocol(lb: Pick<LoadBalancerFacts, "type">, listener: Pick<ParsedListener, "port" | "protocol">): ListenerProtocol {
  if (listener.protocol !== undefined) return listener.protocol;
  if (lb.type === "network") return "TCP";
  return listener.port === 443 ? "HTTPS" : "HTTP";
}

/** True for listeners that terminate TLS and so carry certificates and an SSL policy. */
export function terminatesTls(protocol: ListenerProtocol): boolean {
  return protocol === "HTTPS" || protocol === "TLS";
}

/** The SSL policy of a TLS-terminating listener after defaults. */
export function sslPolicyOf(listener: Pick<ParsedListener, "sslPolicy">): string {
  return listener.sslPolicy ?? DEFAULT_SSL_POLICY;
}

/** The first HTTPS listener of an ALB: where HTTP listeners redirect to. */
export function httpsListener(lb: LoadBalancerFacts): ParsedListener | undefined {
  return lb.type === "application" ? lb.listeners.find((l) => listenerProtocol(lb, l) === "HTTPS") : undefined;
}

/** Whether an ALB HTTP listener redirects to HTTPS: as the spec says, by default when an HTTPS listener exists. */
export function redirectsToHttps(lb: LoadBalancerFacts, listener: ParsedListener): boolean {
  if (lb.type !== "application" || listenerProtocol(lb, listener) !== "HTTP") return false;
  return listener.redirectToHttps ?? httpsListener(lb) !== undefined;
}

/** Logical ids of the load balancer stack's resources. Stable: changing one replaces the resource. */
export const LOAD_BALANCER_IDS = {
  loadBalancer: "LoadBalancer",
  securityGroup: "LoadBalancerSecurityGroup",
  dnsRecord: "DnsRecord",
} as const;

/** Logical id of the listener on `port`, e.g. `Listener443`. */
export function listenerId(port: number): string {
  return `Listener${port}`;
}

/** Logical id of the `index`-th extra (SNI) certificate of a listener, counting from 1. */
export function listenerCertificateId(port: number, index: number): string {
  return `${listenerId(port)}Certificate${index}`;
}

/** Logical id of the target group an NLB listener forwards to. */
export function listenerTargetGroupId(port: number): string {
  return `${listenerId(port)}TargetGroup`;
}

/** Name of the target group an NLB listener forwards to (≤ 32 characters, checked by B528). */
export function listenerTargetGroupName(lb: { readonly name: string }, port: number): string {
  return `${lb.name}-${port}`;
}

/** Name of the load balancer's security group. */
export function loadBalancerSecurityGroupName(lb: { readonly name: string }): string {
  return `${lb.name}-lb`;
}

/**
 * Output ids of the load balancer stack. Each is exported under `<load balancer name>-<id>`, a
 * name fixed by the spec (not by the CloudFormation stack's name), so services can import it.
 */
export const LOAD_BALANCER_OUTPUTS = {
  arn: "LoadBalancerArn",
  dnsName: "DnsName",
  hostedZone: "CanonicalHostedZoneId",
  securityGroup: "SecurityGroupId",
} as const;

/** Output id of a listener's ARN, e.g. `Listener443Arn`. */
export function listenerOutputId(port: number): string {
  return `${listenerId(port)}Arn`;
}

/** Output id of the ARN of an NLB listener's target group. */
export function listenerTargetGroupOutputId(port: number): string {
  return `${listenerTargetGroupId(port)}Arn`;
}

/** The CloudFormation export name of one of the load balancer stack's outputs. */
export function loadBalancerExportName(lb: { readonly name: string }, outputId: string): string {
  return `${lb.name}-${outputId}`;
}
