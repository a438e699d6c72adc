import type {
  AutoScalingGroupResource,
  CapacityProviderResource,
  GroupTag,
  InstanceProfileResource,
  LaunchTemplateResource,
  RoleResource,
  SecurityGroupResource,
  StackInput,
  StringValue,
} from "../../ir/index.js";
import { amiParameter, groupName, instanceRoleName, instanceSecurityGroupName, ROOT_DEVICE } from "../../spec/cluster.js";
import type { ParsedEc2CapacityProvider } from "../../spec/schema/index.js";
import { CLUSTER_IDS, providerIds, type ClusterLowerContext } from "./context.js";
import { roleSettings } from "../iam.js";

/** The host port range Docker maps bridge-mode container ports to (the instances' ephemeral range). */
export const DYNAMIC_HOST_PORTS = { from: 32768, to: 65535 } as const;

/**
 * The role of the container instances, shared by every EC2 provider of the cluster.
 * AmazonEC2ContainerServiceforEC2Role is what the ECS agent needs to register, poll and report
 * (AWS maintains it as the agent gains APIs, which a hand-written copy would silently miss).
 * AmazonSSMManagedInstanceCore (optional, on by default) replaces SSH: Session Manager access is
 * IAM-authorized and audited, and the instances need no key pair and no open inbound port.
 */
export function lowerInstanceRole(ctx: ClusterLowerContext): RoleResource {
  const policy = (path: string) => `arn:${ctx.env.partition}:iam::aws:policy/${path}`;
  return {
    kind: "role",
    id: CLUSTER_IDS.instanceRole,
    name: instanceRoleName(ctx.spec),
    description: `ECS container instances of cluster ${ctx.spec.name}`,
    principal: "ec2.amazonaws.com",
    managedPolicies: [
      policy("service-role/AmazonEC2ContainerServiceforEC2Role"),
      ...(ctx.spec.sessionManager ? [policy("AmazonSSMManagedInstanceCore")] : []),
    ],
    inlinePolicies: [],
    ...roleSettings(ctx.spec),
    tags: ctx.tags,
  };
}

/** The instance profile that hands the instance role to the launched instances. */
export function lowerInstanceProfile(ctx: ClusterLowerContext): InstanceProfileResource {
  return { kind: "instanceProfile", id: CLUSTER_IDS.instanceProfile, name: instanceRoleName(ctx.spec), role: CLUSTER_IDS.instanceRole };
}

/** The stack input holding a provider's AMI id, read from AWS's public SSM parameter at deploy time. */
export function amiInput(provider: ParsedEc2CapacityProvider): StackInput {
  const parameter = amiParameter(provider);
  const variant = provider.gpu ? "GPU-optimized" : `${provider.architecture}`;
  return {
    id: providerIds(provider).amiInput,
    description: `SSM parameter holding the AMI of capacity provider ${provider.name} (ECS-optimized Amazon Linux 2023, ${variant}); read at every deploy.`,
    default: parameter,
    ssmParameter: parameter,
    valueType: "ec2ImageId",
  };
}

/**
 * The security group berth creates when the provider names none: the dynamic host ports open to
 * `allowFrom` (bridge-mode tasks behind a load balancer), all egress (image pulls, ECS and AWS APIs).
 */
export function lowerInstanceSecurityGroup(ctx: ClusterLowerContext, provider: ParsedEc2CapacityProvider): SecurityGroupResource | undefined {
  const { network } = provider;
  if (network.securityGroups) return undefined;
  const { from, to } = DYNAMIC_HOST_PORTS;
  const description = `ECS container instances of ${ctx.spec.name}/${provider.name}`;
  return {
    kind: "securityGroup",
    id: providerIds(provider).securityGroup,
    name: instanceSecurityGroupName(ctx.spec, provider, { vpcId: network.vpc, description }),
    description,
    vpcId: network.vpc,
    ingress: network.allowFrom.map((source) => ({
      protocol: "tcp",
      fromPort: from,
      toPort: to,
      source: source.startsWith("sg-") ? { securityGroupId: source } : { cidr: source },
      description: `Dynamic host ports of bridge-mode tasks from ${source}`,
    })),
    egress: [{ protocol: "all", cidr: "0.0.0.0/0", description: "Allow all outbound traffic (image pulls, ECS and AWS APIs)" }],
    tags: ctx.tags,
  };
}

/**
 * The launch template: the AMI input, the instance profile, user data joining the cluster, IMDSv2
 * only with a hop limit of 1 (containers behind the bridge cannot reach the instance role's
 * credentials; tasks get their own through the ECS agent) and an encrypted root volume.
 */
export function lowerLaunchTemplate(ctx: ClusterLowerContext, provider: ParsedEc2CapacityProvider): LaunchTemplateResource {
  const ids = providerIds(provider);
  const securityGroups: StringValue[] = provider.network.securityGroups ? [...provider.network.securityGroups] : [{ resource: ids.securityGroup, attribute: "id" }];
  const single = provider.instanceTypes.length === 1 ? provider.instanceTypes[0] : undefined;
  return {
    kind: "launchTemplate",
    id: ids.launchTemplate,
    name: groupName(ctx.spec, provider),
    imageIdInput: ids.amiInput,
    ...(single === undefined ? {} : { instanceType: single }),
    instanceProfile: CLUSTER_IDS.instanceProfile,
    securityGroups,
    associatePublicIpAddress: false,
    userData: `#!/bin/bash\necho ECS_CLUSTER=${ctx.spec.name} >> /etc/ecs/ecs.config\n`,
    metadata: { httpTokens: "required", httpPutResponseHopLimit: 1 },
    rootVolume: { deviceName: ROOT_DEVICE, ...(provider.rootVolumeGiB === undefined ? {} : { sizeGiB: provider.rootVolumeGiB }), volumeType: "gp3", encrypted: true },
    tags: ctx.tags,
  };
}

/**
 * The Auto Scaling group. ECS managed scaling sets its desired capacity, so the stack never owns
 * it; with managed termination protection, new instances start protected from scale-in (ECS
 * lifts it once an instance runs no task) and deleting the group must not wait for a scale-in
 * that protection prevents. It depends on the cluster: instances register only once the cluster
 * exists, and the cluster is deleted only after its instances are gone.
 */
export function lowerAutoScalingGroup(ctx: ClusterLowerContext, provider: ParsedEc2CapacityProvider): AutoScalingGroupResource {
  const name = groupName(ctx.spec, provider);
  const tags: GroupTag[] = [
    // ECS adds this tag to groups with managed scaling; declaring it keeps deploys from removing it.
    { key: "AmazonECSManaged", value: "true", propagateAtLaunch: true },
    { key: "Name", value: name, propagateAtLaunch: true },
    ...Object.entries(ctx.tags).map(([key, value]) => ({ key, value, propagateAtLaunch: true })),
  ];
  const byKey = new Map(tags.map((tag) => [tag.key, tag]));
  const protect = provider.managedTerminationProtection;
  return {
    kind: "autoScalingGroup",
    id: providerIds(provider).autoScalingGroup,
    name,
    minSize: provider.minSize,
    maxSize: provider.maxSize,
    subnets: provider.network.subnets,
    launchTemplate: providerIds(provider).launchTemplate,
    instanceTypeOverrides: provider.instanceTypes.length > 1 ? provider.instanceTypes : [],
    protectFromScaleIn: protect,
    forceDelete: protect,
    externallyManaged: ["desiredCapacity"],
    // A spec tag named like one of berth's wins: the author wrote it on purpose.
    tags: [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    dependsOn: [CLUSTER_IDS.cluster],
  };
}

/** The ECS capacity provider over the group: managed scaling, termination protection, draining. */
export function lowerCapacityProvider(ctx: ClusterLowerContext, provider: ParsedEc2CapacityProvider): CapacityProviderResource {
  return {
    kind: "capacityProvider",
    id: providerIds(provider).capacityProvider,
    name: provider.name,
    autoScalingGroup: providerIds(provider).autoScalingGroup,
    managedScaling: { targetCapacity: provider.targetCapacity },
    managedTerminationProtection: provider.managedTerminationProtection,
    // ECS moves tasks off an instance before the group terminates it (ECS's own default, made explicit).
    managedDraining: true,
    tags: ctx.tags,
  };
}
