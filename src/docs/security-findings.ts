import type { Stack } from "../ir/index.js";
import { reasonOn, waiversFor } from "../security/index.js";
import { cell, code } from "./markdown.js";

/** How each README names a scanner. */
const TOOL_LABELS = { "cfn-guard": "cfn-guard (CloudFormation)", checkov: "checkov (Terraform)" } as const;

/**
 * The README's rows for the security-scan findings berth accepts on this stack (src/security:
 * each waiver's predicate over the IR decides), cfn-guard first. Empty when none applies, and
 * the templates then leave the section out.
 */
export function securityFindingRows(stack: Stack): Record<string, string>[] {
  return waiversFor(stack).map((w) => ({
    tool: TOOL_LABELS[w.tool],
    rule: code(w.rule),
    title: cell(w.title),
    reason: cell(reasonOn(w, stack)),
  }));
}
