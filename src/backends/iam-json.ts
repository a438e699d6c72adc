import type { PolicyStatement } from "../ir/index.js";

/** IAM's policy language version; the only one that supports policy variables and conditions fully. */
export const POLICY_VERSION = "2012-10-17";

/**
 * One IR statement in IAM's JSON form (PascalCase keys, optional keys omitted). Shared by the
 * Terraform backend (whose provider takes policies as JSON strings) and the generated README
 * (which shows what a role the spec brings must allow), so both print the same document.
 * Engine-free: importing it loads neither cdktf nor a provider.
 */
export function statementJson(statement: PolicyStatement): Record<string, unknown> {
  return {
    ...(statement.sid === undefined ? {} : { Sid: statement.sid }),
    Effect: statement.effect,
    Action: [...statement.actions],
    Resource: [...statement.resources],
    ...(statement.conditions === undefined ? {} : { Condition: statement.conditions }),
  };
}

/** A policy document object holding `statements`, in IAM's JSON form. */
export function policyJson(statements: readonly Record<string, unknown>[]): Record<string, unknown> {
  return { Version: POLICY_VERSION, Statement: statements };
}
