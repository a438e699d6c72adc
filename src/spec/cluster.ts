import { replaceableName } from "./names.js";

/**
 * Facts berth derives from a cluster spec: resource names, logical-id stems, the AMI parameter
 * of each EC2 capacity provider and the effective default strategy. Validation and lowering both
 * ask here, so what passed validation is exactly what gets deployed.
 */

/** The parts of an EC2 capacity provider the derived facts depend on. */
export interface Ec2ProviderFacts {
  readonly name: string;
  readonly architecture: "x86_64" | "arm64";
  readonly gpu: boolean;
}

/** The parts of a cluster spec the derived facts depend on. */
export interface ClusterFacts {
  readonly name: string;
  readonly region: string;
  readonly capacityProviders: {
    readonly fargate: boolean;
    readonly fargateSpot: boolean;
    readonly ec2: readonly Ec2ProviderFacts[];
  };
  readonly defaultStrategy?: readonly { readonly provider: string; readonly weight: number; readonly base: number }[] | undefined;
}

/** Public SSM parameters holding the current ECS-optimized Amazon Linux 2023 AMI ids. */
const AMI_PARAMETER = {
  x86_64: "/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id",
  arm64: "/aws/service/ecs/optimized-ami/amazon-linux-2023/arm64/recommended/image_id",
  gpu: "/aws/service/ecs/optimized-ami/amazon-linux-2023/gpu/recommended/image_id",
} as const;

/**
 * The public SSM parameter naming the AMI a provider's instances launch from. AWS publishes
 * the GPU variant for x86_64 only; validation rejects GPU on arm64 before this is asked.
 */
export function amiParameter(provider: Ec2ProviderFacts): string {
  return provider.gpu ? AMI_PARAMETER.gpu : AMI_PARAMETER[provider.architecture];
}

/** The device name of the ECS-optimized Amazon Linux 2023 AMI's root volume. */
export const ROOT_DEVICE = "/dev/xvda";

/**
 * PascalCase stem of a provider's logical ids (`gpu-workers` → `GpuWorkers`). Each part is
 * lower-cased after its first letter so ids never hold runs of capitals, which would snake_case
 * differently in different tools.
 */
export function providerStem(name: string): string {
  return name
    .split(/[-_]+/)
    .filter((part) => part.length > 0)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase())
    .join("");
}

/** Name of the launch template and the Auto Scaling group of a provider. */
export function groupName(cluster: { readonly name: string }, provider: { readonly name: string }): string {
  return `${cluster.name}-${provider.name}`;
}

/**
 * Name of the security group berth generates for a provider's instances:
 * `<cluster>-<provider>-instances-<hash>`, the hash over the group's create-only VPC and
 * description (spec/names.ts), so moving the provider to another VPC replaces it cleanly.
 */
export function instanceSecurityGroupName(
  cluster: { readonly name: string },
  provider: { readonly name: string },
  createOnly: { readonly vpcId: string; readonly description: string },
): string {
  return replaceableName(`${groupName(cluster, provider)}-instances`, { ...createOnly });
}

/**
 * Name of the instance role and instance profile, shared by every EC2 provider of the cluster.
 * IAM is global, so the region is part of it: one cluster name in two regions must not clash.
 */
export function instanceRoleName(cluster: { readonly name: string; readonly region: string }): string {
  return `${cluster.name}-${cluster.region}-instance`;
}

/** Name of the log group ECS Exec sessions write to with `exec.logging: "cluster"`. */
export function execLogGroupName(cluster: { readonly name: string }): string {
  return `/ecs/${cluster.name}/exec`;
}

/** AWS's Fargate capacity providers associated with the cluster, in a fixed order. */
export function fargateProviders(cluster: ClusterFacts): string[] {
  const { fargate, fargateSpot } = cluster.capacityProviders;
  return [...(fargate ? ["FARGATE"] : []), ...(fargateSpot ? ["FARGATE_SPOT"] : [])];
}

/** Every capacity provider name the cluster associates: Fargate's first, then the EC2 ones in spec order. */
export function associatedProviders(cluster: ClusterFacts): string[] {
  return [...fargateProviders(cluster), ...cluster.capacityProviders.ec2.map((p) => p.name)];
}

/**
 * The cluster's default capacity provider strategy: the spec's, or one provider with weight 1 —
 * FARGATE when associated (the cheapest to keep idle: nothing runs until a task asks), else the
 * first associated provider. Empty only for a cluster without providers, which validation rejects.
 */
export function defaultStrategyOf(cluster: ClusterFacts): { provider: string; weight: number; base: number }[] {
  if (cluster.defaultStrategy) return cluster.defaultStrategy.map((item) => ({ provider: item.provider, weight: item.weight, base: item.base }));
  const first = associatedProviders(cluster)[0];
  return first === undefined ? [] : [{ provider: first, weight: 1, base: 0 }];
}

/** Prefixes ECS reserves: a capacity provider name must not start with them (any case). */
export const RESERVED_PROVIDER_PREFIXES: readonly string[] = ["aws", "ecs", "fargate"];

/** True when ECS would reject `name` as a capacity provider name for its prefix. */
export function hasReservedPrefix(name: string): boolean {
  const lower = name.toLowerCase();
  return RESERVED_PROVIDER_PREFIXES.some((prefix) => lower.startsWith(prefix));
}
