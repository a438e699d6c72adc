import type { AlarmResource } from "./alarms.js";
import type { LogGroupResource } from "./logs.js";
import type { RoleResource } from "./iam.js";
import type { SecurityGroupResource } from "./network.js";
import type { ListenerRuleResource, TargetGroupResource } from "./load-balancer.js";
import type { AttributeRef } from "./refs.js";
import type { ServiceResource } from "./service.js";
import type { TaskDefinitionResource } from "./task.js";

/** Every resource kind the IR knows. Adding a kind is a compile error in each backend until it is emitted. */
export type Resource =
  | LogGroupResource
  | RoleResource
  | SecurityGroupResource
  | TargetGroupResource
  | ListenerRuleResource
  | TaskDefinitionResource
  | ServiceResource
  | AlarmResource;

/** The `kind` tags of all resources. */
export type ResourceKind = Resource["kind"];

/** A value the deployer sets at deploy time (CloudFormation Parameter / Terraform variable). */
export interface StackInput {
  /** PascalCase id, e.g. `ImageTag`. */
  readonly id: string;
  readonly description: string;
  readonly default: string;
}

/** A value the stack exports (CloudFormation Output / Terraform output). */
export interface StackOutput {
  /** PascalCase id, e.g. `ServiceArn`. */
  readonly id: string;
  readonly description: string;
  readonly value: AttributeRef;
}

/**
 * One deployable unit: everything a backend needs to emit a template, with every default
 * resolved and no engine syntax. Resources are in a stable order (the order lowering adds them).
 */
export interface Stack {
  /** Service name; the output folder is `out/<name>/`. */
  readonly name: string;
  /** Spec file the stack came from, relative, `/`-separated. */
  readonly source: string;
  readonly description: string;
  readonly account: string;
  readonly region: string;
  readonly inputs: readonly StackInput[];
  readonly resources: readonly Resource[];
  readonly outputs: readonly StackOutput[];
}
