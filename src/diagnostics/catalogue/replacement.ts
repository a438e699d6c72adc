import { entry, list } from "./entry.js";

/** What every replacement refusal says about the resource. */
export interface Replaced {
  readonly stack: string;
  readonly logicalId: string;
  readonly type: string;
  readonly name: string;
  readonly because: readonly string[];
}

const failing = (a: Replaced) =>
  `Deploying this change replaces ${a.type} ${a.logicalId} "${a.name}" of stack ${a.stack} (create-only ${list(a.because)} changed), ` +
  `and CloudFormation cannot replace a resource whose custom name stays the same ("requires replacing").`;

/**
 * Replacements that would fail (B980–B999): a change to a create-only property of a resource
 * with a fixed name, found by comparing with the previous output (`berth diff`, `berth generate`).
 * Each code says how to roll the change out instead.
 */
export const replacementEntries = {
  B980: entry<Replaced>({
    message: failing,
    hint: () =>
      "This target group's name is fixed by the spec. Rename it in the same change (a new targetGroupName / deploy.targetGroups name), " +
      "or remove the name to let berth derive one that changes with the port, protocol and VPC.",
  }),
  B981: entry<Replaced>({
    message: failing,
    hint: () =>
      "An ECS service's cluster, launch type, deployment controller and scheduling strategy are fixed at creation. Roll it out side by side: " +
      "copy the spec under a new name with the new setting, deploy it, move traffic (listener rule priority), then delete the old spec and stack.",
  }),
  B982: entry<Replaced>({
    message: failing,
    hint: () =>
      "An IAM role's path is fixed at creation and its name is berth's. Roll it out in two deploys: first bring existing roles " +
      "(executionRole / taskRole with an arn) so the stack drops its own, then remove them again with the new path.",
  }),
  B983: entry<Replaced>({
    message: failing,
    hint: () =>
      "Roll it out in two deploys: remove the resource from the stack (or rename the spec) and deploy, then deploy the new value. " +
      "Or rename: a new name lets CloudFormation create the replacement before it deletes the old resource.",
  }),
  B984: entry<Replaced>({
    message: failing,
    hint: () =>
      "A blue/green service's target groups and their load balancer wiring are fixed at creation (CodeDeploy swaps between them, and " +
      "CloudFormation cannot change a CODE_DEPLOY service's load balancers). Roll it out side by side: copy the spec under a new name " +
      "with the new port or protocol, deploy it, move the listener rule's traffic, then delete the old spec and stack.",
  }),
} as const;
