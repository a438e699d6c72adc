import type { Tags } from "../ir/index.js";
import type { ParsedService } from "../spec/schema/index.js";
import { computeOf } from "../spec/compute.js";
import { mainContainerName } from "../spec/names.js";
import { partitionOf } from "../spec/aws-formats.js";
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
} as const;

/** What every lowering function of one service shares. */
export interface LowerContext {
  readonly spec: ParsedService;
  readonly env: Environment;
  /** The spec's tags, keys sorted. */
  readonly tags: Tags;
  /** Name of the main container after defaults. */
  readonly mainContainerName: string;
  /** Where the tasks run. */
  readonly compute: "FARGATE" | "EC2";
}

/** Builds the shared context for one parsed service spec. */
export function createContext(spec: ParsedService): LowerContext {
  return {
    spec,
    env: { account: spec.account, region: spec.region, partition: partitionOf(spec.region) },
    tags: sortedRecord(spec.tags),
    mainContainerName: mainContainerName(spec.container),
    compute: computeOf(spec),
  };
}
