import Handlebars from "handlebars";
import type { Resource, ResourceKind, ServiceResource, Stack } from "../ir/index.js";
import { primaryName } from "../backends/terraform/names.js";
import { TASK_DEFINITION_PLACEHOLDER } from "./appspec.js";

/** How the README names each kind of resource; kinds without an entry show their IR kind. */
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
};

/** Text safe inside a Markdown table cell: no pipe ends the cell, no newline ends the row. */
export function cell(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** Inline code that survives backticks in the value (CommonMark: a longer fence, padded). */
export function code(value: string): string {
  if (!value.includes("`")) return `\`${value}\``;
  const longest = Math.max(...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return `${fence} ${value} ${fence}`;
}

/** A word for the shell: bare when it only holds safe characters, else single-quoted. */
export function shellWord(value: string): string {
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

function resourceName(resource: Resource): string {
  if ("name" in resource && typeof resource.name === "string") return resource.name;
  if ("family" in resource && typeof resource.family === "string") return resource.family;
  return "";
}

function describeService(service: ServiceResource): string[] {
  const lines: string[] = [];
  const d = service.deployment;
  if (service.deploymentController === "ECS") {
    if (d.minimumHealthyPercent !== undefined && d.maximumPercent !== undefined) {
      lines.push(`Rolling deployments by ECS: between ${d.minimumHealthyPercent} % and ${d.maximumPercent} % of the desired tasks run during a deployment.`);
    }
    lines.push(
      d.circuitBreaker?.enable
        ? `The deployment circuit breaker stops a deployment whose tasks keep failing${d.circuitBreaker.rollback ? " and rolls back to the last completed one" : ""}.`
        : "The deployment circuit breaker is off: a deployment whose tasks keep failing retries until someone stops it.",
    );
  }
  if (service.externallyManaged.includes("desiredCount")) {
    lines.push("Auto scaling owns the task count: neither engine resets it on a deploy (CloudFormation leaves `DesiredCount` out, Terraform ignores `desired_count`).");
  }
  return lines;
}

/**
 * The data the README template renders. Everything comes from the IR stack; the text is built
 * here only where it needs escaping, so the template stays readable.
 */
export function readmeData(stack: Stack, banner: string): Record<string, unknown> | undefined {
  const delivery = stack.delivery;
  const service = stack.resources.find((r): r is ServiceResource => r.kind === "service");
  if (!delivery || !service) return undefined;
  const imageInput = stack.inputs.find((i) => i.id === delivery.imageInput);
  const codeDeploy = delivery.codeDeploy;
  const tfImageVariable = primaryName(delivery.imageInput);
  const imageParameter = imageInput?.ssmParameter;
  return {
    banner,
    name: stack.name,
    source: stack.source,
    description: stack.description,
    region: stack.region,
    account: stack.account,
    stackName: shellWord(stack.name),
    regionWord: shellWord(stack.region),
    resources: stack.resources.map((r) => ({ id: code(r.id), kind: cell(KIND_LABELS[r.kind] ?? r.kind), name: resourceName(r) === "" ? "" : code(cell(resourceName(r))) })),
    inputs: stack.inputs.map((i) => ({
      cfn: code(i.id),
      tf: code(primaryName(i.id)),
      value: code(cell(i.default)),
      description: cell(i.ssmParameter === undefined ? i.description : `${i.description} (the value is the parameter's name; its content is read at every deploy)`),
    })),
    outputs: stack.outputs.map((o) => ({ cfn: code(o.id), tf: code(primaryName(o.id)), description: cell(o.description) })),
    // Exports of other stacks this one reads: those stacks must be deployed first.
    imports: (stack.imports ?? []).map((i) => ({ exportName: code(i.exportName), description: cell(i.description) })),
    serviceNotes: describeService(service),
    alarms: delivery.alarmNames.map((n) => code(cell(n))),
    rollbackOnAlarm: delivery.rollbackOnAlarm,
    image: {
      repository: code(delivery.imageRepository),
      repositoryWord: shellWord(delivery.imageRepository),
      separator: delivery.imageSeparator,
      version: code(delivery.imageVersion),
      versionWord: shellWord(delivery.imageVersion),
      container: code(delivery.containerName),
      containerWord: shellWord(delivery.containerName),
      cfnParameter: delivery.imageInput,
      tfVariable: tfImageVariable,
      ciOwned: delivery.imageOwner === "ci",
      parameter: imageParameter === undefined ? false : code(imageParameter),
      parameterWord: imageParameter === undefined ? false : shellWord(imageParameter),
    },
    blueGreen: codeDeploy
      ? {
          strategy: delivery.strategy,
          shape: codeDeploy.trafficShape,
          terminationWait: `${codeDeploy.terminationWaitMinutes} minute${codeDeploy.terminationWaitMinutes === 1 ? "" : "s"}`,
          testListener: codeDeploy.testListener,
          config: code(codeDeploy.deploymentConfigName),
          application: shellWord(codeDeploy.applicationName),
          group: shellWord(codeDeploy.deploymentGroupName),
          cluster: shellWord(service.cluster),
          service: shellWord(service.name),
          placeholder: TASK_DEFINITION_PLACEHOLDER,
          hooks: codeDeploy.appSpec.hooks.map((h) => ({ event: h.event, arn: code(h.functionArn) })),
          hasHooks: codeDeploy.appSpec.hooks.length > 0,
        }
      : false,
  };
}

/**
 * Renders the service's README.md from the handlebars template text, or undefined for a stack
 * that is not a service. Pure and deterministic: no dates, no paths outside the output folder.
 */
export function renderServiceReadme(stack: Stack, template: string, banner: string): string | undefined {
  const data = readmeData(stack, banner);
  if (!data) return undefined;
  const render = Handlebars.create().compile(template, { noEscape: true, strict: true });
  return render(data).replace(/\n{3,}/g, "\n\n").replace(/\n*$/, "\n");
}
