import { compiledTemplate } from "./compiled-template.js";
import type { Stack } from "../ir/index.js";

/** What the pipeline replaces with the task definition revision to deploy; unmistakably not an ARN. */
export const TASK_DEFINITION_PLACEHOLDER = "<TASK_DEFINITION_ARN>";

/**
 * A YAML scalar for any string: JSON's double-quoted form is valid YAML (1.2 is a superset of
 * JSON), escapes quotes, backslashes and control characters, and can never be read as a number,
 * boolean, null, anchor or comment. Values go into the template already quoted, so no string
 * can change the document's structure.
 */
export function yamlString(value: string): string {
  return JSON.stringify(value);
}

/**
 * Renders `appspec.yaml` for a blue/green stack from the handlebars template text, or returns
 * undefined for a stack CodeDeploy does not deploy. Pure: the caller passes the template.
 * @throws Error when the banner spans lines (it is a YAML comment) or the template lacks a field.
 */
export function renderAppSpec(stack: Stack, template: string, banner: string): string | undefined {
  const codeDeploy = stack.delivery?.codeDeploy;
  if (!codeDeploy) return undefined;
  if (/[\r\n]/.test(banner)) throw new Error("berth bug: the banner must be one line");
  const spec = codeDeploy.appSpec;
  const render = compiledTemplate(template);
  const text = render({
    banner,
    service: stack.name,
    placeholder: TASK_DEFINITION_PLACEHOLDER,
    taskDefinition: yamlString(TASK_DEFINITION_PLACEHOLDER),
    containerName: yamlString(spec.containerName),
    containerPort: spec.containerPort,
    platformVersion: spec.platformVersion === undefined ? false : yamlString(spec.platformVersion),
    hooks: spec.hooks.map((hook) => ({ event: hook.event, functionArn: yamlString(hook.functionArn) })),
  });
  return text.replace(/\n*$/, "\n");
}
