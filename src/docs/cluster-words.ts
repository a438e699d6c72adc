import type { ClusterResource, ClusterStrategyItem, Stack } from "../ir/index.js";
import { cell, code, count, listing } from "./markdown.js";
import { literalOf } from "./stack-sections.js";

/** A strategy entry with its provider resolved to the name ECS knows it by. */
interface NamedItem {
  readonly name: string;
  readonly weight: number;
  readonly base: number;
}

function named(stack: Stack, strategy: readonly ClusterStrategyItem[]): NamedItem[] {
  return strategy.map((item) => ({ name: literalOf(stack, item.provider), weight: item.weight, base: item.base }));
}

/**
 * The default capacity provider strategy in plain words: the base first (ECS places the first
 * `base` tasks on that provider), then how the weights share every further task. ECS allows a
 * base on one entry only, so one base sentence at most.
 */
export function describeStrategy(stack: Stack, strategy: readonly ClusterStrategyItem[]): string {
  const items = named(stack, strategy);
  if (items.length === 0) return "The cluster has no default capacity provider strategy: every service and task must name a launch type or a strategy of its own.";
  const sentences: string[] = [];
  const based = items.filter((i) => i.base > 0);
  for (const item of based) sentences.push(`The first ${item.base === 1 ? "task runs" : `${item.base} tasks run`} on ${code(cell(item.name))}.`);
  const weighted = items.filter((i) => i.weight > 0);
  const total = weighted.reduce((sum, i) => sum + i.weight, 0);
  const beyond = based.length > 0 ? "Beyond that, " : "";
  const only = weighted[0];
  if (weighted.length === 1 && only) {
    sentences.push(`${beyond}${beyond ? "every" : "Every"} task runs on ${code(cell(only.name))}.`);
  } else if (weighted.length > 1) {
    const shares = weighted.map((i, index) => `${i.weight}${index === 0 ? (i.weight === 1 ? " runs" : " run") : ""} on ${code(cell(i.name))}`);
    sentences.push(`${beyond}${beyond ? "of" : "Of"} every ${total} tasks, ${listing(shares)} (weights ${weighted.map((i) => i.weight).join(":")}).`);
  }
  const idle = items.filter((i) => i.weight === 0);
  if (idle.length > 0) sentences.push(`${listing(idle.map((i) => code(cell(i.name))))} ${idle.length === 1 ? "has" : "have"} weight 0: no tasks beyond ${idle.length === 1 ? "its" : "their"} base.`);
  return sentences.join(" ");
}

/** The strategy as table rows. */
export function strategyRows(stack: Stack, strategy: readonly ClusterStrategyItem[]): { provider: string; base: number; weight: number }[] {
  return named(stack, strategy).map((i) => ({ provider: code(cell(i.name)), base: i.base, weight: i.weight }));
}

/** Container Insights in plain words. */
export function describeInsights(cluster: ClusterResource): string {
  switch (cluster.containerInsights) {
    case "enhanced":
      return "Container Insights with enhanced observability is on: CloudWatch gets cluster, service, task and container metrics.";
    case "enabled":
      return "Container Insights is on: CloudWatch gets cluster, service and task metrics.";
    case "disabled":
      return "Container Insights is off: CloudWatch gets only the basic ECS service metrics. Services that scale on SQS backlog per task need it on.";
  }
}

/** ECS Exec logging and encryption in plain words. */
export function describeExec(stack: Stack, cluster: ClusterResource): string[] {
  const exec = cluster.executeCommand;
  const logging =
    exec.logging === "NONE"
      ? "ECS Exec sessions are not logged (logging `NONE`)."
      : exec.logging === "OVERRIDE"
        ? `ECS Exec session output is logged to the cluster's own log group ${code(cell(literalOf(stack, { resource: exec.logGroup ?? "", attribute: "name" })))} (logging \`OVERRIDE\`).`
        : "ECS Exec session output is logged like the task's containers, to the awslogs log group of each task definition (logging `DEFAULT`); containers without awslogs are not logged.";
  const key =
    exec.kmsKeyId === undefined
      ? "Sessions are encrypted by the Session Manager channel ECS Exec uses (TLS), with no KMS key of the cluster's own."
      : `Session data between client and container is additionally encrypted with KMS key ${code(cell(exec.kmsKeyId))}: the task roles and the people who start sessions need permission to use it.`;
  return [logging, key, "The cluster only sets how sessions are logged and encrypted: a service or task allows ECS Exec with `exec: true` in its own spec."];
}

/** `0–6 instances`, `exactly 2 instances`. */
export function sizeRange(min: number, max: number): string {
  return min === max ? `exactly ${count(min, "instance")}` : `${min}–${count(max, "instance")}`;
}
