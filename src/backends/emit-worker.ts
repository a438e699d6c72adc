import { parentPort, workerData } from "node:worker_threads";
import type { Target } from "./backend.js";
import type { EmitJob } from "./emit-all.js";
import { BACKENDS } from "./registry.js";

/**
 * The CLI bundle's emit worker (see emitAll): receives one stack at a time and answers with the
 * files the target's backend emits for it. Errors reach the parent as the worker's error event
 * (a berth bug, reported with its stack like any other).
 */
const backend = await BACKENDS[(workerData as { target: Target }).target]();
parentPort!.on("message", (job: EmitJob) => {
  void backend.emit(job.stack, job.options).then((files) => parentPort!.postMessage(files));
});
