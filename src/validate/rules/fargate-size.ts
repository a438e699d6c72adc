import { FARGATE_SIZES } from "../../spec/fargate.js";
import type { ServiceRule } from "./rule.js";
import { taskContainers } from "./shared/containers.js";

/** The task CPU values Fargate accepts, ascending. */
const FARGATE_CPUS: readonly number[] = Object.keys(FARGATE_SIZES)
  .map(Number)
  .sort((a, b) => a - b);

/**
 * B201/B202: the task's cpu/memory pair must be one of Fargate's fixed sizes. Memory is only
 * judged against a valid cpu: with an invalid cpu there is no list to compare it to, and one
 * error on `cpu` says everything.
 */
export const fargateTaskSize: ServiceRule = (spec, context) => {
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
export const containerReservations: ServiceRule = (spec, context) => {
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
  if (cpu > spec.cpu) context.report("B203", ["cpu"], { sum: cpu, task: spec.cpu });
  if (memory > spec.memory) context.report("B204", ["memory"], { sum: memory, task: spec.memory });
};
