/**
 * A problem with the output folder itself (not with a spec): a symlink inside it, another run
 * holding it, or the file system refusing a write. The CLI prints the message and exits 2,
 * never with a stack trace.
 */
export class OutputError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = "OutputError";
  }
}

/** Error codes of the file system that mean "cannot write there", with what to tell the user. */
const FILE_SYSTEM_CODES: Readonly<Record<string, string>> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "read-only file system",
  ENOTDIR: "a path component is a file, not a folder",
  EEXIST: "a file is in the way",
  EISDIR: "a folder is where a file should be",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  ENAMETOOLONG: "path too long",
  EMFILE: "too many open files",
  ELOOP: "too many symbolic links",
};

/** The file system error `error` as an OutputError naming `what`, or undefined for anything else (a berth bug). */
export function asOutputError(error: unknown, what: string): OutputError | undefined {
  if (error instanceof OutputError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string" || !(code in FILE_SYSTEM_CODES)) return undefined;
  const path = (error as { path?: unknown }).path;
  return new OutputError(`cannot write ${what}: ${FILE_SYSTEM_CODES[code]} (${code}${typeof path === "string" ? ` at ${path}` : ""}).`);
}
