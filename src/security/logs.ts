import type { Stack } from "../ir/index.js";
import type { SecurityWaiver } from "./waiver.js";

/** The stack's log groups (a service's or task's, a cluster's ECS Exec group). */
function logGroups(stack: Stack) {
  return stack.resources.flatMap((r) => (r.kind === "logGroup" ? [r] : []));
}

/** True for a cluster stack, whose only log group is its ECS Exec group (set under `exec`). */
const isCluster = (stack: Stack) => stack.resources.some((r) => r.kind === "cluster");

/** Why a retention under a year is accepted, naming the spec field of the stack's kind. */
function retentionReason(stack: Stack): string {
  const field = isCluster(stack) ? "exec.retentionDays, 365 days by default" : "logging.retentionDays, 30 days by default";
  return `The retention is the spec's (${field}), chosen to bound log storage cost; set 365 or more where a year is required.`;
}

/** Why a log group without a customer managed key is accepted, naming the spec field of the stack's kind. */
function encryptionReason(stack: Stack): string {
  const field = isCluster(stack) ? "exec.kmsKey with exec.logging \"cluster\"" : "logging.kmsKey";
  return `CloudWatch Logs encrypts every log group at rest with AWS-owned keys; a customer managed key needs a key policy for the logs service that the key's owner writes. Name one (${field}) and the finding goes.`;
}

/** A retention that is not "never expire" yet shorter than a year (CloudWatch's 0 means never, checkov reads it so). */
const underAYear = (days: number) => days < 365;

/**
 * CloudWatch: log groups and alarms. Retention and encryption are the spec's choices with
 * defaults that keep cost bounded; the alarms without actions are deployment alarms.
 */
export const CLOUDWATCH_WAIVERS: readonly SecurityWaiver[] = [
  {
    tool: "cfn-guard",
    rule: "CT.CLOUDWATCH.PR.1",
    title: "a CloudWatch alarm has an alarm action",
    reason:
      "The alarm is a deployment alarm: ECS (or CodeDeploy) reads its state to stop a deployment and roll it back, so it needs no action of its own.",
    // Only deployment alarms are created without actions; a step scaling alarm triggers its policy.
    appliesTo: (stack) =>
      stack.resources.some((r) => r.kind === "alarm" && r.alarmActions.length === 0 && (stack.delivery?.alarmNames.includes(r.name) ?? false)),
  },
  {
    tool: "cfn-guard",
    rule: "CT.CLOUDWATCH.PR.2",
    title: "log groups keep events for at least 365 days",
    reason: retentionReason,
    // The rule passes an absent RetentionInDays; berth always writes one.
    appliesTo: (stack) => logGroups(stack).some((g) => underAYear(g.retentionDays)),
  },
  {
    tool: "checkov",
    rule: "CKV_AWS_338",
    title: "log groups keep events for at least a year",
    reason: retentionReason,
    // checkov passes retention 0 (never expire) as well as 365 or more.
    appliesTo: (stack) => logGroups(stack).some((g) => g.retentionDays !== 0 && underAYear(g.retentionDays)),
  },
  {
    tool: "cfn-guard",
    rule: "CT.CLOUDWATCH.PR.3",
    title: "log groups are encrypted with a customer managed KMS key",
    reason: encryptionReason,
    appliesTo: (stack) => logGroups(stack).some((g) => g.kmsKey === undefined),
  },
  {
    tool: "checkov",
    rule: "CKV_AWS_158",
    title: "log groups are encrypted with a KMS key",
    reason: encryptionReason,
    appliesTo: (stack) => logGroups(stack).some((g) => g.kmsKey === undefined),
  },
];
