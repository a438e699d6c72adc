import { entry, list } from "./entry.js";

/** Which backend an override is for, as the messages name it. */
export interface OverrideEngine {
  readonly engine: "CloudFormation" | "Terraform";
}

/** Escape-hatch overrides of the emitted output (B950–B959). */
export const overridesEntries = {
  B950: entry<OverrideEngine & { target: string; known: readonly string[] }>({
    message: (a) => `The ${a.engine} output of this stack has no ${a.engine === "CloudFormation" ? "resource with logical id" : "resource at address"} "${a.target}", so the override has nothing to change.`,
    hint: (a) =>
      `${a.engine === "CloudFormation" ? "Logical ids" : "Resource addresses"} in this stack: ${list(a.known)}. Overrides change resources berth emits; they cannot add new ones.`,
  }),
  B951: entry<OverrideEngine & { target: string; path: string; at: string; found: string }>({
    message: (a) => `Override path "${a.path}" of ${a.target} runs through ${a.found} at "${a.at}"; only maps, lists and strings holding JSON can be entered.`,
    hint: (a) => `Set the whole value at "${a.at}" instead, or compare the path with the ${a.engine === "CloudFormation" ? "template's Properties" : "resource's arguments in main.tf.json"}.`,
  }),
  B952: entry<OverrideEngine & { target: string; path: string; at: string; segment: string; length: number }>({
    message: (a) => `Override path "${a.path}" of ${a.target}: "${a.segment}" is not an index of the list at "${a.at}", which has ${a.length} item${a.length === 1 ? "" : "s"}.`,
    hint: (a) => `List items are numbered from 0; ${a.length} appends an item. Keys with dots cannot be addressed: set their parent map whole.`,
  }),
} as const;
