import type { Stack } from "../ir/index.js";

/** The scanners berth's deep test suite runs on every generated stack (test/security/scan.deep.ts). */
export type SecurityTool = "cfn-guard" | "checkov";

/**
 * A security-scan finding berth accepts: one rule of one tool, why a user would accept it, and
 * exactly when the rule fails on a stack. The predicate reads the IR (what berth emits), so it
 * answers for any user's stack, not just the examples; the deep test holds it equal to the real
 * scanners' verdicts on every example and valid fixture, so a README never lists a finding its
 * stack does not have nor misses one it has.
 */
export interface SecurityWaiver {
  readonly tool: SecurityTool;
  /** Control Tower control id (`CT.ECS.PR.3`, cfn-guard) or checkov check id (`CKV_AWS_158`). */
  readonly rule: string;
  /** What the rule asks for, in a few words. */
  readonly title: string;
  /**
   * One sentence or two: why the finding is acceptable, and the spec setting that clears it when
   * there is one. A function when the reason depends on which case of the rule the stack hits;
   * read it with {@link reasonOn}.
   */
  readonly reason: string | ((stack: Stack) => string);
  /** True exactly when the rule fails on the stack's emitted template (CloudFormation) or Terraform. */
  readonly appliesTo: (stack: Stack) => boolean;
}

/** A CIDR block that is the whole internet, as both scanners spell it. */
export function isWorld(cidr: string): boolean {
  return cidr === "0.0.0.0/0" || cidr === "::/0";
}

/** True when a port range (inclusive) contains the port. */
export function covers(fromPort: number, toPort: number, port: number): boolean {
  return fromPort <= port && port <= toPort;
}

/** A waiver's reason as it reads for one stack (one the waiver applies to). */
export function reasonOn(waiver: SecurityWaiver, stack: Stack): string {
  return typeof waiver.reason === "string" ? waiver.reason : waiver.reason(stack);
}
