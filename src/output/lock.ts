import { hostname } from "node:os";
import { mkdir, open, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { OutputError } from "./output-error.js";

/** The lock file a run holds in the output folder while it reads and writes it. */
export const LOCK_NAME = ".berth-lock";

/** Whether process `pid` on this machine is still running. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as { code?: string }).code === "EPERM";
  }
}

/**
 * Runs `work` holding the output folder's lock, so two runs never interleave their reads and
 * writes. The lock is a file created exclusively (O_EXCL) holding the owner's pid and host; a
 * lock whose process on this host is gone (killed run) is taken over, any other makes this run
 * stop with exit 2 instead of waiting.
 */
export async function withOutputLock<T>(outDir: string, work: () => Promise<T>): Promise<T> {
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, LOCK_NAME);
  const owner = JSON.stringify({ pid: process.pid, host: hostname() });
  const create = () => open(path, "wx");
  let handle;
  try {
    handle = await create();
  } catch (error) {
    if ((error as { code?: string }).code !== "EEXIST") throw error;
    const held = await readFile(path, "utf8").catch(() => "");
    const { pid, host } = parseOwner(held);
    if (host !== hostname() || pid === undefined || isAlive(pid)) throw lockedBy(path, held);
    // The run that held it is gone: its lock is stale. One retry; losing the race to another
    // run that took it over at the same moment is "locked", not a second takeover.
    await rm(path, { force: true });
    handle = await create().catch(async (retry: { code?: string }) => {
      if (retry.code === "EEXIST") throw lockedBy(path, await readFile(path, "utf8").catch(() => ""));
      throw retry;
    });
  }
  try {
    await handle.writeFile(owner);
    await handle.close();
    return await work();
  } finally {
    await rm(path, { force: true });
  }
}

function parseOwner(text: string): { pid?: number; host?: string } {
  try {
    const parsed = JSON.parse(text) as { pid?: unknown; host?: unknown };
    return { ...(typeof parsed.pid === "number" ? { pid: parsed.pid } : {}), ...(typeof parsed.host === "string" ? { host: parsed.host } : {}) };
  } catch {
    return {};
  }
}

function lockedBy(path: string, held: string): OutputError {
  const { pid, host } = parseOwner(held);
  return new OutputError(
    `another berth run${pid === undefined ? "" : ` (pid ${pid}${host === undefined ? "" : ` on ${host}`})`} is writing this output folder.`,
    `Wait for it to finish. If no such run exists, delete ${path}.`,
  );
}
