import type { Diagnostic } from "./diagnostics/diagnostic.js";
import type { Stack } from "./ir/index.js";
import { lowerClusterSpec } from "./lower/cluster/index.js";
import { lowerServiceSpec } from "./lower/index.js";
import { clusterSpecOf } from "./spec/cluster-reference.js";
import { clusterNamespaces } from "./spec/discovery.js";
import type { ParsedCluster, ParsedService, ParsedTask } from "./spec/schema/index.js";
import { validateCluster } from "./validate/cluster.js";
import { validateService } from "./validate/index.js";
import { lowerTaskSpec } from "./lower/task-stack.js";
import { validateTask } from "./validate/task.js";
import { lowerLoadBalancerSpec } from "./lower/load-balancer-stack/index.js";
import type { ParsedLoadBalancer } from "./spec/schema/index.js";
import { validateLoadBalancer } from "./validate/load-balancer.js";

/** A definition after validation: its kind, its parsed spec and where it came from. */
export interface ParsedDefinition<K extends string = string, P = unknown> {
  readonly kind: K;
  /** The stack's name: the spec's name, or `<name>-<environment>` for one of its environments. */
  readonly name: string;
  readonly file: string;
  readonly spec: P;
  /** The environment this definition is (`environments` of the spec); absent for a spec without. */
  readonly environment?: string;
  /** Its folder inside out/: `<name>` or `<name>/<environment>`. @default name */
  readonly folder?: string;
}

/**
 * Everything compile needs to know about one kind of definition (`defineService`,
 * `defineTask`, `defineCluster`): how to validate it and how to lower it. Adding a kind means
 * one entry here, plus its schema, rules and lowering in their own files.
 */
export interface DefinitionKind<P> {
  /** Shape + semantic validation of one spec; `spec` is present when the shape is right. */
  validate(input: unknown, file: string): { readonly spec?: P; readonly diagnostics: readonly Diagnostic[] };
  /** The name the definition's output folder gets (`out/<name>/`). */
  nameOf(spec: P): string;
  /** Lowers a validated spec; `project` lets a spec see the others (a service its cluster spec). */
  lower(spec: P, file: string, project: readonly ParsedDefinition[]): Stack;
}

/** The kinds of definition a spec file can export, keyed by the definition's `kind` tag. */
export const DEFINITION_KINDS = {
  service: {
    validate: validateService,
    nameOf: (spec: ParsedService) => spec.name,
    // A service may register in the Cloud Map namespace a cluster spec of the run creates, and
    // its task role needs what the ECS Exec settings of its cluster spec in the run ask for.
    lower: (spec: ParsedService, file: string, project: readonly ParsedDefinition[]) =>
      lowerServiceSpec(spec, file, clusterNamespaces(project), clusterSpecOf(spec, project)),
  } satisfies DefinitionKind<ParsedService>,
  task: {
    validate: validateTask,
    nameOf: (spec: ParsedTask) => spec.name,
    lower: (spec: ParsedTask, file: string, project: readonly ParsedDefinition[]) => lowerTaskSpec(spec, file, clusterSpecOf(spec, project)),
  } satisfies DefinitionKind<ParsedTask>,
  cluster: {
    validate: validateCluster,
    nameOf: (spec: ParsedCluster) => spec.name,
    lower: (spec: ParsedCluster, file: string) => lowerClusterSpec(spec, file),
  } satisfies DefinitionKind<ParsedCluster>,
  // A load balancer shared by services is a kind of its own: its lifecycle (certificates, DNS,
  // access logs) is not any one service's. Services attach by name and port (listener references).
  "load-balancer": {
    validate: validateLoadBalancer,
    nameOf: (spec: ParsedLoadBalancer) => spec.name,
    lower: (spec: ParsedLoadBalancer, file: string) => lowerLoadBalancerSpec(spec, file),
  } satisfies DefinitionKind<ParsedLoadBalancer>,
} as const;

/** A `kind` tag berth knows. */
export type DefinitionKindName = keyof typeof DEFINITION_KINDS;

/** True when `kind` names a known definition kind. */
export function isDefinitionKind(kind: unknown): kind is DefinitionKindName {
  return typeof kind === "string" && Object.hasOwn(DEFINITION_KINDS, kind);
}
