import type { SpecPath } from "../diagnostics/diagnostic.js";
import type { ParsedAttachment } from "./schema/load-balancer.js";

/**
 * The one enumeration of a service's load balancer attachments (`loadBalancer` is one object or
 * a list of them) and of each attachment's listener rules (`priority` plus conditions, or
 * `rules`), shared by validation (which reports at the spec paths) and lowering.
 */

/** One attachment with where the author wrote it. */
export interface Attachment {
  readonly spec: ParsedAttachment;
  /** Position in the list (0 for the single-object form). */
  readonly index: number;
  /** `["loadBalancer"]` for the single-object form, `["loadBalancer", i]` for a list. */
  readonly path: SpecPath;
}

/** The conditions of one listener rule, after defaults. */
export interface RuleConditions {
  readonly paths: readonly string[];
  readonly hosts: readonly string[];
  readonly headers: Readonly<Record<string, readonly string[]>>;
  readonly queryStrings: readonly { readonly key?: string | undefined; readonly value: string }[];
  readonly sourceIps: readonly string[];
  readonly methods: readonly string[];
}

/** One listener rule of an attachment with where the author wrote it. */
export interface AttachmentRule extends RuleConditions {
  /** Undefined only when the author left it out (itself an error, B552). */
  readonly priority: number | undefined;
  /** The attachment's path (single-rule form) or `[…, "rules", i]`. */
  readonly path: SpecPath;
}

/** What the enumeration needs of a spec: services and tasks (which never have one) alike. */
export interface WithLoadBalancer {
  readonly loadBalancer?: ParsedAttachment | readonly ParsedAttachment[] | undefined;
}

/** Every attachment of the service, in spec order; empty without a load balancer. */
export function loadBalancerAttachments(spec: WithLoadBalancer): Attachment[] {
  const lb = spec.loadBalancer;
  if (lb === undefined) return [];
  if (isList(lb)) return lb.map((attachment, index) => ({ spec: attachment, index, path: ["loadBalancer", index] }));
  return [{ spec: lb, index: 0, path: ["loadBalancer"] }];
}

/**
 * The first attachment: the one blue/green deploys, request-count scaling and 5xx alarms are
 * about (blue/green allows exactly one).
 */
export function primaryAttachment(spec: WithLoadBalancer): ParsedAttachment | undefined {
  return loadBalancerAttachments(spec)[0]?.spec;
}

/**
 * The listener rules of an attachment: its `rules`, or one rule from its own `priority` and
 * conditions. None without a listener (an existing target group some listener already uses).
 */
export function attachmentRules(attachment: Attachment): AttachmentRule[] {
  const a = attachment.spec;
  if (a.listener === undefined) return [];
  if (a.rules) return a.rules.map((rule, i) => ({ ...rule, path: [...attachment.path, "rules", i] }));
  const { paths, hosts, headers, queryStrings, sourceIps, methods } = a;
  return [{ priority: a.priority, paths, hosts, headers, queryStrings, sourceIps, methods, path: attachment.path }];
}

/** True when the attachment sets any condition of its own (the single-rule form). */
export function hasOwnConditions(a: RuleConditions): boolean {
  return conditionValueCount(a) > 0;
}

/** How many values a rule's conditions hold in all (ELB's "match evaluations"). */
export function conditionValueCount(c: RuleConditions): number {
  const headerValues = Object.values(c.headers).reduce((sum, values) => sum + values.length, 0);
  return c.paths.length + c.hosts.length + headerValues + c.queryStrings.length + c.sourceIps.length + c.methods.length;
}

function isList(lb: ParsedAttachment | readonly ParsedAttachment[]): lb is readonly ParsedAttachment[] {
  return Array.isArray(lb);
}
