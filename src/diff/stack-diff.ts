import { compareTemplates, type ResourceChange } from "./compare.js";
import { impactsOf, type Impact } from "./impact.js";
import type { ResourceFacts } from "./service-spec.js";
import { parseTemplate, type TemplateResources } from "./template.js";

/** What deploying one stack's new CloudFormation template over its previous one does. */
export interface StackDiff {
  /** The stack's folder under the output folder, e.g. `my-api` (or `my-api/prod` with environments). */
  readonly stack: string;
  /** The spec file the new template comes from (absent for a removed stack). */
  readonly source?: string;
  readonly status: "added" | "removed" | "changed" | "unchanged";
  readonly resources: readonly ResourceChange[];
  readonly impacts: readonly Impact[];
}

/** The two texts of one stack's template; either may be missing (added or removed stack). */
export interface TemplatePair {
  readonly stack: string;
  readonly source?: string;
  readonly before?: string;
  readonly after?: string;
}

/**
 * Diffs one stack. A template that cannot be read is reported as `{ error }` (it is user data:
 * it may have been edited by hand); a missing side makes every resource added or removed.
 */
export function diffStack(pair: TemplatePair, facts: ResourceFacts): StackDiff | { readonly stack: string; readonly error: string } {
  const before = read(pair.before);
  const after = read(pair.after);
  if ("error" in before) return { stack: pair.stack, error: `previous template: ${before.error}` };
  if ("error" in after) return { stack: pair.stack, error: `new template: ${after.error}` };
  const resources = compareTemplates(before, after, facts);
  const status = pair.before === undefined ? "added" : pair.after === undefined ? "removed" : resources.length > 0 ? "changed" : "unchanged";
  return {
    stack: pair.stack,
    ...(pair.source !== undefined ? { source: pair.source } : {}),
    status,
    resources,
    impacts: impactsOf(before, after, resources),
  };
}

const NONE: TemplateResources = new Map();

function read(text: string | undefined): TemplateResources | { error: string } {
  return text === undefined ? NONE : parseTemplate(text);
}

/** True when two template texts differ in more than their banner line (which names the spec file). */
export function templatesDiffer(before: string | undefined, after: string | undefined): boolean {
  if (before === undefined || after === undefined) return before !== after;
  const body = (text: string) => text.slice(text.indexOf("\n") + 1);
  return body(before) !== body(after);
}
