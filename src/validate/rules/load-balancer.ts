import type { SpecPath } from "../../diagnostics/diagnostic.js";
import type { RuleContext } from "../context.js";
import type { ServiceRule } from "./rule.js";
import { taskContainers, tcpPortsOf } from "../../spec/containers.js";
import { isIpv4Cidr } from "../../spec/aws-formats.js";
import { attachmentRules, conditionValueCount, loadBalancerAttachments, type AttachmentRule } from "../../spec/load-balancers.js";
import { isListenerReference, type ListenerTarget } from "../../spec/schema/index.js";

/** ALB's limit on one condition value. */
const MAX_PATTERN_LENGTH = 128;

/**
 * Path patterns: ALB's character set (`&` is allowed, * and ? are wildcards). They must start
 * with `/` (request paths always do, so anything else never matches) or with a wildcard.
 */
const PATH_PATTERN = /^[/*?][A-Za-z0-9_\-.$/~"'@:+&*?]*$/;

/** Host headers: letters, digits, `-.*?`, at least one dot, only letters (or wildcards) after the last. */
const HOST_HEADER = /^[A-Za-z0-9\-.*?]*\.[A-Za-z*?]+$/;

/** HTTP header names: an RFC 7230 token of at most 40 characters (ELB's limit). */
const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+\-.^_`|~]{1,40}$/;

/** HTTP methods: ELB matches them case-sensitively and takes A–Z, `_` and `-`, at most 40. */
const HTTP_METHOD = /^[A-Z_-]{1,40}$/;

/**
 * ELB's quotas on one listener rule's conditions ("match evaluations"): 3 per condition, 5 per
 * rule, 5 wildcards per rule (Application Load Balancer rule condition types, and its quotas).
 */
const RULE_LIMITS = { valuesPerCondition: 3, valuesPerRule: 5, wildcardsPerRule: 5 } as const;

/**
 * B502/B503/B508/B510/B552/B553/B556/B560–B562: the listener rules berth adds to shared
 * listeners. Priorities outside 1–50000 or used twice, rules without conditions and rules over
 * ELB's condition quotas are rejected by ELB at deploy time, after the rest of the stack exists.
 */
export const listenerRule: ServiceRule = (spec, context) => {
  const seen = new Map<string, SpecPath>();
  for (const attachment of loadBalancerAttachments(spec)) {
    const a = attachment.spec;
    // A reference without a priority or rules attaches to an NLB listener, which has no rules;
    // the project rules check that it names one (B540/B541).
    if (a.listener !== undefined && isListenerReference(a.listener) && a.priority === undefined && a.rules === undefined) continue;
    if (a.rules) {
      const fields = [...(a.priority === undefined ? [] : ["priority"]), ...ownConditionFields(a)];
      if (fields.length > 0) context.report("B553", attachment.path, { fields });
    }
    for (const rule of attachmentRules(attachment)) {
      checkRule(rule, context);
      if (rule.priority === undefined || a.listener === undefined) continue;
      const listener = listenerLabel(a.listener);
      const key = `${listener} ${rule.priority}`;
      const other = seen.get(key);
      if (other) context.report("B556", [...rule.path, "priority"], { listener, priority: rule.priority, other: other.join(".") });
      else seen.set(key, [...rule.path, "priority"]);
    }
  }
};

/** A listener as diagnostics name it (and rules compare it): its ARN, or `<load balancer>:<port>` for a reference. */
export function listenerLabel(listener: ListenerTarget): string {
  return isListenerReference(listener) ? `${listener.loadBalancer}:${listener.port}` : listener;
}

/** The single-rule fields an attachment sets, by name. */
function ownConditionFields(a: AttachmentRule | Omit<AttachmentRule, "priority" | "path">): string[] {
  const fields: string[] = [];
  if (a.paths.length > 0) fields.push("paths");
  if (a.hosts.length > 0) fields.push("hosts");
  if (Object.keys(a.headers).length > 0) fields.push("headers");
  if (a.queryStrings.length > 0) fields.push("queryStrings");
  if (a.sourceIps.length > 0) fields.push("sourceIps");
  if (a.methods.length > 0) fields.push("methods");
  return fields;
}

function checkRule(rule: AttachmentRule, context: RuleContext): void {
  const at = (...rest: (string | number)[]): SpecPath => [...rule.path, ...rest];
  if (rule.priority === undefined) context.report("B552", rule.path, {});
  else if (rule.priority < 1 || rule.priority > 50000) context.report("B502", at("priority"), { priority: rule.priority });
  if (conditionValueCount(rule) === 0) {
    context.report("B503", rule.path, {});
    return;
  }
  rule.paths.forEach((value, i) => checkPattern(value, "path pattern", PATH_PATTERN, at("paths", i), context));
  rule.hosts.forEach((value, i) => checkPattern(value, "host header", HOST_HEADER, at("hosts", i), context));
  rule.sourceIps.forEach((value, i) => {
    if (!isIpv4Cidr(value) && !isIpv6Cidr(value)) context.report("B560", at("sourceIps", i), { value });
  });
  rule.methods.forEach((value, i) => {
    if (!HTTP_METHOD.test(value)) context.report("B561", at("methods", i), { value });
  });
  for (const [name, values] of Object.entries(rule.headers)) {
    if (!HEADER_NAME.test(name)) context.report("B562", at("headers", name), { value: name, reason: "is not a header name" });
    values.forEach((value, i) => {
      if (value.length > MAX_PATTERN_LENGTH) context.report("B562", at("headers", name, i), { value, reason: `is longer than ${MAX_PATTERN_LENGTH} characters` });
    });
  }
  rule.queryStrings.forEach((q, i) => {
    for (const part of [q.key, q.value]) {
      if (part !== undefined && part.length > MAX_PATTERN_LENGTH) context.report("B562", at("queryStrings", i), { value: part, reason: `is longer than ${MAX_PATTERN_LENGTH} characters` });
    }
  });
  checkQuotas(rule, context);
}

/** B510: ELB's per-condition and per-rule quotas. */
function checkQuotas(rule: AttachmentRule, context: RuleContext): void {
  const max = RULE_LIMITS.valuesPerCondition;
  const perCondition: [string, number, SpecPath][] = [
    ["path patterns", rule.paths.length, [...rule.path, "paths"]],
    ["host headers", rule.hosts.length, [...rule.path, "hosts"]],
    ["query strings", rule.queryStrings.length, [...rule.path, "queryStrings"]],
    ["source IPs", rule.sourceIps.length, [...rule.path, "sourceIps"]],
    ["HTTP methods", rule.methods.length, [...rule.path, "methods"]],
    ...Object.entries(rule.headers).map(([name, values]): [string, number, SpecPath] => [`values of header ${name}`, values.length, [...rule.path, "headers", name]]),
  ];
  for (const [what, count, path] of perCondition) if (count > max) context.report("B510", path, { what, count, max });
  const count = conditionValueCount(rule);
  if (count > RULE_LIMITS.valuesPerRule) context.report("B510", rule.path, { what: "condition values", count, max: RULE_LIMITS.valuesPerRule });
  // Wildcards count in host, path, header and query string values (source IPs and methods have none).
  const wildcardValues = [...rule.paths, ...rule.hosts, ...Object.values(rule.headers).flat(), ...rule.queryStrings.flatMap((q) => [q.key ?? "", q.value])];
  const wildcards = wildcardValues.join("").replace(/[^*?]/g, "").length;
  if (wildcards > RULE_LIMITS.wildcardsPerRule) {
    context.report("B510", rule.path, { what: "wildcards (* and ?)", count: wildcards, max: RULE_LIMITS.wildcardsPerRule });
  }
}

/** An IPv6 CIDR block such as `2001:db8::/32` (hex groups with at most one `::`, prefix 0–128). */
function isIpv6Cidr(value: string): boolean {
  const match = /^([0-9A-Fa-f:]+)\/(\d{1,3})$/.exec(value);
  if (!match || Number(match[2]) > 128) return false;
  const address = match[1] ?? "";
  const halves = address.split("::");
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === "" ? [] : h.split(":")));
  if (!groups.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? groups.length < 8 : groups.length === 8;
}

/**
 * B504/B505: each attachment's target is a container of this task and a TCP port it maps.
 * Without this check ECS accepts the template and then fails the deployment with "container
 * port not found".
 */
export const loadBalancerTarget: ServiceRule = (spec, context) => {
  const containers = taskContainers(spec);
  for (const { spec: lb, path: at } of loadBalancerAttachments(spec)) {
    const target = lb.container === undefined ? containers[0] : containers.find((c) => c.name === lb.container);
    if (!target) {
      const known = containers.flatMap((c) => (c.name === undefined ? [] : [c.name]));
      context.report("B504", [...at, "container"], { name: lb.container ?? "", known });
      continue;
    }
    const ports = tcpPortsOf(target.container);
    const port = lb.port ?? ports[0];
    if (port !== undefined && ports.includes(port)) continue;
    // Point at what the author wrote: the explicit port, the explicit container, or the container
    // itself (which needs a port).
    const path: SpecPath = lb.port !== undefined ? [...at, "port"] : lb.container !== undefined ? [...at, "container"] : target.path;
    context.report("B505", path, { container: target.name ?? "", port, ports });
  }
};

/** B506/B507/B558/B565: each created target group's health check ELB runs against each task. */
export const targetHealthCheck: ServiceRule = (spec, context) => {
  for (const { spec: lb, path } of loadBalancerAttachments(spec)) {
    const check = lb.healthCheck;
    if (!check) continue;
    const at = [...path, "healthCheck"];
    if (check.path !== undefined && !check.path.startsWith("/")) context.report("B506", [...at, "path"], { path: check.path });
    if (check.timeout >= check.interval) {
      context.report("B507", [...at, "timeout"], { timeout: check.timeout, interval: check.interval });
    }
    const grpc = lb.protocolVersion === "GRPC";
    if (check.matcher !== undefined && !matcherInRange(check.matcher, grpc ? [0, 99] : [200, 499])) {
      context.report("B558", [...at, "matcher"], { matcher: check.matcher, grpc });
    }
    if (typeof check.port === "number" && spec.networkMode === "bridge") context.report("B565", [...at, "port"], { port: check.port });
  }
};

/** True when every code and range of the matcher lies within [min, max], ranges ascending. */
function matcherInRange(matcher: string, [min, max]: readonly [number, number]): boolean {
  return matcher.split(",").every((part) => {
    const [from, to] = part.split("-").map(Number);
    const end = to ?? from;
    return from !== undefined && end !== undefined && from >= min && end <= max && from <= end;
  });
}

function checkPattern(value: string, kind: "path pattern" | "host header", shape: RegExp, path: SpecPath, context: RuleContext): void {
  if (value.length > MAX_PATTERN_LENGTH || !shape.test(value)) context.report("B508", path, { kind, value });
}
