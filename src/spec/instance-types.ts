/**
 * What an EC2 instance type's name says about it. EC2's naming is regular enough to catch the
 * costly mistakes (an arm64 AMI on an Intel type never boots; a GPU AMI on a type without GPUs
 * runs nothing that asks for one) without a table that would go stale with every new family.
 */

/** The family part of an instance type: `g5` in `g5.xlarge`, `c7gn` in `c7gn.large`. */
export function instanceFamily(instanceType: string): string {
  const dot = instanceType.indexOf(".");
  return dot < 0 ? instanceType : instanceType.slice(0, dot);
}

/**
 * True for AWS Graviton (arm64) families: `a1`, and families whose generation digit is followed
 * by `g` (m7g, c7gn, r6gd, t4g, x2gd, im4gn, is4gen, g5g, hpc7g, m8g …). Intel and AMD families
 * put `i`, `a` or nothing there (m7i, m7a, g5, c6in).
 */
export function isGraviton(instanceType: string): boolean {
  const family = instanceFamily(instanceType);
  return family === "a1" || /^[a-z]+\d+g[a-z]*$/.test(family);
}

/** The CPU architecture an instance type runs. */
export function architectureOf(instanceType: string): "x86_64" | "arm64" {
  return isGraviton(instanceType) ? "arm64" : "x86_64";
}

/**
 * True for families with NVIDIA GPUs that the ECS GPU-optimized AMI drives: P (p3, p4d, p5 …),
 * G (g4dn, g5, g6, g6e …) and Gr (gr6). g4ad carries AMD GPUs, which ECS does not schedule.
 */
export function hasNvidiaGpu(instanceType: string): boolean {
  const family = instanceFamily(instanceType);
  return family !== "g4ad" && /^(?:p|g|gr)\d+[a-z]*$/.test(family);
}
