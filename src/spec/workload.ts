import type { z } from "zod";
import type { container } from "./schema/container.js";
import type { executionRole, taskRole } from "./schema/iam.js";
import type { loadBalancer } from "./schema/load-balancer.js";
import type { logging } from "./schema/logging.js";
import type { network } from "./schema/network.js";
import type { ParsedVolume } from "./schema/volumes.js";
import type { overrides } from "./schema/overrides.js";

/** A container after parsing (main container or sidecar), every default filled in. */
export type ParsedContainer = z.output<typeof container>;

/**
 * The fields of a parsed spec that describe the ECS tasks it runs: what a service
 * (`defineService`) and a standalone task (`defineTask`) have in common. The task-definition
 * lowering (roles, log group, security group, containers) and the per-task validation rules take
 * this type instead of one kind's spec, so both kinds share them and can never drift apart.
 * Structural on purpose: each kind's parsed spec satisfies it without conversion.
 */
export interface WorkloadSpec {
  readonly name: string;
  readonly account: string;
  readonly region: string;
  /** Cluster name or ARN (or the name of a `defineCluster()` spec). */
  readonly cluster: string;
  readonly launchType?: "FARGATE" | "EC2" | undefined;
  readonly capacityProviders?: readonly { readonly provider: string; readonly weight: number; readonly base: number }[] | undefined;
  readonly cpu?: number | undefined;
  readonly memory?: number | undefined;
  readonly pidMode?: "host" | "task" | undefined;
  readonly ipcMode?: "host" | "task" | "none" | undefined;
  readonly networkMode: "awsvpc" | "bridge" | "host";
  readonly architecture: "x86_64" | "arm64";
  readonly ephemeralStorageGiB?: number | undefined;
  readonly container: ParsedContainer;
  readonly sidecars: readonly ParsedContainer[];
  readonly volumes: readonly ParsedVolume[];
  readonly logging: z.output<typeof logging>;
  readonly network?: z.output<typeof network> | undefined;
  readonly taskRole: z.output<typeof taskRole>;
  readonly executionRole?: z.output<typeof executionRole> | undefined;
  readonly permissionsBoundary?: string | undefined;
  readonly rolePath?: string | undefined;
  readonly overrides?: z.output<typeof overrides> | undefined;
  readonly exec: boolean;
  readonly tags: Readonly<Record<string, string>>;
  /**
   * Only services attach to a load balancer; present here so the shared security group and
   * name rules can open the load-balanced port. Always absent on a task.
   */
  readonly loadBalancer?: z.output<typeof loadBalancer> | undefined;
}
