import { isRef, type Container, type Image, type TaskDefinitionResource } from "../../../ir/index.js";
import type { References } from "../attributes.js";
import { Sub } from "../intrinsics.js";
import { cfnMounts, cfnVolume } from "./volumes.js";
import { cfnContainerRuntime } from "./container-runtime.js";
import { cfnTags, nonEmpty, type CfnObject, type CfnResource, type CfnValue } from "../values.js";

/**
 * A fixed image is written as-is; an input image becomes `!Sub "<repo>:${Input}"` so CI can
 * deploy a new tag by changing one parameter, without editing the template.
 */
function image(source: Image): string | Sub {
  switch (source.kind) {
    case "fixed":
      return source.reference;
    case "input":
      return new Sub(`${source.repository}${source.separator}\${${source.input}}`);
  }
}

function healthCheck(check: Container["healthCheck"]): CfnObject | undefined {
  if (check === undefined) return undefined;
  return {
    Command: [...check.command],
    Interval: check.interval,
    Timeout: check.timeout,
    Retries: check.retries,
    StartPeriod: check.startPeriod,
  };
}

function optionalList(items: readonly string[] | undefined): CfnValue[] | undefined {
  return items === undefined ? undefined : [...items];
}

function containerDefinition(container: Container, refs: References): CfnObject {
  return {
    Name: container.name,
    Image: image(container.image),
    Essential: container.essential,
    PortMappings: nonEmpty(
      container.portMappings.map((mapping) => ({
        ContainerPort: mapping.containerPort,
        Protocol: mapping.protocol,
        Name: mapping.name,
        AppProtocol: mapping.appProtocol,
      })),
    ),
    Environment: nonEmpty(container.environment.map((pair) => ({ Name: pair.name, Value: pair.value }))),
    Secrets: nonEmpty(container.secrets.map((secret) => ({ Name: secret.name, ValueFrom: secret.valueFrom }))),
    Command: optionalList(container.command),
    EntryPoint: optionalList(container.entryPoint),
    WorkingDirectory: container.workingDirectory,
    HealthCheck: healthCheck(container.healthCheck),
    ReadonlyRootFilesystem: container.readonlyRootFilesystem,
    User: container.user,
    Cpu: container.cpu,
    Memory: container.memory,
    MemoryReservation: container.memoryReservation,
    ResourceRequirements: container.gpuCount === undefined ? undefined : [{ Type: "GPU", Value: String(container.gpuCount) }],
    DependsOn: nonEmpty(
      container.dependsOn.map((dependency) => ({ ContainerName: dependency.containerName, Condition: dependency.condition })),
    ),
    LogConfiguration: logConfiguration(container.logging, refs),
    FirelensConfiguration: firelensConfiguration(container.firelensConfiguration),
    ...cfnMounts(container),
    ...cfnContainerRuntime(container.runtime),
  };
}

/** A string map, or `undefined` when empty so an empty `Options: {}` is never written. */
function optionalMap(map: Readonly<Record<string, string>>): CfnObject | undefined {
  return Object.keys(map).length === 0 ? undefined : { ...map };
}

/**
 * `LogConfiguration`: awslogs names the stack's log group by reference; awsfirelens passes the
 * router's output options through and the secret options as `{ Name, ValueFrom }`.
 */
function logConfiguration(logging: Container["logging"], refs: References): CfnObject {
  switch (logging.driver) {
    case "awslogs":
      return {
        LogDriver: logging.driver,
        Options: {
          ...logging.options,
          "awslogs-group": isRef(logging.logGroup) ? refs.attribute(logging.logGroup, "logGroup") : logging.logGroup,
          "awslogs-region": logging.region,
          "awslogs-stream-prefix": logging.streamPrefix,
        },
      };
    case "awsfirelens":
      return {
        LogDriver: logging.driver,
        Options: optionalMap(logging.options),
        SecretOptions: nonEmpty(logging.secretOptions.map((secret) => ({ Name: secret.name, ValueFrom: secret.valueFrom }))),
      };
  }
}

/** `FirelensConfiguration` of the log router; absent on every other container. */
function firelensConfiguration(firelens: Container["firelensConfiguration"]): CfnObject | undefined {
  if (firelens === undefined) return undefined;
  return { Type: firelens.type, Options: optionalMap(firelens.options) };
}

/**
 * `taskDefinition` → `AWS::ECS::TaskDefinition`. Task-level `Cpu` and `Memory` are strings in
 * the CloudFormation schema (they also accept "1 vCPU" / "1 GB"), so the IR's numbers are
 * rendered as decimal strings.
 */
export function taskDefinitionResource(task: TaskDefinitionResource, refs: References): CfnResource {
  return {
    Type: "AWS::ECS::TaskDefinition",
    Properties: {
      Family: task.family,
      Cpu: task.cpu === undefined ? undefined : String(task.cpu),
      Memory: task.memory === undefined ? undefined : String(task.memory),
      PidMode: task.pidMode,
      IpcMode: task.ipcMode,
      NetworkMode: task.networkMode,
      RequiresCompatibilities: [...task.requiresCompatibilities],
      RuntimePlatform: {
        CpuArchitecture: task.runtimePlatform.cpuArchitecture,
        OperatingSystemFamily: task.runtimePlatform.operatingSystemFamily,
      },
      EphemeralStorage: task.ephemeralStorageGiB === undefined ? undefined : { SizeInGiB: task.ephemeralStorageGiB },
      // A role given by ARN is a literal; a created one must be a role of this stack.
      ExecutionRoleArn: typeof task.executionRole === "string" ? task.executionRole : refs.attribute(task.executionRole, "role"),
      TaskRoleArn: typeof task.taskRole === "string" ? task.taskRole : refs.attribute(task.taskRole, "role"),
      ContainerDefinitions: task.containers.map((container) => containerDefinition(container, refs)),
      Volumes: nonEmpty(task.volumes.map(cfnVolume)),
      Tags: cfnTags(task.tags),
    },
  };
}
