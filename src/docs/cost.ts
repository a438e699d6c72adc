import type { CapacityProviderStrategyItem, Stack, TaskDefinitionResource } from "../ir/index.js";
import { code, cell } from "./markdown.js";
import { FARGATE_SPOT_DISCOUNT, HOURS_PER_MONTH, PRICE_SOURCES, PRICES_AS_OF, regionPrices, type RegionPrices } from "./prices.js";
import { allOfKind, firstOfKind } from "./stack-sections.js";

/** Where a share of the tasks runs: Fargate, Fargate Spot, or EC2 instances (of a capacity provider, or the EC2 launch type). */
type Capacity = "FARGATE" | "FARGATE_SPOT" | "EC2";

/** One row of the estimate: a task count on one kind of capacity, for a month. */
export interface CostRow {
  /** `desired (3)`, `maximum (12)`, `one run`. */
  readonly count: string;
  readonly capacity: string;
  readonly tasks: number;
  readonly vcpuHours: string;
  readonly gbHours: string;
  /** `$54.06`, or why there is no figure. */
  readonly usd: string;
}

/** What the README's "Monthly cost estimate" section renders. */
export interface CostData {
  readonly rows: readonly CostRow[];
  /** Sentences under the table: totals, load balancer, logs, assumptions. */
  readonly lines: readonly string[];
  /** The period the USD column covers: `a month`, or `an hour` of a task's run. */
  readonly unit: string;
}

/**
 * Splits `count` tasks over a capacity provider strategy the way ECS places them: each base
 * first, then every further task to the provider furthest below its weight share (ties: the
 * earlier provider). Whole tasks, as ECS runs them.
 */
export function splitTasks(count: number, strategy: readonly CapacityProviderStrategyItem[]): number[] {
  const placed = strategy.map(() => 0);
  let left = count;
  strategy.forEach((item, i) => {
    const n = Math.min(item.base, left);
    placed[i] = n;
    left -= n;
  });
  const byWeight = strategy.map(() => 0);
  for (; left > 0; left--) {
    let best = -1;
    strategy.forEach((item, i) => {
      if (item.weight <= 0) return;
      if (best < 0 || (byWeight[i]! + 1) / item.weight < (byWeight[best]! + 1) / strategy[best]!.weight) best = i;
    });
    if (best < 0) break;
    byWeight[best]!++;
    placed[best]!++;
  }
  return placed;
}

/** `$1,234.56`: dollars rounded to the cent (or to `digits` places), digits grouped without depending on the locale. */
export function usd(value: number, digits = 2): string {
  const [whole, cents] = value.toFixed(digits).split(".");
  return `$${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`;
}

/** A unit price exactly as the table holds it (`$0.0225`): rounding a rate would change every figure it explains. */
export function rate(value: number): string {
  const places = value.toString().split(".")[1]?.length ?? 0;
  return `$${value.toFixed(Math.max(2, places))}`;
}

/** An amount of hours, to one decimal place (`182.5`, `1,095`). */
function hours(value: number): string {
  const rounded = (Math.round(value * 10) / 10).toString();
  const [whole, fraction] = rounded.split(".");
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${fraction === undefined ? "" : `.${fraction}`}`;
}

const CAPACITY_WORDS: Record<Capacity, string> = { FARGATE: "Fargate", FARGATE_SPOT: "Fargate Spot", EC2: "EC2 instances" };

/** The tasks of a count, by capacity, in a stable order (strategy order, merged by kind). */
function placement(count: number, launchType: "FARGATE" | "EC2" | undefined, strategy: readonly CapacityProviderStrategyItem[]): [Capacity, number][] {
  if (strategy.length === 0) return [[launchType ?? "FARGATE", count]];
  const split = splitTasks(count, strategy);
  const merged = new Map<Capacity, number>();
  strategy.forEach((item, i) => {
    const kind: Capacity = item.provider === "FARGATE" || item.provider === "FARGATE_SPOT" ? item.provider : "EC2";
    merged.set(kind, (merged.get(kind) ?? 0) + split[i]!);
  });
  return [...merged.entries()].filter(([, n]) => n > 0);
}

/** The rows of one task count running for `period` hours (a month, or one hour of a run). */
function rowsFor(label: string, task: TaskDefinitionResource, prices: RegionPrices | undefined, placed: [Capacity, number][], period: number): { rows: CostRow[]; total: number | undefined } {
  const vcpu = (task.cpu ?? 0) / 1024;
  const gb = (task.memory ?? 0) / 1024;
  const price = prices?.fargate[task.runtimePlatform.cpuArchitecture];
  let total: number | undefined = 0;
  const rows = placed.map(([capacity, tasks]): CostRow => {
    if (capacity === "EC2") {
      return { count: label, capacity: CAPACITY_WORDS.EC2, tasks, vcpuHours: "–", gbHours: "–", usd: "the cluster's instances" };
    }
    const vcpuHours = tasks * vcpu * period;
    const gbHours = tasks * gb * period;
    const factor = capacity === "FARGATE_SPOT" ? 1 - FARGATE_SPOT_DISCOUNT : 1;
    const cost = price === undefined ? undefined : (vcpuHours * price.vcpuHour + gbHours * price.gbHour) * factor;
    total = cost === undefined || total === undefined ? undefined : total + cost;
    return { count: label, capacity: `${CAPACITY_WORDS[capacity]}, ${task.runtimePlatform.cpuArchitecture}`, tasks, vcpuHours: hours(vcpuHours), gbHours: hours(gbHours), usd: cost === undefined ? "no price for the region" : usd(cost, period < HOURS_PER_MONTH ? 4 : 2) };
  });
  return { rows, total };
}

/** The sentences every estimate ends with: what the figures assume, where the prices come from. */
function assumptions(stack: Stack, prices: RegionPrices | undefined, spot: boolean, monthly: boolean): string[] {
  const lines: string[] = [];
  lines.push(
    prices === undefined
      ? `berth's price table has no prices for ${code(cell(stack.region))}: the hours are exact, multiply them by the region's prices (${PRICE_SOURCES.fargate}).`
      : `Prices: Linux On-Demand prices of ${code(cell(stack.region))}, as of ${PRICES_AS_OF} (${PRICE_SOURCES.fargate})${monthly ? `; a task runs all month (${HOURS_PER_MONTH} hours); figures are rounded to the cent. AWS bills by the second, at least a minute per task` : ""}.`,
  );
  if (spot) {
    lines.push(`Fargate Spot is priced at ${Math.round(FARGATE_SPOT_DISCOUNT * 100)} % below On-Demand, AWS's "up to": the cheapest case. The real Spot price moves with supply and demand; check the current one on the Fargate pricing page.`);
  }
  return lines;
}

/** The load balancer and log lines of a stack (service or task): shared costs, stated, not added. */
function sharedCosts(stack: Stack, prices: RegionPrices | undefined): string[] {
  const lines: string[] = [];
  if (firstOfKind(stack, "listenerRule") !== undefined) {
    lines.push(
      prices === undefined
        ? "Load balancer: the stack adds a rule to an existing Application Load Balancer; its hours and LCUs are that load balancer's, not estimated here."
        : `Load balancer: the stack adds a rule to an existing Application Load Balancer, so its hours (${usd(prices.albHour * HOURS_PER_MONTH)} a month at ${rate(prices.albHour)} an hour, ${PRICE_SOURCES.loadBalancer}) are shared with every service behind it and not in the total; LCUs depend on traffic and are not estimated.`,
    );
  }
  const group = firstOfKind(stack, "logGroup");
  if (group !== undefined && prices !== undefined) {
    const logClass = group.logGroupClass ?? "STANDARD";
    const perGb = prices.logsIngestGb[logClass];
    lines.push(
      `Logs: not in the total, as berth cannot know the volume. CloudWatch Logs ingestion costs ${rate(perGb)} per GB (${logClass} class, ${PRICE_SOURCES.logs}); at an assumed 1 GB a day that is ${usd(perGb * (HOURS_PER_MONTH / 24))} a month, plus storage for the ${group.retentionDays} days kept.`,
    );
  }
  lines.push("Not estimated: data transfer, NAT gateways, public IPv4 addresses, CloudWatch alarms and metrics, Cloud Map, Secrets Manager and ECR storage.");
  return lines;
}

/** The estimate of a service stack: its tasks at the desired and at the maximum count. */
function serviceCost(stack: Stack, prices: RegionPrices | undefined): CostData | undefined {
  const service = firstOfKind(stack, "service");
  const task = firstOfKind(stack, "taskDefinition");
  if (!service || !task) return undefined;
  if (service.schedulingStrategy === "DAEMON" || service.desiredCount === undefined) {
    return {
      rows: [],
      unit: "a month",
      lines: ["The service runs one task on every EC2 instance of the cluster (DAEMON): the instances' cost is the cluster's, and ECS adds no charge for the tasks.", ...sharedCosts(stack, prices), ...assumptions(stack, prices, false, false)],
    };
  }
  const target = firstOfKind(stack, "scalableTarget");
  const counts: [string, number][] = [[`desired (${service.desiredCount})`, service.desiredCount]];
  // Scaled in below the desired count, the month costs less: that bound gets its own rows too.
  if (target !== undefined && target.minCapacity < service.desiredCount) counts.push([`minimum (${target.minCapacity})`, target.minCapacity]);
  if (target !== undefined && target.maxCapacity !== service.desiredCount) counts.push([`maximum (${target.maxCapacity})`, target.maxCapacity]);
  const results = counts.map(([label, n]) => ({ label, ...rowsFor(label, task, prices, placement(n, service.launchType, service.capacityProviderStrategy), HOURS_PER_MONTH) }));
  const rows = results.flatMap((r) => r.rows);
  const lines: string[] = [];
  const fargate = rows.some((r) => r.capacity.startsWith("Fargate"));
  if (fargate && results.every((r) => r.total !== undefined)) {
    const bounds = results.slice(1).map((r) => `**${usd(r.total!)}** at the scaling ${r.label.split(" ")[0]}`);
    lines.push(`Fargate total: **${usd(results[0]!.total!)} a month** at the desired count${bounds.map((b) => `, ${b}`).join("")}.`);
  }
  if (rows.some((r) => r.capacity === CAPACITY_WORDS.EC2)) {
    lines.push("Tasks on EC2 capacity run on the cluster's instances: their cost (instances, EBS volumes) is the cluster's, not this stack's, and ECS adds no charge.");
  }
  if (target !== undefined) lines.push(`Auto scaling keeps between ${target.minCapacity} and ${target.maxCapacity} tasks: the month costs between the figures at those counts, by how long the service runs scaled in or out.`);
  lines.push(`Deployments briefly run extra tasks (${service.deploymentController === "CODE_DEPLOY" ? "a full green set during a blue/green deployment" : `up to ${service.deployment.maximumPercent ?? 100} % of the desired count during a rolling one`}); not included.`);
  if (task.ephemeralStorageGiB !== undefined) lines.push(`Ephemeral storage above Fargate's free 20 GiB (${task.ephemeralStorageGiB} GiB per task) is billed per GB-hour; not included.`);
  const priced = assumptions(stack, prices, rows.some((r) => r.capacity.startsWith("Fargate Spot")), fargate);
  return { rows, lines: [...lines, ...sharedCosts(stack, prices), ...priced], unit: "a month" };
}

/** The estimate of a task stack: the cost of one hour of a run, since how long runs take is unknown. */
function taskCost(stack: Stack, prices: RegionPrices | undefined): CostData | undefined {
  const task = firstOfKind(stack, "taskDefinition");
  if (!task || firstOfKind(stack, "service") !== undefined) return undefined;
  const schedule = firstOfKind(stack, "schedule") ?? firstOfKind(stack, "scheduleRule");
  const target = schedule?.target;
  const count = target?.taskCount ?? 1;
  const compute = task.requiresCompatibilities.includes("FARGATE") ? "FARGATE" : "EC2";
  const placed = placement(count, target?.launchType ?? (target ? undefined : compute), target?.capacityProviderStrategy ?? []);
  // How long a run takes is unknown: the rows price one hour of it.
  const { rows } = rowsFor("one hour of a run", task, prices, placed, 1);
  const lines = [
    `The task runs only when started${schedule ? " (by its schedule)" : ""}: the table shows one hour of one run of ${count} task${count === 1 ? "" : "s"}; a month costs that times the hours all runs take.`,
    ...(rows.some((r) => r.capacity === CAPACITY_WORDS.EC2) ? ["Tasks on EC2 capacity run on the cluster's instances: their cost is the cluster's, not this stack's."] : []),
    ...sharedCosts(stack, prices),
    ...assumptions(stack, prices, rows.some((r) => r.capacity.startsWith("Fargate Spot")), false),
  ];
  return { rows, lines, unit: "an hour" };
}

/** The estimate of a cluster stack: the cluster is free; its instances are what it costs. */
function clusterCost(stack: Stack): CostData | undefined {
  const cluster = firstOfKind(stack, "cluster");
  if (!cluster) return undefined;
  const groups = allOfKind(stack, "autoScalingGroup");
  const lines = ["An ECS cluster costs nothing by itself: Fargate tasks are billed to the stacks whose services and tasks run them (see their READMEs)."];
  for (const group of groups) {
    lines.push(`Auto Scaling group ${code(cell(group.name))} runs ${group.minSize} to ${group.maxSize} EC2 instances, whose hours and EBS volumes are this stack's cost; berth's price table holds no EC2 prices, so they are not estimated (https://aws.amazon.com/ec2/pricing/on-demand/).`);
  }
  if (cluster.containerInsights !== "disabled") lines.push(`Container Insights (${cluster.containerInsights}) publishes CloudWatch metrics and logs that are billed by volume; not estimated.`);
  return { rows: [], lines, unit: "a month" };
}

/**
 * The monthly cost estimate of any stack, from its IR and the price table: pure, deterministic,
 * and explicit about every assumption. Undefined only for a stack none of the three kinds covers.
 */
export function costEstimate(stack: Stack): CostData | undefined {
  const prices = regionPrices(stack.region);
  return serviceCost(stack, prices) ?? taskCost(stack, prices) ?? clusterCost(stack);
}
