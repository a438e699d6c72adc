import { entry, list } from "./entry.js";

/** Spec shape and loading (B1xx). */
export const shapeEntries = {
  B100: entry<{ detail: string }>({
    message: (a) => a.detail,
    hint: () => "Check the field against the TSDoc of defineService(), defineTask() or defineCluster(); your editor shows it on hover.",
  }),
  B101: entry<{ key: string; allowed: readonly string[] }>({
    message: (a) => `Unknown field "${a.key}".`,
    hint: (a) => (a.allowed.length ? `Fields allowed here: ${list(a.allowed)}.` : "No extra fields are allowed here."),
  }),
  B102: entry<{ expected: string }>({
    message: (a) => `Required field is missing (expected ${a.expected}).`,
    hint: () => "Add the field; the TSDoc of defineService(), defineTask() or defineCluster() (shown on hover in your editor) says what it holds.",
  }),
  B103: entry<{ expected: string; received: string }>({
    message: (a) => `Expected ${a.expected}, got ${a.received}.`,
    hint: (a) =>
      a.expected === "number" && a.received.startsWith("the string")
        ? "Write the number without quotes (YAML: 512, not \"512\")."
        : `Write ${a.expected === "array" ? "a list" : a.expected === "object" ? "a mapping of fields" : `a ${a.expected}`} here; the field's TSDoc says what it holds.`,
  }),
  B110: entry<{ exported: string }>({
    message: (a) => `The spec's default export is ${a.exported}, not a berth definition.`,
    hint: () => 'Write `export default defineService({ ... })` with defineService imported from "berth".',
  }),
  B111: entry<{ reason: string }>({
    message: (a) => `The spec file could not be loaded: ${a.reason}`,
    hint: () => "Fix the TypeScript/JavaScript error above; `npx tsc --noEmit` on the spec shows it with context.",
  }),
  B112: entry<{ name: string; other: string }>({
    message: (a) => `The name "${a.name}" is also used by ${a.other}.`,
    hint: () => "Each service, task and cluster writes to out/<name>/; give every spec a unique name.",
  }),
} as const;
