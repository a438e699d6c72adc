import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { ResourceChange } from "./compare.js";
import type { Impact } from "./impact.js";
import type { StackDiff } from "./stack-diff.js";

/** The machine-readable result of `berth diff --json`; key order and array order are stable. */
export interface DiffReport {
  /** Stacks whose deployment does something (added, removed or changed). */
  readonly changed: number;
  readonly unchanged: number;
  readonly stacks: readonly StackDiff[];
  /** Replacements berth refuses (B980–B999), as printed diagnostics. */
  readonly diagnostics: readonly Diagnostic[];
}

const MARK: Record<ResourceChange["action"], string> = { added: "+", removed: "-", updated: "~", replaced: "±" };

/** Human-readable report: one block per stack that changes, then a summary line. */
export function formatReport(report: DiffReport): string {
  const blocks: string[] = [];
  for (const diff of report.stacks) {
    if (diff.status === "unchanged") continue;
    const from = diff.source ? ` (${diff.source})` : "";
    const lines = [`${diff.stack}${from}: stack ${diff.status === "changed" ? "updated" : diff.status}`];
    for (const change of diff.resources) lines.push(`  ${MARK[change.action]} ${change.logicalId} (${change.type}) ${describeChange(change)}`);
    for (const impact of diff.impacts) lines.push(`  → ${describeImpact(impact)}`);
    blocks.push(lines.join("\n"));
  }
  const summary = `berth: ${report.changed} stack${report.changed === 1 ? "" : "s"} with changes, ${report.unchanged} unchanged.`;
  return [...blocks, summary].join("\n\n") + "\n";
}

/** One resource's line: the action and why. */
export function describeChange(change: ResourceChange): string {
  switch (change.action) {
    case "added":
      return "added";
    case "removed":
      return "removed (deleted unless its deletion policy retains it)";
    case "updated": {
      const parts = [...change.changedProperties, ...change.followsReplaced.map((id) => `new ${id}`)];
      return `updated in place: ${parts.join(", ")}${change.unknownType ? " (type unknown to the resource database: replacement not predicted)" : ""}`;
    }
    case "replaced": {
      const why = `replaced (create-only ${change.replacedBecause.join(", ")} changed)`;
      if (change.type === "AWS::ECS::TaskDefinition") return `${why}: a new task definition revision`;
      if (!change.fixedName) return `${why}: the replacement gets a new physical name`;
      return `${why}: FAILS in CloudFormation: ${change.fixedName.property} "${change.fixedName.value}" stays the same, and a replacement cannot reuse a custom name`;
    }
  }
}

/** One impact's line. */
export function describeImpact(impact: Impact): string {
  switch (impact.kind) {
    case "rolling-deployment": {
      const bounds = impact.minimumHealthyPercent !== undefined && impact.maximumPercent !== undefined ? ` (${impact.minimumHealthyPercent} % healthy minimum, ${impact.maximumPercent} % maximum)` : "";
      return `${impact.service}: rolling deployment: ECS replaces every task with the new ${impact.taskDefinition} revision${bounds}`;
    }
    case "codedeploy-deployment":
      return `${impact.service}: new ${impact.taskDefinition} revision registered; running tasks keep the old one until a CodeDeploy deployment (appspec.yaml) shifts traffic to it`;
    case "new-revision":
      return `${impact.taskDefinition}: new revision; the next run of the task uses it`;
    case "desired-count-reset":
      return `${impact.service}: desired count reset to ${impact.to}${impact.from !== undefined ? ` (was ${impact.from})` : ""}: ECS starts or stops tasks to match, whatever runs now`;
    case "desired-count-kept":
      return `${impact.service}: desired count kept: Application Auto Scaling manages it; the update leaves the running count alone`;
    case "listener-rule-hazard":
      return `${impact.rule}: HAZARD: CodeDeploy (${impact.deploymentGroup}) may have shifted this rule to the green target group; the update resets its forward to the template's and can send its traffic to tasks that no longer serve it. Apply it between deployments, after checking which target group is live`;
  }
}
