import type { ServiceResource, Stack } from "../ir/index.js";
import { primaryName } from "../backends/terraform/names.js";
import { TASK_DEFINITION_PLACEHOLDER } from "./appspec.js";
import { cell, code, shellWord } from "./markdown.js";
import { firstOfKind, renderReadme, stackSections } from "./stack-sections.js";
import { storageNotes } from "./storage-words.js";
import { serviceConnectNotes } from "./service-connect-words.js";

// The escaping helpers lived here first; other modules and tests import them from this one too.
export { cell, code, shellWord } from "./markdown.js";

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
  const service = firstOfKind(stack, "service");
  if (!delivery || !service) return undefined;
  const imageInput = stack.inputs.find((i) => i.id === delivery.imageInput);
  const codeDeploy = delivery.codeDeploy;
  const tfImageVariable = primaryName(delivery.imageInput);
  const imageParameter = imageInput?.ssmParameter;
  return {
    ...stackSections(stack, banner),
    serviceNotes: describeService(service),
    storageNotes: storageNotes(stack),
    serviceConnectNotes: serviceConnectNotes(stack),
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
  return renderReadme(template, data);
}
