import type { DiscoveryServiceResource, Resource, Stack, TaskDefinitionResource } from "../ir/index.js";
import { isImportRef, isRef } from "../ir/index.js";
import { DEPLOY_IDS } from "../lower/deploy-ids.js";
import { taskSizeWords } from "../lower/task.js";
import { allOfKind, firstOfKind, literalOf } from "./stack-sections.js";

/**
 * Text safe inside a quoted Mermaid label: Mermaid's own entity codes for the characters that
 * would end the label (`"`), open an entity (`#`), start HTML (`<`, `>`, `&`), end an edge label
 * (`|`) or close the Markdown code fence (a backtick). Newlines become spaces.
 */
export function mermaidText(value: string): string {
  return value
    .replace(/#/g, "#35;")
    .replace(/"/g, "#quot;")
    .replace(/&/g, "#38;")
    .replace(/</g, "#lt;")
    .replace(/>/g, "#gt;")
    .replace(/\|/g, "#124;")
    .replace(/`/g, "#96;")
    .replace(/\r?\n/g, " ");
}

/** A label of one or more lines, each escaped, joined with Mermaid's line break. */
function label(...lines: string[]): string {
  return `"${lines.filter((l) => l !== "").map(mermaidText).join("<br/>")}"`;
}

/** Collects a flowchart's nodes and edges in the order they are added: the same stack, the same text. */
class Flowchart {
  private readonly lines: string[] = [];
  private readonly nodes = new Set<string>();

  /** A node; shapes: `box` [..], `round` ([..]) for actors, `store` [(..)] for data. */
  node(id: string, shape: "box" | "round" | "store", ...text: string[]): void {
    if (this.nodes.has(id)) return;
    this.nodes.add(id);
    const [open, close] = shape === "box" ? ["[", "]"] : shape === "round" ? ["([", "])"] : ["[(", ")]"];
    this.lines.push(`  ${id}${open}${label(...text)}${close}`);
  }

  /** An edge between two nodes added before; dashed for what happens only sometimes. */
  edge(from: string, to: string, text = "", dashed = false): void {
    if (!this.nodes.has(from) || !this.nodes.has(to)) return;
    const arrow = dashed ? "-.->" : "-->";
    this.lines.push(`  ${from} ${arrow}${text === "" ? "" : `|${label(text)}|`} ${to}`);
  }

  text(): string {
    return ["flowchart LR", ...this.lines].join("\n");
  }
}

/** Node ids are the IR's logical ids (PascalCase letters and digits); nodes that are no resource start with `x`. */
const X = { clients: "xClients", secrets: "xSecrets", start: "xRunTask", fargate: "xFargate", fargateSpot: "xFargateSpot" } as const;

function namespaceName(stack: Stack, service: DiscoveryServiceResource): string {
  const ns = service.namespace;
  if (isImportRef(ns)) {
    const lookup = stack.imports?.find((i) => i.id === ns.import)?.lookup;
    return lookup !== undefined && "name" in lookup ? lookup.name : ns.import;
  }
  return isRef(ns) ? literalOf(stack, ns) : ns;
}

/** The task definition and what hangs off it: its secrets and where its logs go. */
function addTask(chart: Flowchart, stack: Stack, task: TaskDefinitionResource): void {
  const names = task.containers.map((c) => c.name);
  chart.node(task.id, "box", `Task ${task.family}`, taskSizeWords(task), `containers: ${names.join(", ")}`);
  const secrets = [...new Set(task.containers.flatMap((c) => c.secrets.map((s) => s.name)))].sort();
  if (secrets.length > 0) {
    chart.node(X.secrets, "store", "Secrets", secrets.join(", "));
    chart.edge(task.id, X.secrets, "read at start");
  }
  const firelens = task.containers.some((c) => c.firelensConfiguration !== undefined);
  for (const group of new Set(task.containers.flatMap((c) => (c.logging.driver === "awslogs" ? [c.logging.logGroup] : [])))) {
    const id = isRef(group) ? group.resource : `xLogs${mermaidId(group)}`;
    chart.node(id, "store", `Log group ${literalOf(stack, group)}`, isRef(group) ? "" : "(existing)");
    chart.edge(task.id, id, "logs");
  }
  if (firelens) {
    chart.node("xFireLens", "store", "FireLens destination");
    chart.edge(task.id, "xFireLens", "logs via FireLens");
  }
}

/** A node id for a literal (an existing log group's name): letters and digits only. */
function mermaidId(value: string): string {
  return value.replace(/[^A-Za-z0-9]/g, "");
}

function serviceChart(chart: Flowchart, stack: Stack): void {
  const service = firstOfKind(stack, "service");
  const task = firstOfKind(stack, "taskDefinition");
  if (!service || !task) return;
  const rules = allOfKind(stack, "listenerRule");
  if (rules.length > 0) chart.node(X.clients, "round", "Clients");
  for (const rule of rules) {
    const match = [...rule.hostHeaders, ...rule.pathPatterns].join(" ");
    chart.node(rule.id, "box", rule.id === DEPLOY_IDS.testListenerRule ? "ALB test listener rule" : "ALB listener rule", `priority ${rule.priority}${match === "" ? "" : ` · ${match}`}`, "(existing listener)");
    chart.edge(X.clients, rule.id, rule.id === DEPLOY_IDS.testListenerRule ? "test traffic" : "");
  }
  for (const group of allOfKind(stack, "targetGroup")) chart.node(group.id, "box", `Target group ${group.name}`, `${group.protocol} :${group.port}`);
  // A rule to an existing target group (by ARN) forwards outside the stack: no node to point at.
  for (const rule of rules) if (typeof rule.targetGroup === "string") chart.edge(rule.id, rule.targetGroup, "forwards");
  const count = service.desiredCount === undefined ? "one task per instance" : `${service.desiredCount} task${service.desiredCount === 1 ? "" : "s"}`;
  const runsOn = service.launchType ?? service.capacityProviderStrategy.map((s) => s.provider).join(" + ");
  chart.node(service.id, "box", `ECS service ${service.name}`, `${count} · ${runsOn}`, `cluster ${service.cluster}`);
  const live = new Set(service.loadBalancers.map((lb) => lb.targetGroup));
  for (const group of allOfKind(stack, "targetGroup")) chart.edge(group.id, service.id, live.has(group.id) ? "" : "blue/green", !live.has(group.id));
  addTask(chart, stack, task);
  chart.edge(service.id, task.id, "runs");
  for (const discovery of allOfKind(stack, "discoveryService")) {
    chart.node(discovery.id, "box", "Cloud Map", `${discovery.name}.${namespaceName(stack, discovery)}`);
    chart.edge(service.id, discovery.id, "registers tasks");
  }
  const target = firstOfKind(stack, "scalableTarget");
  if (target) {
    const policies = allOfKind(stack, "scalingPolicy").map((p) => p.name);
    chart.node(target.id, "box", "Auto scaling", `${target.minCapacity}–${target.maxCapacity} tasks`, policies.join(", "));
    chart.edge(target.id, service.id, "sets the count");
  }
  const group = firstOfKind(stack, "codeDeployGroup");
  if (group) {
    chart.node(group.id, "box", "CodeDeploy", stack.delivery?.strategy ?? "blue/green");
    chart.edge(group.id, service.id, "deploys");
    for (const rule of rules) chart.edge(group.id, rule.id, "shifts traffic", true);
  }
}

function taskChart(chart: Flowchart, stack: Stack): void {
  const task = firstOfKind(stack, "taskDefinition");
  if (!task || firstOfKind(stack, "service")) return;
  const schedule = firstOfKind(stack, "schedule") ?? firstOfKind(stack, "scheduleRule");
  addTask(chart, stack, task);
  if (schedule) {
    chart.node(schedule.id, "round", schedule.kind === "schedule" ? "EventBridge Scheduler" : "EventBridge rule", schedule.expression, schedule.kind === "schedule" ? schedule.timezone : "UTC");
    chart.edge(schedule.id, task.id, `runs ${schedule.target.taskCount}`);
  } else {
    chart.node(X.start, "round", "aws ecs run-task");
    chart.edge(X.start, task.id, "starts");
  }
}

function clusterChart(chart: Flowchart, stack: Stack): void {
  const cluster = firstOfKind(stack, "cluster");
  if (!cluster) return;
  chart.node(cluster.id, "box", `ECS cluster ${cluster.name}`, `Container Insights ${cluster.containerInsights}`);
  const association = firstOfKind(stack, "clusterCapacityProviders");
  for (const provider of association?.providers ?? []) {
    if (provider === "FARGATE" || provider === "FARGATE_SPOT") {
      const id = provider === "FARGATE" ? X.fargate : X.fargateSpot;
      chart.node(id, "box", provider === "FARGATE" ? "Fargate" : "Fargate Spot");
      chart.edge(cluster.id, id, "capacity");
    }
  }
  for (const provider of allOfKind(stack, "capacityProvider")) {
    const group = allOfKind(stack, "autoScalingGroup").find((g) => g.id === provider.autoScalingGroup);
    chart.node(provider.id, "box", `Capacity provider ${provider.name}`, `target ${provider.managedScaling.targetCapacity} %`);
    chart.edge(cluster.id, provider.id, "capacity");
    if (group) {
      chart.node(group.id, "box", `Auto Scaling group ${group.name}`, `${group.minSize}–${group.maxSize} instances`);
      chart.edge(provider.id, group.id, "scales");
    }
  }
  const namespace = firstOfKind(stack, "privateDnsNamespace");
  if (namespace) {
    chart.node(namespace.id, "box", `Cloud Map namespace ${namespace.name}`, `VPC ${namespace.vpc}`);
    chart.edge(cluster.id, namespace.id, "services register in", true);
  }
  const execLogs = cluster.executeCommand.logGroup;
  const group = stack.resources.find((r): r is Extract<Resource, { kind: "logGroup" }> => r.kind === "logGroup" && r.id === execLogs);
  if (group) {
    chart.node(group.id, "store", `Log group ${group.name}`);
    chart.edge(cluster.id, group.id, "ECS Exec sessions");
  }
}

/**
 * The stack as a Mermaid flowchart, from its IR: traffic → listener rule → target group →
 * service → task → secrets and logs, with discovery, scaling, CodeDeploy and schedules where the
 * stack has them; for a cluster, its capacity. Pure and deterministic; every label is escaped.
 */
export function mermaidDiagram(stack: Stack): string {
  const chart = new Flowchart();
  serviceChart(chart, stack);
  taskChart(chart, stack);
  clusterChart(chart, stack);
  loadBalancerChart(chart, stack);
  return chart.text();
}

/**
 * A load balancer stack: clients → each listener → what it does (the rules services add, a
 * redirect, or the NLB target group services register in), and the Route 53 name in front.
 */
function loadBalancerChart(chart: Flowchart, stack: Stack): void {
  const lb = stack.resources.find((r) => r.kind === "loadBalancer");
  if (lb === undefined) return;
  chart.node(X.clients, "round", lb.scheme === "internal" ? "Clients in the VPC" : "Internet clients");
  const record = stack.resources.find((r) => r.kind === "dnsAliasRecord");
  if (record !== undefined) {
    chart.node(record.id, "box", `DNS ${record.name}`, "Route 53 alias");
    chart.edge(X.clients, record.id, "resolve");
  }
  chart.node(lb.id, "box", `${lb.type === "application" ? "Application" : "Network"} Load Balancer ${lb.name}`, lb.scheme);
  chart.edge(record?.id ?? X.clients, lb.id);
  for (const listener of stack.resources) {
    if (listener.kind !== "listener") continue;
    chart.node(listener.id, "box", `Listener ${listener.protocol} ${listener.port}`, listener.tls ? `TLS policy ${listener.tls.sslPolicy}` : "");
    chart.edge(lb.id, listener.id);
    const action = listener.defaultAction;
    if (action.type === "forward") {
      const group = stack.resources.find((r) => r.id === action.targetGroup);
      if (group?.kind === "networkTargetGroup") chart.node(group.id, "box", `Target group ${group.name}`, `${group.protocol} ${group.port}, ${group.targetType} targets`);
      chart.edge(listener.id, action.targetGroup, "forward");
    } else if (action.type === "redirectToHttps") {
      chart.node(`x${listener.id}Redirect`, "round", `Redirect to HTTPS ${action.port}`);
      chart.edge(listener.id, `x${listener.id}Redirect`, "301");
    } else {
      chart.node(`x${listener.id}Rules`, "round", "Rules services add", `otherwise ${action.statusCode}`);
      chart.edge(listener.id, `x${listener.id}Rules`);
    }
  }
}
