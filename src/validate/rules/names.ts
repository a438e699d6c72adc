import { executionRoleName, infrastructureRoleName, NAME_LIMITS, targetGroupName, taskRoleName } from "../../spec/names.js";
import type { WorkloadRule } from "./rule.js";
import { isRegion } from "../../spec/aws-formats.js";
import { loadBalancerAttachments } from "../../spec/load-balancers.js";

/**
 * B501/B509: names berth derives from the spec must fit AWS's limits. The builders are the
 * ones lowering uses, so what passes here is exactly what gets deployed. The error points at
 * the field the author can change: `targetGroupName` when given, else the service `name`
 * (berth's own target group names are shortened to fit, so only a given one can be too long).
 */
export const derivedNames: WorkloadRule = (spec, context) => {
  // Every target group berth creates (an existing one, by targetGroupArn, keeps its own name).
  for (const attachment of loadBalancerAttachments(spec)) {
    if (attachment.spec.targetGroupArn !== undefined) continue;
    const explicit = attachment.spec.targetGroupName !== undefined;
    const path = explicit ? [...attachment.path, "targetGroupName"] : ["name"];
    const name = targetGroupName(spec, attachment.index);
    // A derived name is cut to fit before its hash suffix (spec/names.ts); only a given one can be too long.
    if (explicit && name.length > NAME_LIMITS.targetGroup) {
      context.report("B501", path, { what: "target group name", value: name, max: NAME_LIMITS.targetGroup });
    }
    // ELB's own rule; the schema only restricts the character set.
    if (name.startsWith("-") || name.endsWith("-") || name.startsWith("internal-")) {
      context.report("B509", path, { value: name });
    }
  }
  // Role names embed the region; a malformed region is reported once as B405, not again here.
  // A role given by ARN is not created, so its derived name does not matter.
  if (isRegion(spec.region)) {
    for (const [what, name] of [
      ...(spec.executionRole === undefined ? [["execution role name", executionRoleName(spec)] as const] : []),
      ...(spec.taskRole.arn === undefined ? [["task role name", taskRoleName(spec)] as const] : []),
      ...(spec.volumes.some((v) => v.type === "ebs") ? [["ECS infrastructure role name", infrastructureRoleName(spec)] as const] : []),
    ]) {
      if (name.length > NAME_LIMITS.iamRole) context.report("B501", ["name"], { what, value: name, max: NAME_LIMITS.iamRole });
    }
  }
};
