import type { Stack } from "../ir/index.js";
import { CLUSTER_WAIVERS } from "./cluster.js";
import { TASK_DEFINITION_WAIVERS } from "./containers.js";
import { CLOUDWATCH_WAIVERS } from "./logs.js";
import { NETWORK_WAIVERS } from "./network.js";
import { SCHEDULE_WAIVERS } from "./schedule.js";
import type { SecurityWaiver } from "./waiver.js";

export type { SecurityTool, SecurityWaiver } from "./waiver.js";
export { reasonOn } from "./waiver.js";

/** Orders rule ids by their parts, numbers as numbers (CT.ECS.PR.3 before CT.ECS.PR.10). */
function compareRules(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}

/**
 * Every security-scan finding berth accepts, one entry per tool and rule, cfn-guard first, then
 * by rule id. test/security/scan.deep.ts holds the predicates equal to the scanners' verdicts.
 */
export const SECURITY_WAIVERS: readonly SecurityWaiver[] = [
  ...CLOUDWATCH_WAIVERS,
  ...TASK_DEFINITION_WAIVERS,
  ...CLUSTER_WAIVERS,
  ...NETWORK_WAIVERS,
  ...SCHEDULE_WAIVERS,
].sort((a, b) => a.tool.localeCompare(b.tool) || compareRules(a.rule, b.rule));

/** The waivers that apply to a stack, in {@link SECURITY_WAIVERS} order. Pure. */
export function waiversFor(stack: Stack): SecurityWaiver[] {
  return SECURITY_WAIVERS.filter((w) => w.appliesTo(stack));
}
