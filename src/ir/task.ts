import type { ContainerRuntime } from "./container-runtime.js";
import type { ResourceId, StringValue, Tags } from "./refs.js";

/** A container image: a fixed reference, or a repository whose tag is a stack input CI can set. */
export type Image =
  | { readonly kind: "fixed"; readonly reference: string }
  | {
      readonly kind: "input";
      readonly repository: string;
      /** `:` before a tag, `@` before a digest. */
      readonly separator: ":" | "@";
      /** Id of the stack input holding the tag or digest. */
      readonly input: string;
    };

/** One container of a task definition, with every default resolved. */
export interface Container {
  readonly name: string;
  readonly image: Image;
  readonly essential: boolean;
  readonly portMappings: readonly {
    readonly containerPort: number;
    readonly protocol: "tcp" | "udp";
    readonly name?: string;
    /** Service Connect's application protocol; absent means TCP. */
    readonly appProtocol?: "http" | "http2" | "grpc";
  }[];
  /** Sorted by name. */
  readonly environment: readonly { readonly name: string; readonly value: string }[];
  /** Sorted by name; `valueFrom` is the full ARN (with JSON key/version suffix when given). */
  readonly secrets: readonly { readonly name: string; readonly valueFrom: string }[];
  readonly command?: readonly string[];
  readonly entryPoint?: readonly string[];
  readonly workingDirectory?: string;
  readonly healthCheck?: {
    /** Full form, starting with `CMD` or `CMD-SHELL`. */
    readonly command: readonly string[];
    readonly interval: number;
    readonly timeout: number;
    readonly retries: number;
    readonly startPeriod: number;
  };
  readonly readonlyRootFilesystem: boolean;
  readonly user?: string;
  readonly cpu?: number;
  readonly memory?: number;
  readonly memoryReservation?: number;
  readonly dependsOn: readonly { readonly containerName: string; readonly condition: "START" | "COMPLETE" | "SUCCESS" | "HEALTHY" }[];
  /** GPUs reserved for the container (EC2 only). */
  readonly gpuCount?: number;
  readonly logging: ContainerLogging;
  /** Present exactly on the task's FireLens log router. */
  readonly firelensConfiguration?: FirelensConfiguration;
  /** Task volumes mounted into the container, in spec order. */
  readonly mountPoints: readonly { readonly sourceVolume: string; readonly containerPath: string; readonly readOnly: boolean }[];
  /** Containers whose volumes this one mounts, in spec order. */
  readonly volumesFrom: readonly { readonly sourceContainer: string; readonly readOnly: boolean }[];
  /** Runtime settings; absent when the container sets none. */
  readonly runtime?: ContainerRuntime;
}

/**
 * A task volume, every default resolved. `bind` without a host path is task-scoped scratch
 * space; `configuredAtLaunch` is an EBS volume whose settings the service carries.
 */
export type TaskVolume =
  | { readonly kind: "bind"; readonly name: string; readonly hostPath?: string }
  | {
      readonly kind: "efs";
      readonly name: string;
      readonly fileSystemId: string;
      readonly rootDirectory?: string;
      readonly transitEncryption: boolean;
      readonly transitEncryptionPort?: number;
      readonly accessPointId?: string;
      /** EFS IAM authorization with the task role. */
      readonly iam: boolean;
    }
  | {
      readonly kind: "docker";
      readonly name: string;
      readonly scope: "task" | "shared";
      readonly autoprovision?: boolean;
      readonly driver?: string;
      /** Keys sorted; possibly empty. */
      readonly driverOpts: Readonly<Record<string, string>>;
      /** Keys sorted; possibly empty. */
      readonly labels: Readonly<Record<string, string>>;
    }
  | { readonly kind: "configuredAtLaunch"; readonly name: string };

/**
 * Where a container's output goes: awslogs to the stack's log group, or `awsfirelens` to the
 * task's log router with the router's output-plugin options.
 */
export type ContainerLogging =
  | {
      readonly driver: "awslogs";
      /** The stack's log group (a reference to its name), or an existing group's name. */
      readonly logGroup: StringValue;
      readonly region: string;
      readonly streamPrefix: string;
      /**
       * Further awslogs options (`mode`, `max-buffer-size`, `awslogs-multiline-pattern`,
       * `awslogs-datetime-format`), keys sorted; absent when none is set.
       */
      readonly options?: Readonly<Record<string, string>>;
    }
  | {
      readonly driver: "awsfirelens";
      /** Output-plugin options, keys sorted; possibly empty (the router's config file routes). */
      readonly options: Readonly<Record<string, string>>;
      /** Sorted by name; `valueFrom` is the full ARN, as for `secrets`. */
      readonly secretOptions: readonly { readonly name: string; readonly valueFrom: string }[];
    };

/** The FireLens log router settings of one container (ECS `firelensConfiguration`). */
export interface FirelensConfiguration {
  readonly type: "fluentbit" | "fluentd";
  /** ECS router options (`enable-ecs-log-metadata`, `config-file-type`, `config-file-value`), keys sorted. */
  readonly options: Readonly<Record<string, string>>;
}

/** An ECS task definition (Fargate or EC2). */
export interface TaskDefinitionResource {
  readonly kind: "taskDefinition";
  readonly id: ResourceId;
  readonly family: string;
  /**
   * CPU units and MiB, as numbers; backends render them as their engines expect. Absent only on
   * EC2, where the containers' own limits then apply.
   */
  readonly cpu?: number;
  readonly memory?: number;
  /** Process namespace (`host` on EC2 only); absent means one per container. */
  readonly pidMode?: "host" | "task";
  /** IPC namespace (EC2 only); absent means Docker's default. */
  readonly ipcMode?: "host" | "task" | "none";
  readonly networkMode: "awsvpc" | "bridge" | "host";
  readonly requiresCompatibilities: readonly ("FARGATE" | "EC2")[];
  readonly runtimePlatform: { readonly cpuArchitecture: "X86_64" | "ARM64"; readonly operatingSystemFamily: "LINUX" };
  /** GiB; absent means Fargate's default 20 GiB. */
  readonly ephemeralStorageGiB?: number;
  /** ARN of the execution role: a reference to the role the stack creates, or an existing role's ARN. */
  readonly executionRole: StringValue;
  /** ARN of the task role: a reference to the role the stack creates, or an existing role's ARN. */
  readonly taskRole: StringValue;
  readonly containers: readonly Container[];
  /** In spec order. */
  readonly volumes: readonly TaskVolume[];
  readonly tags: Tags;
}
