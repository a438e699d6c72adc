import { Worker } from "node:worker_threads";
import type { Stack } from "../ir/index.js";
import type { EmitOptions, GeneratedFile, Target } from "./backend.js";
import { BACKENDS } from "./registry.js";

/** One stack to emit, with its options (each stack has its own banner). */
export interface EmitJob {
  readonly stack: Stack;
  readonly options: EmitOptions;
}

/**
 * Set by the CLI bundle (scripts/bundle.mjs) to the URL of its emit worker, relative to this
 * module; undefined from source and from tsc's dist/, where every stack is emitted in-process.
 */
declare const __BERTH_EMIT_WORKER__: string | undefined;

/**
 * Targets whose emission is worth a second thread: cdktf synthesis costs about ten times what
 * CloudFormation rendering does per stack, and a worker costs one cdktf load (~0.1 s) to start.
 */
const WORKER_TARGETS: ReadonlySet<Target> = new Set(["terraform"]);

/** Below this many stacks a worker's start-up costs more than it saves. */
const MIN_STACKS_FOR_WORKER = 24;

/**
 * Emits every stack for one target, in order of `jobs`. With many stacks of a costly target (and
 * from the CLI bundle) a worker thread takes stacks from the same queue as this thread, so both
 * cores work; the files are the same either way, since each stack is emitted by the same pure
 * backend and the result is ordered by job. Between stacks this thread yields to the event loop,
 * so the worker's messages (and other targets' emission) interleave.
 */
export async function emitAll(target: Target, jobs: readonly EmitJob[]): Promise<GeneratedFile[][]> {
  const backend = await BACKENDS[target]();
  const results: (readonly GeneratedFile[])[] = new Array(jobs.length);
  let next = 0;
  const take = (): number | undefined => (next < jobs.length ? next++ : undefined);
  const inThisThread = async (): Promise<void> => {
    for (let index = take(); index !== undefined; index = take()) {
      results[index] = await backend.emit(jobs[index]!.stack, jobs[index]!.options);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  const workerUrl = typeof __BERTH_EMIT_WORKER__ === "undefined" ? undefined : new URL(__BERTH_EMIT_WORKER__, import.meta.url);
  const helper = workerUrl && WORKER_TARGETS.has(target) && jobs.length >= MIN_STACKS_FOR_WORKER ? inWorker(workerUrl, target, jobs, take, results) : Promise.resolve();
  await Promise.all([inThisThread(), helper]);
  return results.map((files) => [...files]);
}

/** Feeds the worker one stack at a time from the shared queue until it is empty. */
function inWorker(url: URL, target: Target, jobs: readonly EmitJob[], take: () => number | undefined, results: (readonly GeneratedFile[])[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: { target } });
    let current: number | undefined;
    const feed = (): void => {
      current = take();
      if (current === undefined) void worker.terminate().then(() => resolve(), reject);
      else worker.postMessage(jobs[current]);
    };
    worker.on("message", (files: readonly GeneratedFile[]) => {
      results[current!] = files;
      feed();
    });
    worker.on("error", reject);
    worker.on("online", feed);
  });
}
