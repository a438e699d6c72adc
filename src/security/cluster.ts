import type { Stack } from "../ir/index.js";
import type { SecurityWaiver } from "./waiver.js";

/** The stack's ECS clusters. */
function clusters(stack: Stack) {
  return stack.resources.flatMap((r) => (r.kind === "cluster" ? [r] : []));
}

/** The stack's EC2 Auto Scaling groups (EC2 capacity providers). */
function autoScalingGroups(stack: Stack) {
  return stack.resources.flatMap((r) => (r.kind === "autoScalingGroup" ? [r] : []));
}

/**
 * ECS clusters and their EC2 capacity: Container Insights, ECS Exec logging, and how berth
 * writes Auto Scaling groups and launch templates (which some rules read too literally).
 */
export const CLUSTER_WAIVERS: readonly SecurityWaiver[] = [
  {
    tool: "cfn-guard",
    rule: "CT.ECS.PR.2",
    title: "Container Insights is enabled",
    reason:
      "The spec sets containerInsights to \"enhanced\", a superset of \"enabled\" (task- and container-level metrics) that the rule does not recognise; berth's default is \"enabled\".",
    // "disabled" fails this rule and checkov's CKV_AWS_65 alike, and is no finding berth accepts.
    appliesTo: (stack) => clusters(stack).some((c) => c.containerInsights === "enhanced"),
  },
  {
    tool: "checkov",
    rule: "CKV_AWS_224",
    title: "ECS Exec session logs are encrypted with a customer managed key",
    reason:
      "ECS Exec output goes to each task's own log group (exec.logging \"task\", berth's default) or to the cluster's log group without a key; checkov accepts only exec.logging \"cluster\" with a customer managed exec.kmsKey, which a team sets when its key policy allows the logs service.",
    // exec.logging "none" leaves nothing to encrypt: checkov passes it.
    appliesTo: (stack) =>
      clusters(stack).some((c) => {
        const exec = c.executeCommand;
        return exec.logging !== "NONE" && !(exec.kmsKeyId !== undefined && exec.logGroup !== undefined && exec.encryptedLogGroup === true);
      }),
  },
  {
    tool: "cfn-guard",
    rule: "CT.AUTOSCALING.PR.1",
    title: "an Auto Scaling group spans several Availability Zones",
    reason:
      "The group takes its Availability Zones from its subnets (VPCZoneIdentifier); the rule reads only the AvailabilityZones property, which AWS ignores when subnets are given. Give the capacity provider subnets in two or more zones.",
    appliesTo: (stack) => autoScalingGroups(stack).length > 0,
  },
  {
    tool: "cfn-guard",
    rule: "CT.AUTOSCALING.PR.6",
    title: "an Auto Scaling group mixes several instance types",
    reason:
      "The capacity provider lists a single instance type, so there is nothing to mix; with two or more instanceTypes berth writes a mixed instances policy listing each and the rule passes.",
    appliesTo: (stack) => autoScalingGroups(stack).some((g) => new Set(g.instanceTypeOverrides).size < 2),
  },
  {
    tool: "cfn-guard",
    rule: "CT.AUTOSCALING.PR.8",
    title: "an Auto Scaling group uses a launch template",
    reason:
      "The group does use a launch template, at Version Fn::GetAtt LatestVersionNumber so that a template change (a new AMI) reaches new instances; the rule accepts only a literal version string.",
    appliesTo: (stack) => autoScalingGroups(stack).length > 0,
  },
  {
    tool: "cfn-guard",
    rule: "CT.EC2.PR.10",
    title: "launch templates enable detailed monitoring",
    reason:
      "Detailed (1-minute) EC2 monitoring is billed per instance and ECS capacity provider scaling does not use it (it scales on CapacityProviderReservation); the instances keep basic monitoring.",
    appliesTo: (stack) => stack.resources.some((r) => r.kind === "launchTemplate"),
  },
];
