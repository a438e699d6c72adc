import type { Container, TaskDefinitionResource } from "../ir/index.js";
import type { ParsedContainer } from "../spec/workload.js";
import type { WorkloadContext } from "./context.js";
import { lowerContainerLogging, lowerFirelensConfiguration } from "./firelens.js";
import { roleValue } from "./iam.js";
import { inputImage, parseImage } from "./image.js";
import { irPortMappings } from "./ports.js";
import { secretValueFrom } from "./secrets.js";
import { lowerMounts, lowerTaskVolumes } from "./volumes.js";
import { lowerContainerRuntime } from "./container-runtime.js";

/** "512 CPU units, 1024 MiB", or what applies when EC2 tasks leave the task-level size out. */
export function taskSizeWords(task: { readonly cpu?: number | undefined; readonly memory?: number | undefined }): string {
  const cpu = task.cpu === undefined ? "CPU as the containers reserve" : `${task.cpu} CPU units`;
  const memory = task.memory === undefined ? "memory as the containers limit" : `${task.memory} MiB`;
  return `${cpu}, ${memory}`;
}

/** The task definition: the main container first, then the sidecars in spec order. */
export function lowerTaskDefinition(ctx: WorkloadContext): TaskDefinitionResource {
  const { spec } = ctx;
  const main = lowerContainer(ctx, spec.container, ctx.mainContainerName, true);
  const sidecars = spec.sidecars.map((s) => lowerContainer(ctx, s, s.name ?? "", false));
  return {
    kind: "taskDefinition",
    id: ctx.ids.taskDefinition,
    family: spec.name,
    ...(spec.cpu === undefined ? {} : { cpu: spec.cpu }),
    ...(spec.memory === undefined ? {} : { memory: spec.memory }),
    ...(spec.pidMode === undefined ? {} : { pidMode: spec.pidMode }),
    ...(spec.ipcMode === undefined ? {} : { ipcMode: spec.ipcMode }),
    networkMode: spec.networkMode,
    requiresCompatibilities: [ctx.compute],
    runtimePlatform: { cpuArchitecture: spec.architecture === "arm64" ? "ARM64" : "X86_64", operatingSystemFamily: "LINUX" },
    ...(spec.ephemeralStorageGiB === undefined ? {} : { ephemeralStorageGiB: spec.ephemeralStorageGiB }),
    executionRole: roleValue(spec.executionRole?.arn, ctx.ids.executionRole),
    taskRole: roleValue(spec.taskRole.arn, ctx.ids.taskRole),
    containers: [main, ...sidecars],
    volumes: lowerTaskVolumes(ctx),
    tags: ctx.tags,
  };
}

/**
 * One container. Only the main container's image version is a stack input: that is the image CI
 * rolls; sidecar images (log routers, proxies) change with the infra repo.
 */
function lowerContainer(ctx: WorkloadContext, c: ParsedContainer, name: string, isMain: boolean): Container {
  const parsed = parseImage(c.image);
  const runtime = lowerContainerRuntime(c);
  return {
    name,
    image: isMain ? inputImage(parsed, ctx.ids.imageTagInput) : { kind: "fixed", reference: c.image },
    essential: c.essential,
    portMappings: irPortMappings(c),
    environment: Object.keys(c.environment).sort().map((key) => ({ name: key, value: c.environment[key] as string })),
    secrets: Object.keys(c.secrets).sort().map((key) => ({ name: key, valueFrom: secretValueFrom(ctx, c.secrets[key]!) })),
    ...(c.command ? { command: c.command } : {}),
    ...(c.entryPoint ? { entryPoint: c.entryPoint } : {}),
    ...(c.workingDirectory ? { workingDirectory: c.workingDirectory } : {}),
    ...(c.healthCheck
      ? {
          healthCheck: {
            command: healthCheckCommand(c.healthCheck.command),
            interval: c.healthCheck.interval,
            timeout: c.healthCheck.timeout,
            retries: c.healthCheck.retries,
            startPeriod: c.healthCheck.startPeriod,
          },
        }
      : {}),
    readonlyRootFilesystem: c.readonlyRootFilesystem,
    ...(c.user ? { user: c.user } : {}),
    ...(c.cpu === undefined ? {} : { cpu: c.cpu }),
    ...(c.memory === undefined ? {} : { memory: c.memory }),
    ...(c.memoryReservation === undefined ? {} : { memoryReservation: c.memoryReservation }),
    dependsOn: c.dependsOn.map((d) => ({ containerName: d.container, condition: d.condition })),
    ...(c.gpu === undefined ? {} : { gpuCount: c.gpu }),
    logging: lowerContainerLogging(ctx, c),
    ...(c.firelens ? { firelensConfiguration: lowerFirelensConfiguration(c) } : {}),
    ...lowerMounts(c),
    ...(runtime ? { runtime } : {}),
  };
}

/** A shell string runs through `CMD-SHELL`; an argument list runs as `CMD` unless it already says how. */
function healthCheckCommand(command: string | readonly string[]): string[] {
  if (typeof command === "string") return ["CMD-SHELL", command];
  if (command[0] === "CMD" || command[0] === "CMD-SHELL") return [...command];
  return ["CMD", ...command];
}
