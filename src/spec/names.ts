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

/**
 * The name of the target group of load balancer attachment `index` (the first by default): its
 * `targetGroupName`, or `<service name>-tg` (further attachments `<service name>-tg-<n>`, n from 2).
 */
export function targetGroupName(service: NamedService, index = 0): string {
  const lb = service.loadBalancer;
  const attachment = isTargetGroupList(lb) ? lb[index] : index === 0 ? lb : undefined;
  return attachment?.targetGroupName ?? (index === 0 ? `${service.name}-tg` : `${service.name}-tg-${index + 1}`);
}

function isTargetGroupList(lb: NamedService["loadBalancer"]): lb is readonly TargetGroupNamed[] {
  return Array.isArray(lb);
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
