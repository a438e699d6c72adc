import { computeOf } from "../../spec/compute.js";
import { FARGATE_SIZES } from "../../spec/fargate.js";
import type { WorkloadRule } from "./rule.js";
import { taskContainers } from "../../spec/containers.js";

/** The task CPU values Fargate accepts, ascending. */
const FARGATE_CPUS: readonly number[] = Object.keys(FARGATE_SIZES)
  .map(Number)
  .sort((a, b) => a - b);

/** What ECS accepts for a task on EC2: 128 CPU units (0.125 vCPU) to 196608 (192 vCPUs), at least 6 MiB. */
const EC2_LIMITS = { minCpu: 128, maxCpu: 196608, minMemory: 6 } as const;

/**
 * B201/B202 on Fargate: the task's cpu/memory pair must be one of Fargate's fixed sizes. Memory
 * is only judged against a valid cpu: with an invalid cpu there is no list to compare it to, and
 * one error on `cpu` says everything.
 * B747/B748 on EC2: the instance type bounds the task, not a size table, so only the range ECS
 * itself accepts is checked. Where the tasks run is decided by {@link computeOf}, as in lowering.
 */
export const fargateTaskSize: WorkloadRule = (spec, context) => {
  if (computeOf(spec) === "EC2") {
    if (spec.cpu !== undefined && (spec.cpu < EC2_LIMITS.minCpu || spec.cpu > EC2_LIMITS.maxCpu)) context.report("B747", ["cpu"], { cpu: spec.cpu });
    if (spec.memory !== undefined && spec.memory < EC2_LIMITS.minMemory) context.report("B748", ["memory"], { memory: spec.memory });
    return;
  }
  // A missing size is B620's finding (task-settings.ts).
  if (spec.cpu === undefined || spec.memory === undefined) return;
  const validMemory = FARGATE_SIZES[spec.cpu];
  if (validMemory === undefined) {
    context.report("B201", ["cpu"], { cpu: spec.cpu, valid: FARGATE_CPUS });
    return;
  }
  if (!validMemory.includes(spec.memory)) {
    context.report("B202", ["memory"], { cpu: spec.cpu, memory: spec.memory, valid: validMemory });
  }
};

/**
 * B203/B204/B205: what the containers reserve must fit into the task. ECS rejects the task
 * definition otherwise, but only at deploy time; here the author learns it before review.
 * For memory a container counts with its hard limit, else its soft reservation, as ECS does.
 */
export const containerReservations: WorkloadRule = (spec, context) => {
  const containers = taskContainers(spec);
  let cpu = 0;
  let memory = 0;
  for (const { container, path } of containers) {
    cpu += container.cpu ?? 0;
    memory += container.memory ?? container.memoryReservation ?? 0;
    if (container.memory !== undefined && container.memoryReservation !== undefined && container.memoryReservation > container.memory) {
      context.report("B205", [...path, "memoryReservation"], { reservation: container.memoryReservation, memory: container.memory });
    }
  }
  // Without a task-level size (EC2 only) the containers' own limits are the task's.
  if (spec.cpu !== undefined && cpu > spec.cpu) context.report("B203", ["cpu"], { sum: cpu, task: spec.cpu });
  if (spec.memory !== undefined && memory > spec.memory) context.report("B204", ["memory"], { sum: memory, task: spec.memory });
};
