import { computeOf } from "../../spec/compute.js";
import type { WorkloadRule } from "./rule.js";
import { taskContainers } from "../../spec/containers.js";

/**
 * B620/B621: the task size. Fargate sizes a task by its task-level cpu and memory, so both are
 * required there. On EC2 they are optional (the instance bounds the task); without task-level
 * memory ECS needs a memory limit or reservation on every container, or it rejects the task
 * definition ("Invalid setting for container … At least one of 'memory' or
 * 'memoryReservation' must be specified").
 */
export const taskSize: WorkloadRule = (spec, context) => {
  if (computeOf(spec) === "FARGATE") {
    if (spec.cpu === undefined) context.report("B620", ["cpu"], { field: "cpu" });
    if (spec.memory === undefined) context.report("B620", ["memory"], { field: "memory" });
    return;
  }
  if (spec.memory !== undefined) return;
  for (const { container, path, name } of taskContainers(spec)) {
    if (container.memory === undefined && container.memoryReservation === undefined) context.report("B621", [...path, "memory"], { container: name ?? "" });
  }
};

/**
 * B622/B623: namespaces Fargate does not offer. A Fargate task may share one process namespace
 * among its containers (`pidMode: "task"`) but never the host's, and has no `ipcMode` at all.
 */
export const taskNamespaces: WorkloadRule = (spec, context) => {
  if (computeOf(spec) !== "FARGATE") return;
  if (spec.pidMode === "host") context.report("B622", ["pidMode"], {});
  if (spec.ipcMode !== undefined) context.report("B623", ["ipcMode"], { mode: spec.ipcMode });
};
