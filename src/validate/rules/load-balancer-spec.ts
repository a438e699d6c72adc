import type { SpecPath } from "../../diagnostics/diagnostic.js";
import { isAccountId, isEc2Id, isIpv4Cidr, isRegion, parseArn } from "../../spec/aws-formats.js";
import {
  ALB_PROTOCOLS,
  httpsListener,
  listenerProtocol,
  listenerTargetGroupName,
  terminatesTls,
  type ListenerProtocol,
} from "../../spec/load-balancer-facts.js";
import { NAME_LIMITS } from "../../spec/names.js";
import type { ParsedListener, ParsedLoadBalancer } from "../../spec/schema/index.js";
import type { RuleContext } from "../context.js";

/** A semantic check over a well-shaped load balancer spec (`defineLoadBalancer`). */
export type LoadBalancerRule = (spec: ParsedLoadBalancer, context: RuleContext) => void;

const NLB_PROTOCOLS: readonly ListenerProtocol[] = ["TCP", "TLS", "UDP", "TCP_UDP"];

/** IPv6 CIDR: hex groups with `::` compression, a prefix length up to 128 (shape only). */
const IPV6_CIDR = /^[0-9a-fA-F:]*:[0-9a-fA-F:]*\/(\d{1,3})$/;
const PREFIX_LIST = /^pl-[0-9a-f]{8}(?:[0-9a-f]{9})?$/;
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const HOSTED_ZONE = /^Z[A-Z0-9]{1,31}$/;
const DOMAIN = /^(?:\*\.)?(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

const listenerPath = (i: number, ...rest: SpecPath): SpecPath => ["listeners", i, ...rest];

/** B404/B405/B301/B545: the name, where the stack deploys and the network it lives in (the generic codes services use too). */
export const loadBalancerHome: LoadBalancerRule = (spec, context) => {
  if (spec.name.startsWith("internal-") || spec.name.endsWith("-")) context.report("B545", ["name"], { value: spec.name });
  if (!isAccountId(spec.account)) context.report("B404", ["account"], { value: spec.account });
  if (!isRegion(spec.region)) context.report("B405", ["region"], { value: spec.region });
  if (!isEc2Id(spec.vpc, "vpc")) context.report("B301", ["vpc"], { kind: "VPC", value: spec.vpc, prefix: "vpc" });
  spec.subnets.forEach((id, i) => {
    if (!isEc2Id(id, "subnet")) context.report("B301", ["subnets", i], { kind: "subnet", value: id, prefix: "subnet" });
  });
  // ELB refuses an ALB with fewer than two Availability Zones; one subnet can only be one zone.
  if (spec.type === "application" && spec.subnets.length < 2) context.report("B527", ["subnets"], { count: spec.subnets.length });
};

/** B529/B538: who may reach the listeners through the load balancer's security group. */
export const loadBalancerIngress: LoadBalancerRule = (spec, context) => {
  spec.allowFrom.forEach((source, i) => {
    const ok = isIpv4Cidr(source) || (IPV6_CIDR.test(source) && Number(IPV6_CIDR.exec(source)?.[1]) <= 128) || PREFIX_LIST.test(source) || isEc2Id(source, "sg");
    if (!ok) context.report("B529", ["allowFrom", i], { value: source });
  });
  if (spec.allowFrom.length === 0) context.report("B538", ["allowFrom"], {}, "warning");
};

/** B520–B526, B528, B539: each listener's protocol, certificates, policy, redirect and target. */
export const loadBalancerListeners: LoadBalancerRule = (spec, context) => {
  const seen = new Set<number>();
  spec.listeners.forEach((listener, i) => {
    if (seen.has(listener.port)) context.report("B520", listenerPath(i, "port"), { port: listener.port });
    seen.add(listener.port);
    const protocol = listenerProtocol(spec, listener);
    const allowed = spec.type === "application" ? ALB_PROTOCOLS : NLB_PROTOCOLS;
    if (!allowed.includes(protocol)) {
      context.report("B521", listenerPath(i, "protocol"), { protocol, type: spec.type, allowed });
      return;
    }
    checkTls(spec, listener, protocol, i, context);
    if (listener.redirectToHttps === true) {
      if (protocol !== "HTTP") context.report("B525", listenerPath(i, "redirectToHttps"), { reason: "not-http" });
      else if (!httpsListener(spec)) context.report("B525", listenerPath(i, "redirectToHttps"), { reason: "no-https" });
    }
    if (spec.type === "application" && listener.target !== undefined) context.report("B526", listenerPath(i, "target"), { field: "target", type: spec.type });
    if (spec.type === "network") checkTarget(spec, listener, i, context);
  });
};

function checkTls(spec: ParsedLoadBalancer, listener: ParsedListener, protocol: ListenerProtocol, i: number, context: RuleContext): void {
  if (!terminatesTls(protocol)) {
    if (listener.certificates.length > 0) context.report("B523", listenerPath(i, "certificates"), { field: "certificates", protocol });
    if (listener.sslPolicy !== undefined) context.report("B523", listenerPath(i, "sslPolicy"), { field: "sslPolicy", protocol });
    return;
  }
  if (listener.certificates.length === 0) context.report("B522", listenerPath(i, "certificates"), { protocol });
  listener.certificates.forEach((arn, c) => {
    const reason = certificateProblem(arn, spec.region);
    if (reason) context.report("B524", listenerPath(i, "certificates", c), { value: arn, reason });
  });
}

/** Why `value` is not an ACM certificate ARN of `region`, or undefined when it is one. */
function certificateProblem(value: string, region: string): string | undefined {
  const arn = parseArn(value);
  if (!arn) return "it is not an ARN";
  if (arn.service !== "acm") return `its service is "${arn.service}", not "acm"`;
  if (!/^certificate\/[0-9a-f-]{36}$/.test(arn.resource)) return `"${arn.resource}" is not certificate/<id>`;
  // A load balancer only uses certificates of its own region (CloudFront's us-east-1 rule does not apply).
  if (arn.region !== region) return `it is in ${arn.region}, the load balancer in ${region}`;
  return undefined;
}

function checkTarget(spec: ParsedLoadBalancer, listener: ParsedListener, i: number, context: RuleContext): void {
  const name = listenerTargetGroupName(spec, listener.port);
  if (name.length > NAME_LIMITS.targetGroup) context.report("B528", ["name"], { value: name, max: NAME_LIMITS.targetGroup });
  const check = listener.target?.healthCheck;
  if (check && check.protocol === "TCP" && check.path !== undefined) context.report("B539", listenerPath(i, "target", "healthCheck", "path"), { field: "path" });
}

/** B526/B537: settings of one load balancer type used on the other, access log bucket, DNS record. */
export const loadBalancerSettings: LoadBalancerRule = (spec, context) => {
  if (spec.type === "application" && spec.crossZone) context.report("B526", ["crossZone"], { field: "crossZone", type: spec.type });
  if (spec.accessLogs) {
    const { bucket, prefix } = spec.accessLogs;
    if (!BUCKET.test(bucket) || bucket.includes("..")) context.report("B537", ["accessLogs", "bucket"], { field: "S3 bucket name", value: bucket });
    if (prefix !== undefined && (prefix.startsWith("/") || prefix.endsWith("/") || prefix.includes("AWSLogs"))) {
      context.report("B537", ["accessLogs", "prefix"], { field: "S3 bucket name", value: prefix });
    }
  }
  if (spec.dns) {
    if (!DOMAIN.test(spec.dns.domain) || spec.dns.domain.length > 253) context.report("B537", ["dns", "domain"], { field: "domain name", value: spec.dns.domain });
    if (!HOSTED_ZONE.test(spec.dns.hostedZoneId)) context.report("B537", ["dns", "hostedZoneId"], { field: "hosted zone id", value: spec.dns.hostedZoneId });
  }
};

/** Every rule of a load balancer spec, in reporting order. */
export const LOAD_BALANCER_RULES: readonly LoadBalancerRule[] = [loadBalancerHome, loadBalancerIngress, loadBalancerListeners, loadBalancerSettings];
