import type { ParsedService, ParsedTask } from "../../spec/schema/index.js";
import type { WorkloadSpec } from "../../spec/workload.js";
import type { RuleContext } from "../context.js";

/** A semantic check over a well-shaped service spec; reports through the context, returns nothing. */
export type ServiceRule = (spec: ParsedService, context: RuleContext) => void;

/**
 * A check over what services and tasks share (task size, containers, network, ARNs): it runs for
 * `defineService` and `defineTask` alike. Every such rule is also a {@link ServiceRule}.
 */
export type WorkloadRule = (spec: WorkloadSpec, context: RuleContext) => void;

/** A semantic check over a well-shaped task spec (`defineTask`). */
export type TaskRule = (spec: ParsedTask, context: RuleContext) => void;
