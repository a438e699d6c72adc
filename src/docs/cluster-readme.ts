import type { CapacityProviderResource, Stack } from "../ir/index.js";
import { primaryName } from "../backends/terraform/names.js";
import { describeExec, describeInsights, describeStrategy, sizeRange, strategyRows } from "./cluster-words.js";
import { cell, code, listing, shellWord } from "./markdown.js";
import { allOfKind, firstOfKind, literalOf, renderReadme, stackSections, valueText } from "./stack-sections.js";

/** What AWS's own Fargate capacity providers are, in a line each; EC2 providers get their own section. */
const FARGATE_PROVIDERS: Readonly<Record<string, string>> = {
  FARGATE: "AWS Fargate: serverless capacity, nothing to keep running or patch.",
  FARGATE_SPOT: "AWS Fargate Spot: spare Fargate capacity at a discount; ECS stops a Spot task with a two-minute warning (SIGTERM) when AWS needs the capacity back.",
};

/** True when the instance role carries Session Manager's managed policy (the spec's `sessionManager`). */
function sessionManager(stack: Stack): boolean {
  const profile = firstOfKind(stack, "instanceProfile");
  const role = allOfKind(stack, "role").find((r) => r.id === profile?.role);
  return role?.managedPolicies.some((arn) => arn.endsWith("/AmazonSSMManagedInstanceCore")) ?? false;
}

/** One EC2 capacity provider: its group, launch template and AMI input, in plain words. */
function ec2Provider(stack: Stack, provider: CapacityProviderResource): Record<string, unknown> | undefined {
  const group = allOfKind(stack, "autoScalingGroup").find((g) => g.id === provider.autoScalingGroup);
  const template = group === undefined ? undefined : allOfKind(stack, "launchTemplate").find((t) => t.id === group.launchTemplate);
  if (!group || !template) return undefined;
  const ami = stack.inputs.find((i) => i.id === template.imageIdInput);
  const types = group.instanceTypeOverrides.length > 0 ? group.instanceTypeOverrides : template.instanceType === undefined ? [] : [template.instanceType];
  const volume = template.rootVolume;
  const target = provider.managedScaling.targetCapacity;
  return {
    name: code(cell(provider.name)),
    group: code(cell(group.name)),
    groupWord: shellWord(group.name),
    instances:
      `${types.length > 1 ? `Instance types ${listing(types.map((t) => code(cell(t))))}, in this order of preference` : `Instance type ${listing(types.map((t) => code(cell(t))))}`}; ` +
      `${sizeRange(group.minSize, group.maxSize)} in subnets ${listing(group.subnets.map((s) => code(cell(s))))}, security groups ${listing(template.securityGroups.map((g) => valueText(stack, g)))}.`,
    launch:
      `Launch template ${code(cell(template.name))}: instance profile ${code(cell(literalOf(stack, { resource: template.instanceProfile, attribute: "name" })))}, ` +
      `IMDSv2 only (hop limit ${template.metadata.httpPutResponseHopLimit}${template.metadata.httpPutResponseHopLimit === 1 ? ", so bridge-mode containers cannot reach the instance role's credentials" : ""}), ` +
      `${volume.sizeGiB === undefined ? "the AMI's root volume size" : `a ${volume.sizeGiB} GiB root volume`} (${volume.volumeType}${volume.encrypted ? ", encrypted" : ""}), no SSH key pair${sessionManager(stack) ? ": operators connect with Session Manager" : ""}.`,
    scaling:
      `ECS managed scaling sets the group's desired capacity so the instances are ${target} % used${target < 100 ? ` (the rest is room for tasks to start without waiting for an instance)` : " (no spare instances)"}. ` +
      "Neither engine resets it on a deploy: CloudFormation leaves `DesiredCapacity` out, Terraform ignores `desired_capacity`.",
    protection: provider.managedTerminationProtection
      ? "Managed termination protection: instances start protected from scale-in, and ECS only lifts the protection from an instance that runs no task."
      : `No managed termination protection: a scale-in may pick an instance that still runs tasks${provider.managedDraining ? " (managed draining moves them first)" : ""}.`,
    draining: provider.managedDraining,
    protected: provider.managedTerminationProtection,
    ami: ami === undefined ? false : { cfn: code(ami.id), tf: code(primaryName(ami.id)), tfWord: primaryName(ami.id), cfnWord: ami.id, parameter: code(cell(ami.ssmParameter ?? ami.default)) },
  };
}

/** True for a stack made by `defineCluster`. */
export function isClusterStack(stack: Stack): boolean {
  return firstOfKind(stack, "cluster") !== undefined;
}

/**
 * The data the cluster README template renders. Everything comes from the IR stack; text is
 * escaped here, so the template stays readable. Undefined for a stack without a cluster.
 */
export function clusterReadmeData(stack: Stack, banner: string): Record<string, unknown> | undefined {
  const cluster = firstOfKind(stack, "cluster");
  if (!cluster) return undefined;
  const association = firstOfKind(stack, "clusterCapacityProviders");
  const ec2 = allOfKind(stack, "capacityProvider").map((p) => ec2Provider(stack, p)).filter((p) => p !== undefined);
  const providers = (association?.providers ?? []).map((p) => literalOf(stack, p));
  const strategy = association?.defaultStrategy ?? [];
  const namespace = firstOfKind(stack, "privateDnsNamespace");
  return {
    ...stackSections(stack, banner),
    cluster: code(cell(cluster.name)),
    clusterWord: shellWord(cluster.name),
    insights: describeInsights(cluster),
    exec: describeExec(stack, cluster),
    providers: providers.map((name) => ({ name: code(cell(name)), description: FARGATE_PROVIDERS[name] ?? "EC2 instances of an Auto Scaling group of this stack (below)." })),
    strategyWords: describeStrategy(stack, strategy),
    strategy: strategyRows(stack, strategy),
    ec2,
    hasEc2: ec2.length > 0,
    namespace:
      namespace === undefined
        ? false
        : {
            name: code(cell(namespace.name)),
            vpc: code(cell(namespace.vpc)),
            record: code(cell(`<service>.${namespace.name}`)),
            // The cluster names its namespace as the Service Connect default (by ARN) unless the spec opted out.
            serviceConnectDefault: cluster.serviceConnectNamespace !== undefined,
          },
    // Outputs other stacks import by a fixed name; the others are exported as `<stack name>-<id>`.
    exports: stack.outputs
      .filter((o) => o.exportName !== undefined)
      .map((o) => ({ name: code(cell(o.exportName ?? "")), output: code(o.id), description: cell(o.description) })),
    defaultExport: code(`${stack.name}-${stack.outputs[0]?.id ?? "ClusterName"}`),
  };
}

/**
 * Renders a cluster stack's README.md from the handlebars template text, or undefined for a
 * stack that is not a cluster's. Pure and deterministic: no dates, no paths outside the output folder.
 */
export function renderClusterReadme(stack: Stack, template: string, banner: string): string | undefined {
  const data = clusterReadmeData(stack, banner);
  return data === undefined ? undefined : renderReadme(template, data);
}
