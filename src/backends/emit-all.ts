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

/** Below this many stacks a worker started on demand costs more than it saves. */
const MIN_STACKS_FOR_WORKER = 24;

/** A worker started before the specs were loaded, with the moment it is ready for jobs. */
interface WarmWorker {
  readonly worker: Worker;
  readonly online: Promise<void>;
}

/** Workers started by warmEmitWorker, each taken by the first emitAll of its target. */
const warmWorkers = new Map<Target, WarmWorker>();

/** The emit worker's URL in the CLI bundle; undefined from source and tsc's dist/. */
function workerUrl(): URL | undefined {
  return typeof __BERTH_EMIT_WORKER__ === "undefined" ? undefined : new URL(__BERTH_EMIT_WORKER__, import.meta.url);
}

/**
 * Starts the emit worker of `target` now, so it loads its backend (cdktf and the provider
 * classes, the largest part of a Terraform run's start-up) on the other core while this thread
 * loads, validates and lowers the specs. emitAll then sends that target's stacks to it, however
 * few, and this thread never loads the backend unless there are enough stacks to share. A no-op
 * outside the CLI bundle and for targets not worth a thread. The worker holds no reference on
 * the event loop: an unused one (a run with errors) never delays exit.
 */
export function warmEmitWorker(target: Target): void {
  const url = workerUrl();
  if (url === undefined || !WORKER_TARGETS.has(target) || warmWorkers.has(target)) return;
  const warm = startWorker(url, target);
  warm.worker.unref();
  warmWorkers.set(target, warm);
}

/** True when `target` has a warm worker waiting: its backend need not load in this thread. */
export function hasWarmWorker(target: Target): boolean {
  return warmWorkers.has(target);
}

/**
 * Emits every stack for one target, in order of `jobs`. With many stacks of a costly target (and
 * from the CLI bundle) a worker thread takes stacks from the same queue as this thread, so both
 * cores work; the files are the same either way, since each stack is emitted by the same pure
 * backend and the result is ordered by job. Between stacks this thread yields to the event loop,
 * so the worker's messages (and other targets' emission) interleave.
 */
export async function emitAll(target: Target, jobs: readonly EmitJob[]): Promise<GeneratedFile[][]> {
  const results: (readonly GeneratedFile[])[] = new Array(jobs.length);
  let next = 0;
  const take = (): number | undefined => (next < jobs.length ? next++ : undefined);
  const inThisThread = async (): Promise<void> => {
    const backend = await BACKENDS[target]();
    for (let index = take(); index !== undefined; index = take()) {
      results[index] = await backend.emit(jobs[index]!.stack, jobs[index]!.options);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  const warm = warmWorkers.get(target);
  warmWorkers.delete(target);
  const url = workerUrl();
  const shared = jobs.length >= MIN_STACKS_FOR_WORKER;
  if (warm !== undefined) {
    // The warm worker takes every stack of a small run; a large one is shared with this thread.
    await Promise.all([inWorker(warm, jobs, take, results), shared ? inThisThread() : Promise.resolve()]);
  } else if (url !== undefined && WORKER_TARGETS.has(target) && shared) {
    await Promise.all([inThisThread(), inWorker(startWorker(url, target), jobs, take, results)]);
  } else {
    await inThisThread();
  }
  return results.map((files) => [...files]);
}

/**
 * Starts the emit worker of `target`. `online` rejects when the worker fails before it is ready;
 * the rejection is observed here so that an unused warm worker never reports it unhandled (the
 * run that uses it sees it through inWorker).
 */
function startWorker(url: URL, target: Target): WarmWorker {
  const worker = new Worker(url, { workerData: { target } });
  const online = new Promise<void>((resolve, reject) => {
    worker.once("online", () => resolve());
    worker.once("error", reject);
  });
  online.catch(() => undefined);
  return { worker, online };
}

/** Feeds the worker one stack at a time from the shared queue until it is empty, then stops it. */
function inWorker({ worker, online }: WarmWorker, jobs: readonly EmitJob[], take: () => number | undefined, results: (readonly GeneratedFile[])[]): Promise<void> {
  return new Promise((resolve, reject) => {
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
    // Referenced while it has work: the run waits for its answers.
    worker.ref();
    online.then(feed, reject);
  });
}
