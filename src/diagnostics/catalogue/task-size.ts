import { entry, list } from "./entry.js";

/** Task size (B2xx). */
export const taskSizeEntries = {
  B201: entry<{ cpu: number; valid: readonly number[] }>({
    message: (a) => `cpu ${a.cpu} is not a Fargate task size.`,
    hint: (a) => `Use one of: ${list(a.valid)} (CPU units; 1024 = 1 vCPU).`,
  }),
  B202: entry<{ cpu: number; memory: number; valid: readonly number[] }>({
    message: (a) => `memory ${a.memory} MiB is not valid for a Fargate task with cpu ${a.cpu}.`,
    hint: (a) => `With cpu ${a.cpu}, memory must be one of: ${list(a.valid)} (MiB).`,
  }),
  B203: entry<{ sum: number; task: number }>({
    message: (a) => `The containers reserve ${a.sum} CPU units in total, more than the task's ${a.task}.`,
    hint: () => "Lower the containers' cpu values or raise the task cpu.",
  }),
  B204: entry<{ sum: number; task: number }>({
    message: (a) => `The containers ask for ${a.sum} MiB of memory in total, more than the task's ${a.task} MiB.`,
    hint: () => "Lower the containers' memory/memoryReservation or raise the task memory.",
  }),
  B205: entry<{ reservation: number; memory: number }>({
    message: (a) => `memoryReservation ${a.reservation} MiB is more than the container's hard memory limit ${a.memory} MiB.`,
    hint: () => "memoryReservation is the soft limit and must be below memory; lower it or raise memory.",
  }),
} as const;
