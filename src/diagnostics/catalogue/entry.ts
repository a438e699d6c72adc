/** How one code renders: its message and optional hint, from the code's arguments. */
export interface Entry<A> {
  readonly message: (args: A) => string;
  readonly hint?: (args: A) => string;
}

/** Declares an entry with its argument type (none by default). */
export function entry<A = Record<string, never>>(e: Entry<A>): Entry<A> {
  return e;
}

/** Joins values for a message: "a, b, c". */
export const list = (values: readonly (string | number)[]): string => values.join(", ");
