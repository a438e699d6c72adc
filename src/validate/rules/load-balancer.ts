import type { SpecPath } from "../../diagnostics/diagnostic.js";
import type { RuleContext } from "../context.js";
import type { ServiceRule } from "./rule.js";
import { taskContainers, tcpPortsOf } from "../../spec/containers.js";
import { isListenerReference } from "../../spec/schema/index.js";

/** ALB's limit on one condition value. */
const MAX_PATTERN_LENGTH = 128;

/**
 * Path patterns: ALB's character set (`&` is allowed, * and ? are wildcards). They must start
 * with `/` (request paths always do, so anything else never matches) or with a wildcard.
 */
const PATH_PATTERN = /^[/*?][A-Za-z0-9_\-.$/~"'@:+&*?]*$/;

/** Host headers: letters, digits, `-.*?`, at least one dot, only letters (or wildcards) after the last. */
const HOST_HEADER = /^[A-Za-z0-9\-.*?]*\.[A-Za-z*?]+$/;

/** ELB's quotas on one listener rule's conditions. */
const RULE_LIMITS = { valuesPerCondition: 3, valuesPerRule: 5, wildcardsPerRule: 5 } as const;

/**
 * B502/B503/B508/B510: the listener rule berth adds to the shared listener. Priorities outside
 * 1–50000, rules without conditions and rules over ELB's condition quotas are rejected by ELB
 * at deploy time, after the rest of the stack has been created.
 */
export const listenerRule: ServiceRule = (spec, context) => {
  const lb = spec.loadBalancer;
  if (!lb) return;
  // A reference without a priority attaches to an NLB listener, which has no rules; the project
  // rules check that it names one (B540/B541).
  if (isListenerReference(lb.listener) && lb.priority === undefined) return;
  if (lb.priority === undefined) context.report("B540", ["loadBalancer", "priority"], {});
  else if (lb.priority < 1 || lb.priority > 50000) context.report("B502", ["loadBalancer", "priority"], { priority: lb.priority });
  if (lb.paths.length === 0 && lb.hosts.length === 0) context.report("B503", ["loadBalancer"], {});
  lb.paths.forEach((value, i) => checkPattern(value, "path pattern", PATH_PATTERN, ["loadBalancer", "paths", i], context));
  lb.hosts.forEach((value, i) => checkPattern(value, "host header", HOST_HEADER, ["loadBalancer", "hosts", i], context));

  const max = RULE_LIMITS.valuesPerCondition;
  if (lb.paths.length > max) context.report("B510", ["loadBalancer", "paths"], { what: "path patterns", count: lb.paths.length, max });
  if (lb.hosts.length > max) context.report("B510", ["loadBalancer", "hosts"], { what: "host headers", count: lb.hosts.length, max });
  const values = [...lb.paths, ...lb.hosts];
  if (values.length > RULE_LIMITS.valuesPerRule) {
    context.report("B510", ["loadBalancer"], { what: "path and host values", count: values.length, max: RULE_LIMITS.valuesPerRule });
  }
  const wildcards = values.join("").replace(/[^*?]/g, "").length;
  if (wildcards > RULE_LIMITS.wildcardsPerRule) {
    context.report("B510", ["loadBalancer"], { what: "wildcards (* and ?)", count: wildcards, max: RULE_LIMITS.wildcardsPerRule });
  }
};

/**
 * B504/B505: the target is a container of this task and a TCP port it maps. Without this
 * check ECS accepts the template and then fails the deployment with "container port not found".
 */
export const loadBalancerTarget: ServiceRule = (spec, context) => {
  const lb = spec.loadBalancer;
  if (!lb) return;
  const containers = taskContainers(spec);
  const target = lb.container === undefined ? containers[0] : containers.find((c) => c.name === lb.container);
  if (!target) {
    const known = containers.flatMap((c) => (c.name === undefined ? [] : [c.name]));
    context.report("B504", ["loadBalancer", "container"], { name: lb.container ?? "", known });
    return;
  }
  const ports = tcpPortsOf(target.container);
  const port = lb.port ?? ports[0];
  if (port !== undefined && ports.includes(port)) return;
  // Point at what the author wrote: the explicit port, the explicit container, or the container
  // itself (which needs a port).
  const path: SpecPath = lb.port !== undefined ? ["loadBalancer", "port"] : lb.container !== undefined ? ["loadBalancer", "container"] : target.path;
  context.report("B505", path, { container: target.name ?? "", port, ports });
};

/** B506/B507: the target group health check ELB runs against each task. */
export const targetHealthCheck: ServiceRule = (spec, context) => {
  const check = spec.loadBalancer?.healthCheck;
  if (!check) return;
  if (!check.path.startsWith("/")) context.report("B506", ["loadBalancer", "healthCheck", "path"], { path: check.path });
  if (check.timeout >= check.interval) {
    context.report("B507", ["loadBalancer", "healthCheck", "timeout"], { timeout: check.timeout, interval: check.interval });
  }
};

function checkPattern(value: string, kind: "path pattern" | "host header", shape: RegExp, path: SpecPath, context: RuleContext): void {
  if (value.length > MAX_PATTERN_LENGTH || !shape.test(value)) context.report("B508", path, { kind, value });
}
