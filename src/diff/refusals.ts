import { render } from "../diagnostics/catalogue.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { DEPLOY_IDS } from "../lower/deploy-ids.js";
import type { ResourceChange } from "./compare.js";
import type { StackDiff } from "./stack-diff.js";

/**
 * The replacements that would fail, as error diagnostics that say how to roll the change out.
 * berth derives names that change with their create-only properties where it can (target groups,
 * security groups), so these are left for names the spec fixes or that identify the resource.
 */
export function replacementRefusals(diffs: readonly StackDiff[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const diff of diffs) {
    for (const change of diff.resources) {
      if (change.action !== "replaced" || !change.fixedName) continue;
      const args = { stack: diff.stack, logicalId: change.logicalId, type: change.type, name: change.fixedName.value, because: change.replacedBecause };
      const code = codeFor(change);
      out.push({ code, severity: "error", file: diff.source ?? diff.stack, path: specPathOf(change), ...render(code, args) });
    }
  }
  return out;
}

function codeFor(change: ResourceChange): "B980" | "B981" | "B982" | "B983" | "B984" {
  if (change.logicalId === DEPLOY_IDS.blueTargetGroup || change.logicalId === DEPLOY_IDS.greenTargetGroup) return "B984";
  if (change.type === "AWS::ElasticLoadBalancingV2::TargetGroup") return "B980";
  if (change.type === "AWS::ECS::Service") return "B981";
  if (change.type === "AWS::IAM::Role") return "B982";
  return "B983";
}

/** The spec field that fixes the name, where one does (berth's own logical ids of target groups). */
function specPathOf(change: ResourceChange): string {
  if (change.logicalId === DEPLOY_IDS.blueTargetGroup) return "deploy.targetGroups.blue";
  if (change.logicalId === DEPLOY_IDS.greenTargetGroup) return "deploy.targetGroups.green";
  if (change.type === "AWS::ElasticLoadBalancingV2::TargetGroup") return "loadBalancer.targetGroupName";
  return "";
}
