import type { ListenerResource, Stack } from "../ir/index.js";
import { cell, code, listing } from "./markdown.js";
import { allOfKind, firstOfKind, renderReadme, stackSections } from "./stack-sections.js";

/** True for a stack made by `defineLoadBalancer`. */
export function isLoadBalancerStack(stack: Stack): boolean {
  return firstOfKind(stack, "loadBalancer") !== undefined;
}

/** What a listener does with traffic, in plain words. */
function listenerAction(stack: Stack, listener: ListenerResource): string {
  const action = listener.defaultAction;
  switch (action.type) {
    case "fixedResponse":
      return `Requests no service's rule matches get a ${action.statusCode} (${cell(action.body)}); services add rules with their paths and hosts.`;
    case "redirectToHttps":
      return `Redirects every request to HTTPS on port ${action.port} (301, host, path and query kept).`;
    case "forward": {
      const group = allOfKind(stack, "networkTargetGroup").find((g) => g.id === action.targetGroup);
      if (!group) return "Forwards to a target group.";
      const check = group.healthCheck;
      return (
        `Forwards to target group ${code(cell(group.name))} (${group.protocol} port ${group.port}, ${group.targetType} targets, health check ${check.protocol}${check.path ? ` ${code(cell(check.path))}` : ""}` +
        `${group.preserveClientIp === undefined ? "" : `, client IP ${group.preserveClientIp ? "preserved" : "not preserved"}`}); the service attached to this listener registers its tasks in it.`
      );
    }
  }
}

/** The data the load balancer README template renders; undefined for a stack without a load balancer. */
export function loadBalancerReadmeData(stack: Stack, banner: string): Record<string, unknown> | undefined {
  const lb = firstOfKind(stack, "loadBalancer");
  if (!lb) return undefined;
  const group = firstOfKind(stack, "securityGroup");
  const record = firstOfKind(stack, "dnsAliasRecord");
  const certificates = allOfKind(stack, "listenerCertificate");
  const alb = lb.type === "application";
  const s = lb.settings;
  const settings = [
    alb ? `Idle timeout ${s.idleTimeoutSeconds ?? 60} s; invalid HTTP header fields are ${s.dropInvalidHeaderFields ? "dropped" : "passed on"}.` : `Cross-zone load balancing ${s.crossZone ? "on" : "off"}.`,
    `Deletion protection ${s.deletionProtection ? "on" : "off"}.`,
    s.accessLogs ? `Access logs to S3 bucket ${code(cell(s.accessLogs.bucket))}${s.accessLogs.prefix ? ` under ${code(cell(s.accessLogs.prefix))}` : ""}.` : "No access logs.",
  ];
  const sources = [...new Set((group?.ingress ?? []).map((r) => ("cidr" in r.source ? r.source.cidr : "prefixListId" in r.source ? r.source.prefixListId : typeof r.source.securityGroupId === "string" ? r.source.securityGroupId : "")))];
  return {
    ...stackSections(stack, banner),
    summary: `${lb.scheme === "internal" ? "Internal" : "Internet-facing"} ${alb ? "Application" : "Network"} Load Balancer ${code(cell(lb.name))} in account ${stack.account}, region ${stack.region}, subnets ${listing(lb.subnets.map((id) => code(cell(id))))}.`,
    reach:
      sources.length === 0
        ? `Its own security group ${code(cell(group?.name ?? ""))} admits nobody yet: add sources to the spec's allowFrom.`
        : `Its own security group ${code(cell(group?.name ?? ""))} admits the listener ports from ${listing(sources.map((v) => code(cell(v))))}.`,
    settings,
    dns: record ? `alias A record ${code(cell(record.name))} in hosted zone ${code(cell(record.hostedZoneId))}, pointing at the load balancer.` : false,
    listeners: allOfKind(stack, "listener").map((l) => {
      const extra = certificates.filter((c) => c.listener === l.id).map((c) => c.certificate);
      const all = l.tls ? [l.tls.certificate, ...extra] : [];
      return {
        port: l.port,
        protocol: l.protocol,
        certificates: all.length === 0 ? "" : all.map((c, i) => `${code(cell(c))}${i === 0 ? " (default)" : ""}`).join("<br>"),
        policy: l.tls ? code(cell(l.tls.sslPolicy)) : "",
        action: listenerAction(stack, l),
      };
    }),
    attach: alb
      ? `Services attach with \`loadBalancer: { listener: { loadBalancer: "${lb.name}", port: <port> }, priority, paths/hosts }\`: each adds its own listener rule and target group, and its tasks' security group admits only this load balancer's group.`
      : `Services attach with \`loadBalancer: { listener: { loadBalancer: "${lb.name}", port: <port> } }\` and register their tasks in that listener's target group.`,
    exports: stack.outputs.map((o) => ({ name: code(cell(o.exportName ?? "")), output: code(o.id), description: cell(o.description) })),
    accessLogs: s.accessLogs !== undefined,
    deletionProtection: s.deletionProtection,
  };
}

/** Renders a load balancer stack's README.md, or undefined for another kind of stack. Pure and deterministic. */
export function renderLoadBalancerReadme(stack: Stack, template: string, banner: string): string | undefined {
  const data = loadBalancerReadmeData(stack, banner);
  return data === undefined ? undefined : renderReadme(template, data);
}
