import { entry } from "./entry.js";

/** Container runtime settings and awslogs options (B640–B651). */
export const containerRuntimeEntries = {
  B640: entry<{ capability: string }>({
    message: (a) => `Fargate cannot add the ${a.capability} capability.`,
    hint: () => "Fargate containers can add SYS_PTRACE only (dropping any capability is fine); run on EC2 for others.",
  }),
  B641: entry<{ field: string }>({
    message: (a) => `linuxParameters.${a.field} is not available on Fargate.`,
    hint: () => "Fargate supports initProcessEnabled and capabilities only; remove the field or run on EC2.",
  }),
  B642: entry<{ container: string }>({
    message: (a) => `Container "${a.container}" is privileged, which Fargate does not allow.`,
    hint: () => "Add the single capability the container needs (linuxParameters.capabilities.add), or run on EC2.",
  }),
  B643: entry<{ field: string }>({
    message: (a) => `${a.field} is not supported in awsvpc network mode.`,
    hint: () => "In awsvpc mode the task's network interface uses the VPC's DNS (DHCP options, Route 53 private zones); use those, or bridge/host mode on EC2.",
  }),
  B644: entry({
    message: () => "linuxParameters.swappiness is set without maxSwap, so ECS ignores it.",
    hint: () => "Set maxSwap (MiB) to let the container swap, or remove swappiness.",
  }),
  B645: entry<{ name: string; soft: number; hard: number }>({
    message: (a) => `ulimit ${a.name}: softLimit ${a.soft} is above hardLimit ${a.hard}.`,
    hint: () => "The soft limit must not exceed the hard limit.",
  }),
  B646: entry<{ name: string }>({
    message: (a) => `ulimit ${a.name} is set twice.`,
    hint: () => "Set each limit once.",
  }),
  B647: entry<{ field: string; value: number; max: number }>({
    message: (a) => `${a.field} ${a.value} s is above Fargate's maximum of ${a.max} s.`,
    hint: (a) => `Use at most ${a.max} seconds on Fargate.`,
  }),
  B648: entry<{ namespace: string }>({
    message: (a) => `systemControls ${a.namespace} cannot be set in host network mode.`,
    hint: () => "In host mode the containers share the instance's network namespace; set net.* parameters on the instance, or use awsvpc/bridge mode.",
  }),
  B649: entry<{ value: string; example: string }>({
    message: (a) => `"${a.value}" is not the ARN of an S3 object ending in .env.`,
    hint: (a) => `ECS loads environment files from S3 objects with the .env extension, e.g. ${a.example}.`,
  }),
  B650: entry({
    message: () => 'logging.maxBufferSize is set, but the awslogs mode is not "non-blocking".',
    hint: () => 'The buffer belongs to non-blocking mode: add mode: "non-blocking", or remove maxBufferSize.',
  }),
  B651: entry({
    message: () => "logging sets both multilinePattern and datetimeFormat; awslogs uses the datetime format and ignores the pattern.",
    hint: () => "Keep one of them.",
  }),
} as const;
