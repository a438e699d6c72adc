import type { Tags } from "../ir/index.js";
import type { ParsedCluster, ParsedService } from "../spec/schema/index.js";
import { computeOf } from "../spec/compute.js";
import { mainContainerName } from "../spec/names.js";
import { partitionOf } from "../spec/aws-formats.js";
import type { WorkloadSpec } from "../spec/workload.js";
import { sortedRecord, type Environment } from "./aws.js";

/** Logical ids of the resources one service stack can contain. Stable: changing one replaces the resource. */
export const IDS = {
  logGroup: "LogGroup",
  executionRole: "ExecutionRole",
  taskRole: "TaskRole",
  securityGroup: "ServiceSecurityGroup",
  targetGroup: "TargetGroup",
  listenerRule: "ListenerRule",
  taskDefinition: "TaskDefinition",
  service: "Service",
  imageTagInput: "ImageTag",
  infrastructureRole: "InfrastructureRole",
} as const;

/** Logical ids of the resources one task stack (`defineTask`) can contain. */
export const TASK_IDS = {
  logGroup: "LogGroup",
  executionRole: "ExecutionRole",
  taskRole: "TaskRole",
  securityGroup: "TaskSecurityGroup",
  taskDefinition: "TaskDefinition",
  imageTagInput: "ImageTag",
  scheduleRole: "ScheduleRole",
  schedule: "Schedule",
  scheduleRule: "ScheduleRule",
} as const;

/** The ids the task-definition lowering shared by services and tasks refers to. */
export interface WorkloadIds {
  readonly logGroup: string;
  readonly executionRole: string;
  readonly taskRole: string;
  readonly securityGroup: string;
  readonly taskDefinition: string;
  readonly imageTagInput: string;
}

/**
 * What every lowering function of one spec shares. Generic over the spec so service-only
 * families see a `ParsedService`, while the task-definition families (roles, logs, network,
 * containers) take any {@link WorkloadSpec} and serve services and tasks alike.
 */
export interface WorkloadContext<S extends WorkloadSpec = WorkloadSpec> {
  readonly spec: S;
  readonly env: Environment;
  /** What the tasks belong to, for descriptions ("Tasks of ECS service x"). */
  readonly workload: "service" | "task";
  /** Logical ids of the shared resources in this kind of stack. */
  readonly ids: WorkloadIds;
  /** The spec's tags, keys sorted. */
  readonly tags: Tags;
  /** Name of the main container after defaults. */
  readonly mainContainerName: string;
  /** Where the tasks run. */
  readonly compute: "FARGATE" | "EC2";
  /**
   * The `defineCluster()` spec of the run that `spec.cluster` names, or undefined when the
   * cluster is defined elsewhere: then nothing about the cluster's settings is assumed.
   */
  readonly clusterSpec: ParsedCluster | undefined;
}

/** The context of a service stack. */
export type LowerContext = WorkloadContext<ParsedService>;

/** Builds the shared context for one parsed spec of either kind, and the cluster spec of the run it names, if any. */
export function createWorkloadContext<S extends WorkloadSpec>(spec: S, workload: "service" | "task", clusterSpec?: ParsedCluster): WorkloadContext<S> {
  return {
    spec,
    env: { account: spec.account, region: spec.region, partition: partitionOf(spec.region) },
    workload,
    ids: workload === "service" ? IDS : TASK_IDS,
    tags: sortedRecord(spec.tags),
    mainContainerName: mainContainerName(spec.container),
    compute: computeOf(spec),
    clusterSpec,
  };
}

/** Builds the shared context for one parsed service spec (and the cluster spec of the run it names, if any). */
export function createContext(spec: ParsedService, clusterSpec?: ParsedCluster): LowerContext {
  return createWorkloadContext(spec, "service", clusterSpec);
}
