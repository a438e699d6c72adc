/**
 * Escaping for the generated READMEs. Every value that comes from a spec goes through one of
 * these before it reaches a template (which renders with `noEscape`), so no spec value can end a
 * table cell, an inline code span, a fenced block or a shell word early.
 */

/** Text safe inside a Markdown table cell: no pipe ends the cell, no newline ends the row. */
export function cell(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** Inline code that survives backticks in the value (CommonMark: a longer fence, padded). */
export function code(value: string): string {
  if (!value.includes("`")) return `\`${value}\``;
  const longest = Math.max(...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return `${fence} ${value} ${fence}`;
}

/** A word for the shell: bare when it only holds safe characters, else single-quoted. */
export function shellWord(value: string): string {
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * The fence of a code block holding `content`: three backticks, or one more than the longest
 * run of backticks inside, so the content can never close the block (CommonMark).
 */
export function fence(content: string): string {
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  return "`".repeat(Math.max(3, longest + 1));
}

/** `1 minute`, `5 minutes`: a count with its unit, singular for one. */
export function count(value: number, unit: string): string {
  return `${value} ${unit}${value === 1 ? "" : "s"}`;
}

/** A duration in seconds in the largest unit that divides it (`3600` → `1 hour`). */
export function duration(seconds: number): string {
  if (seconds > 0 && seconds % 3600 === 0) return count(seconds / 3600, "hour");
  if (seconds > 0 && seconds % 60 === 0) return count(seconds / 60, "minute");
  return count(seconds, "second");
}

/** `a`, `a and b`, `a, b and c`. */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * Splits a one-line shell command before each option (` --x`) outside double quotes, joining the
 * pieces with a backslash-newline: the same command, readable in a code block.
 */
export function wrapCommand(command: string): string {
  const pieces: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < command.length; i++) {
    if (command[i] === '"') quoted = !quoted;
    else if (!quoted && command.startsWith(" --", i)) {
      pieces.push(command.slice(start, i));
      start = i + 1;
    }
  }
  pieces.push(command.slice(start));
  return pieces.join(" \\\n  ");
}
