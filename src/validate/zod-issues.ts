import type { z } from "zod";
import type { RuleContext } from "./context.js";

/**
 * Turns zod's issues into catalogued diagnostics. zod's own messages are kept for range and
 * format problems (they name the bound), while unknown and missing keys get berth's wording with
 * the list of allowed fields as the hint.
 */
export function reportZodIssues(issues: readonly z.core.$ZodIssue[], context: RuleContext, allowedKeysAt: (path: readonly PropertyKey[]) => readonly string[]): void {
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) context.report("B101", [...path, key], { key, allowed: allowedKeysAt(path) });
    } else if (issue.code === "invalid_type" && issue.input === undefined) {
      context.report("B102", path, { expected: issue.expected });
    } else if (issue.code === "invalid_type") {
      context.report("B103", path, { expected: issue.expected, received: describe(issue.input) });
    } else if (issue.code === "invalid_union" && issue.errors.length > 0) {
      // Report the branch that got furthest, rather than "invalid input" for the whole union.
      const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0] ?? [];
      if (best.length > 0) reportZodIssues(best.map((i) => ({ ...i, path: [...issue.path, ...i.path] })), context, allowedKeysAt);
      else context.report("B100", path, { detail: issue.message });
    } else if (issue.code === "invalid_key" && issue.issues.length > 0) {
      // A record key that fails its own schema: say why (zod's outer message is only "Invalid key in record").
      const detail = issue.issues.map((i) => `The key ${i.message.charAt(0).toLowerCase()}${i.message.slice(1)}`).join("; ");
      context.report("B100", path, { detail: detail.endsWith(".") ? detail : `${detail}.` });
    } else {
      context.report("B100", path, { detail: capitalize(issue.message) + "." });
    }
  }
}

function depth(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length + (i.code === "invalid_type" ? 0 : 1)));
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value)}`;
  if (typeof value === "number" || typeof value === "boolean") return `${typeof value} ${String(value)}`;
  return typeof value === "object" ? "an object" : typeof value;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
