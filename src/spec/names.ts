import { createHash } from "node:crypto";

/**
 * Names berth derives from a spec. Validation checks their length against AWS limits and the
 * lowering stage uses the very same builders, so a name that passed validation is the name
 * that gets deployed.
 */

/** Name of the main container when the spec does not give one. */
export const DEFAULT_CONTAINER_NAME = "app";

/** AWS length limits for the names berth derives. */
export const NAME_LIMITS = {
  /** Elastic Load Balancing target group names. */
  targetGroup: 32,
  /** IAM role names. */
  iamRole: 64,
} as const;

/** The parts of a service spec that derived names depend on. */
export interface NamedService {
  readonly name: string;
  readonly region: string;
  readonly loadBalancer?: TargetGroupNamed | readonly TargetGroupNamed[] | undefined;
}

/** The main container's name: its own, or {@link DEFAULT_CONTAINER_NAME}. */
export function mainContainerName(container: { readonly name?: string | undefined }): string {
  return container.name ?? DEFAULT_CONTAINER_NAME;
}

/** What a target group's name depends on in one load balancer attachment. */
interface TargetGroupNamed {
  readonly targetGroupName?: string | undefined;
}

/** Load balancer attachment `index` of the service (the single-object form is attachment 0). */
function attachmentAt(service: NamedService, index: number): TargetGroupNamed | undefined {
  const lb = service.loadBalancer;
  return isTargetGroupList(lb) ? lb[index] : index === 0 ? lb : undefined;
}

function isTargetGroupList(lb: NamedService["loadBalancer"]): lb is readonly TargetGroupNamed[] {
  return Array.isArray(lb);
}

/**
 * The name of the target group of load balancer attachment `index` (the first by default) before
 * berth's replacement suffix: its `targetGroupName`, or `<service name>-tg` (further attachments
 * `<service name>-tg-<n>`, n from 2). What gets deployed is {@link deployedTargetGroupName}.
 */
export function targetGroupName(service: NamedService, index = 0): string {
  return attachmentAt(service, index)?.targetGroupName ?? (index === 0 ? `${service.name}-tg` : `${service.name}-tg-${index + 1}`);
}

/**
 * Length of the suffix (`-` and four hex digits) that {@link replaceableName} appends.
 */
export const REPLACEMENT_SUFFIX_LENGTH = 5;

/**
 * `<base>-<hash>`: a name that changes whenever one of the resource's create-only properties
 * does. CloudFormation replaces such a resource by creating the new one before deleting the old,
 * which fails while both would carry the same name; with the suffix the two names differ, so the
 * replacement succeeds (and Terraform's create-before-destroy could do the same). The hash is
 * the first four hex digits of SHA-256 over the sorted properties: stable on every machine, and
 * the same inputs always give the same name. With `maxLength` the base is cut to fit; callers
 * then put the full name among the hashed values, so two long names sharing a prefix still differ.
 */
export function replaceableName(base: string, createOnly: Readonly<Record<string, string | number>>, maxLength?: number): string {
  const canonical = JSON.stringify(Object.keys(createOnly).sort().map((key) => [key, createOnly[key]]));
  const stem = maxLength === undefined ? base : base.slice(0, maxLength - REPLACEMENT_SUFFIX_LENGTH);
  return `${stem}-${createHash("sha256").update(canonical).digest("hex").slice(0, REPLACEMENT_SUFFIX_LENGTH - 1)}`;
}

/** The create-only properties of a target group (CloudFormation's Port, Protocol, TargetType, VpcId). */
export interface TargetGroupIdentity {
  readonly port: number;
  readonly protocol: string;
  readonly targetType: string;
  readonly vpcId: string;
}

/**
 * The deployed name of the target group of load balancer attachment `index` (the first by
 * default). A name the spec fixes (`targetGroupName`) is kept as written, and a change that
 * replaces the group is refused by `berth diff`/`generate` (B980); berth's own `<name>-tg`
 * (`<name>-tg-<n>` for further attachments) gets {@link replaceableName}'s suffix, so a new port,
 * protocol, target type or VPC deploys as a new group beside the old one. A derived name always
 * fits ELB's limit (a long service name is shortened before the suffix).
 */
export function deployedTargetGroupName(service: NamedService, identity: TargetGroupIdentity, index = 0): string {
  const fixed = attachmentAt(service, index)?.targetGroupName;
  if (fixed !== undefined) return fixed;
  // ELB's 32 characters: a long service name is cut, and kept whole in the hash. Further
  // attachments also hash their number: cut to the same stem, two groups on the same port would
  // otherwise get the same name (the first keeps the hash inputs it always had).
  const createOnly = index === 0 ? { ...identity, service: service.name } : { ...identity, service: service.name, attachment: index + 1 };
  return replaceableName(targetGroupName(service, index), createOnly, NAME_LIMITS.targetGroup);
}

/**
 * The security group berth creates for a service's or task's ENIs: `<name>-tasks-<hash>`, the
 * hash over its create-only VPC and description, so moving to another VPC replaces it cleanly.
 */
export function tasksSecurityGroupName(workload: { readonly name: string }, createOnly: { readonly vpcId: string; readonly description: string }): string {
  return replaceableName(`${workload.name}-tasks`, { ...createOnly });
}

/**
 * The execution role's name (used by the ECS agent to pull images and read secrets). IAM is
 * global, so the region is part of the name: the same service deployed to two regions of one
 * account must not fight over one role.
 */
export function executionRoleName(service: NamedService): string {
  return `${service.name}-${service.region}-execution`;
}

/** The ECS infrastructure role's name (EBS volumes configured at launch); regional like the others. */
export function infrastructureRoleName(service: NamedService): string {
  return `${service.name}-${service.region}-ecs-infra`;
}

/** The task role's name (assumed by the application code); regional for the same reason. */
export function taskRoleName(service: NamedService): string {
  return `${service.name}-${service.region}-task`;
}

/**
 * Template ids of a step scaling policy and its alarm, from the policy's kebab-case name:
 * `queue-age-2` → `QueueAge2StepPolicy`. Different names can give one id (`age` and `age-`,
 * `a-1` and `a1`), so validation compares these ids, not the names, to find a clash.
 */
export function stepPolicyIds(name: string): { policy: string; alarm: string } {
  const pascal = name.split("-").map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
  return { policy: `${pascal}StepPolicy`, alarm: `${pascal}StepAlarm` };
}
