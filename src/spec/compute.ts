/** Capacity providers ECS offers for Fargate on every cluster. */
export const FARGATE_PROVIDERS: readonly string[] = ["FARGATE", "FARGATE_SPOT"];

/** The parts of a spec that decide where its tasks run. */
export interface ComputeChoice {
  readonly launchType?: "FARGATE" | "EC2" | undefined;
  readonly capacityProviders?: readonly { readonly provider: string }[] | undefined;
}

/**
 * Where a service's or task's tasks run: EC2 when the launch type says so or any capacity
 * provider is an Auto Scaling group one; Fargate otherwise (the default). Validation and
 * lowering both ask here, so they can never disagree.
 */
export function computeOf(spec: ComputeChoice): "FARGATE" | "EC2" {
  if (spec.launchType) return spec.launchType;
  const providers = spec.capacityProviders ?? [];
  return providers.some((p) => !FARGATE_PROVIDERS.includes(p.provider)) ? "EC2" : "FARGATE";
}

/** Task count when the spec gives none: the scaling minimum, else 2 (two tasks survive one AZ failure). */
export function desiredCountOf(spec: { readonly desiredCount?: number | undefined; readonly scaling?: { readonly min: number } | undefined }): number {
  return spec.desiredCount ?? spec.scaling?.min ?? 2;
}
