import { EcsTaskDefinition } from "@cdktf/provider-aws/lib/ecs-task-definition/index.js";
import type { Container, Image, TaskDefinitionResource } from "../../../ir/index.js";
import type { EmitContext, KindEmitter } from "../context.js";
import { primaryName } from "../names.js";
import { tagsArgument } from "./tags.js";
import { nonEmpty, optional } from "./arguments.js";
import { tfMounts, tfVolume } from "./volumes.js";
import { tfContainerRuntime } from "./container-runtime.js";

/**
 * The image string. An input image becomes `<repository><separator>${var.<input>}`: the variable
 * token is concatenated into the literal, and cdktf renders it as an interpolation inside the
 * container definitions JSON string, which Terraform evaluates as a template.
 */
function imageValue(image: Image, ctx: EmitContext): string {
  switch (image.kind) {
    case "fixed":
      return image.reference;
    case "input":
      return `${image.repository}${image.separator}${ctx.input(image.input)}`;
    default: {
      const unknown: never = image;
      throw new Error(`berth bug: unknown image kind ${JSON.stringify(unknown)}`);
    }
  }
}

/** One container in the ECS API's camelCase JSON form, in a fixed key order. */
function containerJson(container: Container, ctx: EmitContext): Record<string, unknown> {
  return {
    name: container.name,
    image: imageValue(container.image, ctx),
    essential: container.essential,
    ...optional("cpu", container.cpu),
    ...optional("memory", container.memory),
    ...optional("memoryReservation", container.memoryReservation),
    ...nonEmpty(
      "portMappings",
      container.portMappings.map((port) => ({ containerPort: port.containerPort, protocol: port.protocol, ...optional("name", port.name), ...optional("appProtocol", port.appProtocol) })),
    ),
    ...nonEmpty("environment", container.environment.map((entry) => ({ name: entry.name, value: entry.value }))),
    ...nonEmpty("secrets", container.secrets.map((secret) => ({ name: secret.name, valueFrom: secret.valueFrom }))),
    ...optional("command", container.command && [...container.command]),
    ...optional("entryPoint", container.entryPoint && [...container.entryPoint]),
    ...optional("workingDirectory", container.workingDirectory),
    ...optional("user", container.user),
    readonlyRootFilesystem: container.readonlyRootFilesystem,
    ...optional(
      "healthCheck",
      container.healthCheck && {
        command: [...container.healthCheck.command],
        interval: container.healthCheck.interval,
        timeout: container.healthCheck.timeout,
        retries: container.healthCheck.retries,
        startPeriod: container.healthCheck.startPeriod,
      },
    ),
    ...optional("resourceRequirements", container.gpuCount === undefined ? undefined : [{ type: "GPU", value: String(container.gpuCount) }]),
    ...nonEmpty(
      "dependsOn",
      container.dependsOn.map((dependency) => ({ containerName: dependency.containerName, condition: dependency.condition })),
    ),
    logConfiguration: logConfiguration(container.logging, ctx),
    ...optional("firelensConfiguration", container.firelensConfiguration && firelensConfiguration(container.firelensConfiguration)),
    ...tfMounts(container),
    ...tfContainerRuntime(container.runtime),
  };
}

/** A string map only when non-empty: ECS drops empty maps, which would show as drift. */
function optionalMap<K extends string>(key: K, map: Readonly<Record<string, string>>): Partial<Record<K, Record<string, string>>> {
  return optional(key, Object.keys(map).length === 0 ? undefined : { ...map });
}

/**
 * `logConfiguration` as the ECS API spells it: awslogs names the stack's log group by
 * reference; awsfirelens carries the router's output options and `secretOptions` as
 * `[{ name, valueFrom }]`.
 */
function logConfiguration(log: Container["logging"], ctx: EmitContext): Record<string, unknown> {
  switch (log.driver) {
    case "awslogs":
      return {
        logDriver: log.driver,
        options: {
          ...log.options,
          "awslogs-group": ctx.value(log.logGroup),
          "awslogs-region": log.region,
          "awslogs-stream-prefix": log.streamPrefix,
        },
      };
    case "awsfirelens":
      return {
        logDriver: log.driver,
        ...optionalMap("options", log.options),
        ...nonEmpty("secretOptions", log.secretOptions.map((secret) => ({ name: secret.name, valueFrom: secret.valueFrom }))),
      };
    default: {
      const unknown: never = log;
      throw new Error(`berth bug: unknown log driver ${JSON.stringify(unknown)}`);
    }
  }
}

/** `firelensConfiguration` of the log router: `{ type, options }`. */
function firelensConfiguration(firelens: NonNullable<Container["firelensConfiguration"]>): Record<string, unknown> {
  return { type: firelens.type, ...optionalMap("options", firelens.options) };
}

/**
 * `taskDefinition` → `aws_ecs_task_definition`. `container_definitions` is the JSON string of
 * the container list (the provider's only form); references inside it are cdktf tokens, so the
 * string carries `${aws_cloudwatch_log_group.<name>.name}` and `${var.<input>}` interpolations.
 */
export const taskDefinitionEmitter: KindEmitter<TaskDefinitionResource> = {
  attributes: { arn: "arn", id: "id" },
  emit(task, ctx) {
    return ctx.create(EcsTaskDefinition, primaryName(task.id), {
      family: task.family,
      // The ECS API (and so the provider) takes task-level CPU and memory as strings.
      ...(task.cpu === undefined ? {} : { cpu: String(task.cpu) }),
      ...(task.memory === undefined ? {} : { memory: String(task.memory) }),
      ...optional("pidMode", task.pidMode),
      ...optional("ipcMode", task.ipcMode),
      networkMode: task.networkMode,
      requiresCompatibilities: [...task.requiresCompatibilities],
      runtimePlatform: {
        cpuArchitecture: task.runtimePlatform.cpuArchitecture,
        operatingSystemFamily: task.runtimePlatform.operatingSystemFamily,
      },
      ...(task.ephemeralStorageGiB === undefined ? {} : { ephemeralStorage: { sizeInGib: task.ephemeralStorageGiB } }),
      executionRoleArn: ctx.value(task.executionRole),
      taskRoleArn: ctx.value(task.taskRole),
      containerDefinitions: JSON.stringify(task.containers.map((container) => containerJson(container, ctx))),
      ...nonEmpty("volume", task.volumes.map(tfVolume)),
      ...tagsArgument(task.tags),
    });
  },
};
