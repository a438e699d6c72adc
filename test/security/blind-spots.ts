import type { Stack } from "../../src/ir/index.js";
import type { SecurityTool } from "../../src/security/index.js";

/**
 * A place where a scanner misses a finding that is really there: the waiver's predicate (which
 * describes the stack) says the rule applies, and the scanner does not report it. The README
 * still lists the waiver, since another version of the scanner (or a fixed one) reports it; the
 * scan test allows exactly these gaps, and fails when one no longer hides anything.
 */
export interface BlindSpot {
  readonly tool: SecurityTool;
  readonly rule: string;
  /** What the scanner does wrong, found by reading its source. */
  readonly why: string;
  /** True when the scanner misses the rule's finding on this stack. */
  readonly hides: (stack: Stack) => boolean;
}

export const BLIND_SPOTS: readonly BlindSpot[] = [
  {
    tool: "checkov",
    rule: "CKV_AWS_336",
    why:
      "checkov 3.3.30 passes a task definition whose container_definitions string holds `||` (a CMD-SHELL health " +
      "check such as `curl -f … || exit 1`) without reading readonlyRootFilesystem: with `|| exit 1` changed to " +
      "`; exit 1` in legacy-roles-api's Terraform, and nothing else, the same check fails (checkov evaluates the " +
      "string as an expression before it parses the JSON).",
    hides: (stack) => stack.resources.some((r) => r.kind === "taskDefinition" && JSON.stringify(r.containers).includes("||")),
  },
];
