import type { ResourceId, Tags } from "./refs.js";

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
  readonly portMappings: readonly { readonly containerPort: number; readonly protocol: "tcp" | "udp"; readonly name?: string }[];
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
  readonly logging: {
    readonly driver: "awslogs";
    readonly logGroup: ResourceId;
    readonly region: string;
    readonly streamPrefix: string;
  };
}

/** An ECS task definition (Fargate or EC2). */
export interface TaskDefinitionResource {
  readonly kind: "taskDefinition";
  readonly id: ResourceId;
  readonly family: string;
  /** CPU units and MiB, as numbers; backends render them as their engines expect. */
  readonly cpu: number;
  readonly memory: number;
  readonly networkMode: "awsvpc" | "bridge" | "host";
  readonly requiresCompatibilities: readonly ("FARGATE" | "EC2")[];
  readonly runtimePlatform: { readonly cpuArchitecture: "X86_64" | "ARM64"; readonly operatingSystemFamily: "LINUX" };
  /** GiB; absent means Fargate's default 20 GiB. */
  readonly ephemeralStorageGiB?: number;
  readonly executionRole: ResourceId;
  readonly taskRole: ResourceId;
  readonly containers: readonly Container[];
  readonly tags: Tags;
}
