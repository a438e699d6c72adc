import { describe, expect, it } from "vitest";
import { compile } from "../../src/compile.js";
import { costEstimate, rate, splitTasks, usd } from "../../src/docs/cost.js";
import type { Stack } from "../../src/ir/index.js";
import { importSpecs, specFilesIn } from "../support/specs.js";

describe("splitTasks", () => {
  it("places each base first, then the rest by weight, as ECS does", () => {
    const strategy = [
      { provider: "FARGATE_SPOT", weight: 4, base: 0 },
      { provider: "FARGATE", weight: 1, base: 1 },
    ];
    expect(splitTasks(3, strategy)).toEqual([2, 1]);
    expect(splitTasks(12, strategy)).toEqual([9, 3]);
    expect(splitTasks(1, strategy)).toEqual([0, 1]);
    expect(splitTasks(0, strategy)).toEqual([0, 0]);
  });

  it("never places a task on a provider of weight 0 beyond its base", () => {
    expect(splitTasks(5, [{ provider: "FARGATE", weight: 0, base: 2 }, { provider: "FARGATE_SPOT", weight: 1, base: 0 }])).toEqual([2, 3]);
  });
});

describe("money and rates", () => {
  it("rounds dollars to the cent and groups thousands without the locale", () => {
    expect(usd(54.06015)).toBe("$54.06");
    expect(usd(1234.5)).toBe("$1,234.50");
    expect(usd(0.05678, 4)).toBe("$0.0568");
  });

  it("quotes a unit price as the table holds it, with at least two decimals", () => {
    expect(rate(0.5)).toBe("$0.50");
    expect(rate(0.0225)).toBe("$0.0225");
  });
});

describe("the monthly cost estimate of the examples", async () => {
  const specs = await importSpecs(specFilesIn("specs"));
  const { stacks, diagnostics } = await compile(specs, { targets: [], hcl: false });
  const stack = (name: string): Stack => stacks.find((s) => s.name === name)!;
  const estimate = (name: string) => costEstimate(stack(name))!;

  it("compiles", () => expect(diagnostics).toEqual([]));

  it("prices a Fargate service at its desired count (my-api: 3 × 0.5 vCPU, 1 GB, us-east-1)", () => {
    const cost = estimate("my-api");
    // Worked out by hand from AWS's us-east-1 prices: $0.04048 per vCPU-hour, $0.004445 per GB-hour.
    const expected = 3 * 0.5 * 730 * 0.04048 + 3 * 1 * 730 * 0.004445;
    expect(cost.rows).toEqual([{ count: "desired (3)", capacity: "Fargate, X86_64", tasks: 3, vcpuHours: "1,095", gbHours: "2,190", usd: usd(expected) }]);
    expect(usd(expected)).toBe("$54.06");
    expect(cost.lines.join("\n")).toContain("**$54.06 a month** at the desired count.");
    expect(cost.lines.join("\n")).toContain("$16.43 a month at $0.0225 an hour");
    expect(cost.lines.join("\n")).toContain("LCUs depend on traffic and are not estimated");
    expect(cost.lines.join("\n")).toContain("as of June 2026");
    expect(cost.unit).toBe("a month");
  });

  it("splits a Spot strategy and prices the scaling maximum too (spot-api, eu-central-1)", () => {
    const cost = estimate("spot-api");
    const task = (n: number, spot: boolean) => n * 730 * (1 * 0.04656 + 2 * 0.00511) * (spot ? 0.3 : 1);
    expect(cost.rows.map((r) => [r.count, r.capacity, r.tasks, r.usd])).toEqual([
      ["desired (3)", "Fargate Spot, X86_64", 2, usd(task(2, true))],
      ["desired (3)", "Fargate, X86_64", 1, usd(task(1, false))],
      ["maximum (12)", "Fargate Spot, X86_64", 9, usd(task(9, true))],
      ["maximum (12)", "Fargate, X86_64", 3, usd(task(3, false))],
    ]);
    const text = cost.lines.join("\n");
    expect(text).toContain(`**${usd(task(2, true) + task(1, false))} a month** at the desired count, **${usd(task(9, true) + task(3, false))}** at the scaling maximum`);
    expect(text).toContain("70 % below On-Demand");
    expect(text).toContain("between 3 and 12 tasks");
  });

  it("adds the scaling minimum when it is below the desired count", () => {
    const base = stack("spot-api");
    const resources = base.resources.map((r) => (r.kind === "scalableTarget" ? { ...r, minCapacity: 1 } : r));
    const cost = costEstimate({ ...base, resources })!;
    expect([...new Set(cost.rows.map((r) => r.count))]).toEqual(["desired (3)", "minimum (1)", "maximum (12)"]);
    // One task: the Fargate base, so no Spot share.
    expect(cost.rows.filter((r) => r.count === "minimum (1)").map((r) => [r.capacity, r.tasks])).toEqual([["Fargate, X86_64", 1]]);
    expect(cost.lines.join("\n")).toMatch(/at the desired count, \*\*\$41\.45\*\* at the scaling minimum, \*\*\$\d+\.\d\d\*\* at the scaling maximum/);
    expect(cost.lines.join("\n")).toContain("between 1 and 12 tasks");
  });

  it("uses the ARM prices for an ARM64 task (ledger-worker)", () => {
    const cost = estimate("ledger-worker");
    expect(cost.rows[0]!.usd).toBe(usd(2 * 730 * (1 * 0.03238 + 2 * 0.00356)));
    expect(cost.rows[0]!.capacity).toBe("Fargate, ARM64");
  });

  it("gives hours but no price in a region the table lacks", () => {
    const cost = costEstimate({ ...stack("my-api"), region: "ap-south-2" })!;
    expect(cost.rows[0]).toMatchObject({ vcpuHours: "1,095", gbHours: "2,190", usd: "no price for the region" });
    const text = cost.lines.join("\n");
    expect(text).toContain("no prices for `ap-south-2`");
    expect(text).not.toContain("a month** at the desired count");
  });

  it("prices one hour of a scheduled task's run (nightly-report, eu-central-1)", () => {
    const cost = estimate("nightly-report");
    expect(cost.unit).toBe("an hour");
    expect(cost.rows).toEqual([{ count: "one hour of a run", capacity: "Fargate, X86_64", tasks: 1, vcpuHours: "1", gbHours: "2", usd: usd(1 * 0.04656 + 2 * 0.00511, 4) }]);
  });

  it("leaves instance cost to the cluster for EC2 capacity, daemons and clusters", () => {
    expect(estimate("gpu-inference").rows).toEqual([{ count: "desired (2)", capacity: "EC2 instances", tasks: 2, vcpuHours: "–", gbHours: "–", usd: "the cluster's instances" }]);
    expect(estimate("gpu-inference").lines.join("\n")).toContain("their cost (instances, EBS volumes) is the cluster's");
    expect(estimate("log-agent").rows).toEqual([]);
    expect(estimate("log-agent").lines[0]).toContain("DAEMON");
    expect(estimate("gpu-cluster").lines.join("\n")).toContain("runs 0 to 6 EC2 instances");
    expect(estimate("prod-cluster").lines[0]).toContain("costs nothing by itself");
  });

  it("states the log ingestion assumption with the region's price and the group's class", () => {
    expect(estimate("my-api").lines.join("\n")).toContain("$0.50 per GB (STANDARD class");
    expect(estimate("spot-api").lines.join("\n")).toContain("$0.63 per GB");
  });
});
