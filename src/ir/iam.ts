import type { ResourceId, Tags } from "./refs.js";

/** One IAM policy statement; resources are literal ARNs (the spec pins account and region). */
export interface PolicyStatement {
  readonly sid?: string;
  readonly effect: "Allow" | "Deny";
  readonly actions: readonly string[];
  readonly resources: readonly string[];
  /** IAM condition block: operator → key → value(s). */
  readonly conditions?: Readonly<Record<string, Readonly<Record<string, string | readonly string[]>>>>;
}

/** An inline policy attached to one role. */
export interface InlinePolicy {
  readonly name: string;
  readonly statements: readonly PolicyStatement[];
}

/** An IAM role assumed by an AWS service principal. */
export interface RoleResource {
  readonly kind: "role";
  readonly id: ResourceId;
  readonly name: string;
  readonly description: string;
  /** Service principal allowed to assume the role, e.g. `ecs-tasks.amazonaws.com`. */
  readonly principal: string;
  /** Conditions on the trust policy (confused-deputy protection). */
  readonly trustConditions?: PolicyStatement["conditions"];
  readonly managedPolicies: readonly string[];
  readonly inlinePolicies: readonly InlinePolicy[];
  /** IAM path (`/…/`); absent means IAM's default `/`. */
  readonly path?: string;
  /** ARN of the managed policy that bounds the role's permissions; absent means none. */
  readonly permissionsBoundary?: string;
  readonly tags: Tags;
}

/**
 * A role the spec names by ARN instead of letting berth create it. Not a resource: nothing is
 * emitted for it. It carries what berth would have given the role it replaces — built by the
 * very lowering that builds created roles — so the generated README can say exactly what the
 * existing role must allow.
 */
export interface ExistingRole {
  /** Logical id the created role would have had (e.g. `ExecutionRole`). */
  readonly id: ResourceId;
  /** The ARN the spec gives; the task definition (and any PassRole) names it. */
  readonly arn: string;
  /** Which of the task's roles it stands for. */
  readonly purpose: "execution" | "task";
  /** Service principal the role must trust. */
  readonly principal: string;
  /** The trust conditions berth would have set (recommended, not required). */
  readonly trustConditions?: RoleResource["trustConditions"];
  readonly managedPolicies: readonly string[];
  readonly inlinePolicies: readonly InlinePolicy[];
}
