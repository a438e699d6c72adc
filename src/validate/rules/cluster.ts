import type { SpecPath } from "../../diagnostics/diagnostic.js";
import { isAccountId, isEc2Id, isIpv4Cidr, isRegion, type Ec2IdPrefix } from "../../spec/aws-formats.js";
import { associatedProviders, hasReservedPrefix, instanceRoleName, providerStem } from "../../spec/cluster.js";
import { architectureOf, hasNvidiaGpu } from "../../spec/instance-types.js";
import { NAME_LIMITS } from "../../spec/names.js";
import { LOG_RETENTION_DAYS, type ParsedCluster } from "../../spec/schema/index.js";
import type { RuleContext } from "../context.js";
import { checkKmsKeyArn, checkPermissionsBoundaryArn } from "./arns.js";
import { checkRolePath, reportUnusedRoleSettings } from "./roles.js";
import { checkStrategy } from "./shared/strategy.js";

/** A semantic check over a well-shaped cluster spec (`defineCluster`). */
export type ClusterRule = (spec: ParsedCluster, context: RuleContext) => void;

/** Path of the i-th EC2 capacity provider. */
const providerPath = (i: number): SpecPath => ["capacityProviders", "ec2", i];

/** B404/B405/B763: the account and region the stack deploys to, and the role name derived from them. */
export const clusterHome: ClusterRule = (spec, context) => {
  if (!isAccountId(spec.account)) context.report("B404", ["account"], { value: spec.account });
  if (!isRegion(spec.region)) {
    context.report("B405", ["region"], { value: spec.region });
    return;
  }
  const role = instanceRoleName(spec);
  if (spec.capacityProviders.ec2.length > 0 && role.length > NAME_LIMITS.iamRole) context.report("B763", ["name"], { value: role, max: NAME_LIMITS.iamRole });
};

/**
 * B755/B756: capacity provider names. ECS reserves the aws/ecs/fargate prefixes, and each name
 * becomes the stem of the provider's resource ids, so two names that differ only in case or
 * `-`/`_` would collide in the template.
 */
export const providerNames: ClusterRule = (spec, context) => {
  const byStem = new Map<string, string>();
  spec.capacityProviders.ec2.forEach((provider, i) => {
    if (hasReservedPrefix(provider.name)) context.report("B755", [...providerPath(i), "name"], { name: provider.name });
    const stem = providerStem(provider.name);
    const other = byStem.get(stem);
    if (other !== undefined) context.report("B756", [...providerPath(i), "name"], { name: provider.name, other });
    else byStem.set(stem, provider.name);
  });
};

/**
 * B757/B758/B761/B762: what each group launches. The size bounds must be ordered; the AMI
 * variant must exist (no arm64 GPU AMI) and match the instance types' architecture, or no
 * instance ever boots; and a GPU AMI without GPU instances, or GPU instances without the GPU
 * AMI, waste money without failing (warnings).
 */
export const providerInstances: ClusterRule = (spec, context) => {
  spec.capacityProviders.ec2.forEach((provider, i) => {
    const at = providerPath(i);
    if (provider.minSize > provider.maxSize) context.report("B757", [...at, "minSize"], { min: provider.minSize, max: provider.maxSize });
    if (provider.gpu && provider.architecture === "arm64") context.report("B758", [...at, "gpu"], {});
    provider.instanceTypes.forEach((type, j) => {
      const typeArchitecture = architectureOf(type);
      if (typeArchitecture !== provider.architecture) {
        context.report("B761", [...at, "instanceTypes", j], { type, architecture: provider.architecture, typeArchitecture });
      } else if (hasNvidiaGpu(type) !== provider.gpu) {
        context.report("B762", [...at, "instanceTypes", j], { type, gpu: provider.gpu }, "warning");
      }
    });
  });
};

/** How each id prefix is named in messages (as for services). */
const KIND: Record<Ec2IdPrefix, string> = { vpc: "VPC", subnet: "subnet", sg: "security group" };

/** B301–B304 on each group's network, with the same meaning as on a service's network. */
export const providerNetworks: ClusterRule = (spec, context) => {
  spec.capacityProviders.ec2.forEach((provider, i) => {
    const at: SpecPath = [...providerPath(i), "network"];
    const { vpc, subnets, securityGroups, allowFrom } = provider.network;
    const id = (value: string, prefix: Ec2IdPrefix, path: SpecPath) => {
      if (!isEc2Id(value, prefix)) context.report("B301", path, { kind: KIND[prefix], value, prefix });
    };
    id(vpc, "vpc", [...at, "vpc"]);
    subnets.forEach((subnet, j) => id(subnet, "subnet", [...at, "subnets", j]));
    securityGroups?.forEach((group, j) => id(group, "sg", [...at, "securityGroups", j]));
    allowFrom.forEach((source, j) => {
      if (!isEc2Id(source, "sg") && !isIpv4Cidr(source)) context.report("B302", [...at, "allowFrom", j], { value: source });
    });
    if (securityGroups !== undefined && allowFrom.length > 0) context.report("B303", [...at, "allowFrom"], {});
    for (const [field, values] of [["subnets", subnets], ["securityGroups", securityGroups ?? []], ["allowFrom", allowFrom]] as const) {
      const seen = new Set<string>();
      values.forEach((value, j) => {
        if (seen.has(value)) context.report("B304", [...at, field, j], { value });
        seen.add(value);
      });
    }
  });
};

/**
 * B759/B760 and B735–B738: the cluster needs at least one capacity provider, and its default
 * strategy may only name associated providers and must follow ECS's strategy rules.
 */
export const clusterStrategy: ClusterRule = (spec, context) => {
  const associated = associatedProviders(spec);
  if (associated.length === 0) {
    context.report("B760", ["capacityProviders"], {});
    return;
  }
  if (!spec.defaultStrategy) return;
  spec.defaultStrategy.forEach((item, i) => {
    if (!associated.includes(item.provider)) context.report("B759", ["defaultStrategy", i, "provider"], { provider: item.provider, associated });
  });
  checkStrategy(spec.defaultStrategy, ["defaultStrategy"], context);
};

/** B608 and B401–B403/B406: the ECS Exec log group's retention and the session KMS key. */
export const execSettings: ClusterRule = (spec, context) => {
  const { exec } = spec;
  if (exec.logging === "cluster" && !(LOG_RETENTION_DAYS as readonly number[]).includes(exec.retentionDays)) {
    context.report("B608", ["exec", "retentionDays"], { days: exec.retentionDays, allowed: LOG_RETENTION_DAYS });
  }
  if (exec.kmsKey !== undefined) checkKmsKeyArn(exec.kmsKey, ["exec", "kmsKey"], spec, context);
};

/**
 * B931/B932 and B401/B403: the cluster's role path and permissions boundary, which shape the EC2
 * instance role, the only role a cluster stack creates (none without EC2 capacity providers).
 */
export const clusterRoleSettings: ClusterRule = (spec, context) => {
  checkRolePath(spec.rolePath, context);
  if (spec.permissionsBoundary !== undefined) checkPermissionsBoundaryArn(spec.permissionsBoundary, ["permissionsBoundary"], spec, context);
  if (spec.capacityProviders.ec2.length === 0) reportUnusedRoleSettings(spec, context);
};

/** Every semantic rule for clusters, run in this order. */
export const CLUSTER_RULES: readonly ClusterRule[] = [clusterHome, providerNames, providerInstances, providerNetworks, clusterStrategy, execSettings, clusterRoleSettings];
