import { entry } from "./entry.js";

/** Task settings: size and namespaces (B620–B623). */
export const taskSettingsEntries = {
  B620: entry<{ field: string }>({
    message: (a) => `A Fargate task needs a task-level ${a.field}.`,
    hint: () => "Fargate sizes the task by its cpu and memory, e.g. cpu: 256, memory: 512; only EC2 tasks may leave them out.",
  }),
  B621: entry<{ container: string }>({
    message: (a) => `Container "${a.container}" has no memory limit, and the task has no task-level memory.`,
    hint: () => "Without task-level memory, ECS needs memory or memoryReservation (MiB) on every container; set one, or give the task a memory.",
  }),
  B622: entry({
    message: () => 'pidMode "host" is not available on Fargate.',
    hint: () => 'Fargate tasks can share a process namespace among their containers only: use pidMode: "task", or run on EC2.',
  }),
  B623: entry<{ mode: string }>({
    message: (a) => `ipcMode "${a.mode}" is not available on Fargate.`,
    hint: () => "Fargate has no ipcMode; remove it, or run the task on EC2.",
  }),
} as const;
