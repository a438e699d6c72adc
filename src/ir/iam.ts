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
  readonly tags: Tags;
}
