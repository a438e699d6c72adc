import { entry } from "./entry.js";

/**
 * The command line and spec files as a user's project holds them (B120–B139): placeholders that
 * `berth init` writes and YAML that cannot be read.
 */
export const cliEntries = {
  B120: entry<{ value: string; what: string }>({
    message: (a) => `"${a.value}" is a placeholder from \`berth init\` (${a.what}); the stack would not deploy with it.`,
    hint: () => "Replace it with your own value (the comment above the field says what goes there). This stays a warning so a new spec validates as written.",
  }),
  B121: entry<{ reason: string }>({
    message: (a) => `The YAML spec could not be read: ${a.reason}`,
    hint: () =>
      "Check the indentation and quoting at the position shown: nested fields are indented under their parent, list items start with `- `, " +
      "and values holding `: `, `#` or a leading `*`/`&` go in quotes. The document is one key naming the kind (`service:`, `task:` or `cluster:`).",
  }),
} as const;
