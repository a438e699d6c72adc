import { compiledTemplate } from "./compiled-template.js";
import type { Resource, ResourceKind, Stack, StackInput, StringValue } from "../ir/index.js";
import { isRef } from "../ir/index.js";
import { primaryName } from "../backends/terraform/names.js";
import { cell, code, shellWord } from "./markdown.js";
import { overrideRows } from "./overrides.js";
import { securityFindingRows } from "./security-findings.js";
import { existingRolesData, roleSettingsLine } from "./roles.js";
import { costEstimate } from "./cost.js";
import { mermaidDiagram } from "./diagram.js";
import { PRICES_AS_OF } from "./prices.js";
import { provenanceRows, type Provenance } from "./provenance.js";

/** How the READMEs name each kind of resource; a kind added later without an entry shows its IR kind. */
const KIND_LABELS: Partial<Record<ResourceKind, string>> = {
  logGroup: "CloudWatch Logs log group",
  role: "IAM role",
  securityGroup: "EC2 security group",
  targetGroup: "ELB target group",
  listenerRule: "ALB listener rule",
  taskDefinition: "ECS task definition",
  service: "ECS service",
  alarm: "CloudWatch alarm",
  codeDeployApplication: "CodeDeploy application",
  codeDeployConfig: "CodeDeploy deployment config",
  codeDeployGroup: "CodeDeploy deployment group",
  discoveryService: "Cloud Map service",
  scalableTarget: "Application Auto Scaling scalable target",
  scalingPolicy: "Application Auto Scaling policy",
  schedule: "EventBridge Scheduler schedule",
  scheduleRule: "EventBridge rule",
  cluster: "ECS cluster",
  clusterCapacityProviders: "ECS cluster capacity providers",
  capacityProvider: "ECS capacity provider",
  launchTemplate: "EC2 launch template",
  autoScalingGroup: "EC2 Auto Scaling group",
  instanceProfile: "IAM instance profile",
  privateDnsNamespace: "Cloud Map private DNS namespace",
  loadBalancer: "Elastic Load Balancing load balancer",
  listener: "ELB listener",
  listenerCertificate: "ELB listener certificate (SNI)",
  networkTargetGroup: "ELB target group",
  dnsAliasRecord: "Route 53 alias record",
};

function resourceName(resource: Resource): string {
  if ("name" in resource && typeof resource.name === "string") return resource.name;
  if ("family" in resource && typeof resource.family === "string") return resource.family;
  return "";
}

/** The first resource of a kind, typed by its kind. */
export function firstOfKind<K extends ResourceKind>(stack: Stack, kind: K): Extract<Resource, { kind: K }> | undefined {
  return stack.resources.find((r): r is Extract<Resource, { kind: K }> => r.kind === kind);
}

/** Every resource of a kind, in stack order. */
export function allOfKind<K extends ResourceKind>(stack: Stack, kind: K): Extract<Resource, { kind: K }>[] {
  return stack.resources.filter((r): r is Extract<Resource, { kind: K }> => r.kind === kind);
}

/**
 * A literal, or the resource an attribute reference points at, as inline code: `sg-0a1b…`, or
 * `TaskSecurityGroup` (this stack's). Names of referenced resources are shown when they have one.
 */
export function valueText(stack: Stack, value: StringValue): string {
  if (!isRef(value)) return code(cell(value));
  const target = stack.resources.find((r) => r.id === value.resource);
  const name = target === undefined ? "" : resourceName(target);
  return name === "" ? `${code(value.resource)} (this stack)` : `${code(cell(name))} (${code(value.resource)}, this stack)`;
}

/** The literal a value stands for: itself, or the name of the resource it references. */
export function literalOf(stack: Stack, value: StringValue): string {
  if (!isRef(value)) return value;
  const target = stack.resources.find((r) => r.id === value.resource);
  return target === undefined ? value.resource : resourceName(target) || value.resource;
}

/**
 * An input's description, plus what an SSM-backed input holds: the parameter's name, read at
 * every deploy (said once, when the lowering's description does not say it already).
 */
function inputDescription(input: StackInput): string {
  if (input.ssmParameter === undefined) return input.description;
  if (input.description.includes("read at every deploy")) return `${input.description} The value is the parameter's name.`;
  return `${input.description} (the value is the parameter's name; its content is read at every deploy)`;
}

/** True when a CloudFormation deploy needs `CAPABILITY_NAMED_IAM`: berth names every IAM resource it creates. */
export function needsNamedIam(stack: Stack): boolean {
  return stack.resources.some((r) => r.kind === "role" || r.kind === "instanceProfile");
}

/** A provenance cell: the spec path as inline code, the spec itself, or a default. */
function fromSpec(provenance: Provenance | undefined, kind: string): string {
  if (provenance === undefined) return "";
  const path = provenance.path === "" ? `the ${kind} spec itself` : code(cell(provenance.path));
  return provenance.byDefault ? `${path} (left out: berth's default)` : path;
}

/** The word for what a stack was defined with, for "the service spec itself". */
function specKind(stack: Stack): string {
  if (firstOfKind(stack, "service")) return "service";
  if (firstOfKind(stack, "cluster")) return "cluster";
  return "task";
}

/**
 * The data every README shares: the heading, the resource, input and output tables, the imports
 * and the words the deploy commands are built from. Everything comes from the IR stack; text is
 * escaped here (cells, inline code, shell words) so the templates stay plain.
 */
export function stackSections(stack: Stack, banner: string): Record<string, unknown> {
  return {
    banner,
    name: stack.name,
    source: stack.source,
    description: stack.description,
    region: stack.region,
    account: stack.account,
    stackName: shellWord(stack.name),
    regionWord: shellWord(stack.region),
    namedIam: needsNamedIam(stack),
    resources: provenanceRows(stack).map((row, i) => {
      const r = stack.resources[i]!;
      return {
        id: code(r.id),
        address: code(row.address),
        kind: cell(KIND_LABELS[r.kind] ?? r.kind),
        name: resourceName(r) === "" ? "" : code(cell(resourceName(r))),
        from: fromSpec(row.provenance, specKind(stack)),
      };
    }),
    // A Mermaid flowchart never holds a backtick (escaped), so a plain fence always closes it.
    diagram: mermaidDiagram(stack),
    cost: costEstimate(stack) ?? false,
    pricesAsOf: PRICES_AS_OF,
    inputs: stack.inputs.map((i) => ({
      cfn: code(i.id),
      tf: code(primaryName(i.id)),
      value: code(cell(i.default)),
      description: cell(inputDescription(i)),
    })),
    outputs: stack.outputs.map((o) => ({ cfn: code(o.id), tf: code(primaryName(o.id)), description: cell(o.description) })),
    existingRoles: existingRolesData(stack),
    roleSettings: roleSettingsLine(stack),
    overrides: overrideRows(stack),
    // Scanner findings berth accepts (src/security), with the reason a user would accept them.
    securityFindings: securityFindingRows(stack),
    // Exports of other stacks this one reads: those stacks must be deployed first.
    imports: (stack.imports ?? []).map((i) => ({ exportName: code(i.exportName), description: cell(i.description) })),
  };
}

/**
 * Renders a README template with its data: no HTML escaping (the data is escaped for Markdown
 * already), strict (a field the template names but the data lacks is a berth bug, not an empty
 * string), blank-line runs folded, exactly one newline at the end.
 */
export function renderReadme(template: string, data: Record<string, unknown>): string {
  const render = compiledTemplate(template);
  return render(data).replace(/\n{3,}/g, "\n\n").replace(/\n*$/, "\n");
}
