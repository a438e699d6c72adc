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
  readonly loadBalancer?: { readonly targetGroupName?: string | undefined } | undefined;
}

/** The main container's name: its own, or {@link DEFAULT_CONTAINER_NAME}. */
export function mainContainerName(container: { readonly name?: string | undefined }): string {
  return container.name ?? DEFAULT_CONTAINER_NAME;
}

/** The target group's name: `loadBalancer.targetGroupName`, or `<service name>-tg`. */
export function targetGroupName(service: NamedService): string {
  return service.loadBalancer?.targetGroupName ?? `${service.name}-tg`;
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
