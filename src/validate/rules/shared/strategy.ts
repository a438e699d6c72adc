import type { SpecPath } from "../../../diagnostics/diagnostic.js";
import { FARGATE_PROVIDERS } from "../../../spec/compute.js";
import type { RuleContext } from "../../context.js";

/** One item of a capacity provider strategy, after parsing. */
export interface StrategyItem {
  readonly provider: string;
  readonly weight: number;
  readonly base: number;
}

/**
 * B735–B738: the rules ECS applies to every capacity provider strategy (a service's, a task's,
 * or a cluster's default): Fargate and Auto Scaling group providers never mix, at most one
 * provider has a base, at least one has a weight, and none is listed twice. `path` points at the
 * strategy list; findings about one item point at that item.
 */
export function checkStrategy(items: readonly StrategyItem[], path: SpecPath, context: RuleContext): void {
  const fargate = items.filter((item) => FARGATE_PROVIDERS.includes(item.provider)).map((item) => item.provider);
  const ec2 = items.filter((item) => !FARGATE_PROVIDERS.includes(item.provider)).map((item) => item.provider);
  if (fargate.length > 0 && ec2.length > 0) context.report("B735", path, { fargate: unique(fargate), ec2: unique(ec2) });

  const withBase = items.map((item, i) => ({ item, i })).filter(({ item }) => item.base > 0);
  // Report at the second base: the first one is the legitimate one in the common case.
  const second = withBase[1];
  if (second) context.report("B736", [...path, second.i, "base"], { providers: withBase.map(({ item }) => item.provider) });

  if (items.length > 0 && items.every((item) => item.weight === 0)) context.report("B737", path, {});

  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.provider)) context.report("B738", [...path, i, "provider"], { provider: item.provider });
    seen.add(item.provider);
  });
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
