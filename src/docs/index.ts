import type { GeneratedFile } from "../backends/backend.js";
import type { Stack } from "../ir/index.js";
import { renderAppSpec } from "./appspec.js";
import { isClusterStack, renderClusterReadme } from "./cluster-readme.js";
import { renderServiceReadme } from "./readme.js";
import { isLoadBalancerStack, renderLoadBalancerReadme } from "./load-balancer-readme.js";
import { isTaskStack, renderTaskReadme } from "./task-readme.js";
import { DOCUMENT_TEMPLATES, type DocumentTemplates } from "./templates.js";

export { renderAppSpec, TASK_DEFINITION_PLACEHOLDER, yamlString } from "./appspec.js";
export { renderClusterReadme } from "./cluster-readme.js";
export { renderServiceReadme } from "./readme.js";
export { renderTaskReadme } from "./task-readme.js";
export { renderLoadBalancerReadme } from "./load-balancer-readme.js";
export type { DocumentTemplates } from "./templates.js";

/**
 * The README of any stack, by what the stack is: a service stack carries its delivery facts, a
 * cluster stack its cluster, a task stack a task definition and nothing that runs it for good.
 * The IR has no kind tag, so the resources decide. Undefined only for a stack none of the three
 * templates describes (a kind added without its README; test/docs checks every example has one).
 */
export function renderReadme(stack: Stack, templates: DocumentTemplates, banner: string): string | undefined {
  return (
    renderServiceReadme(stack, templates.serviceReadme, banner) ??
    (isClusterStack(stack) ? renderClusterReadme(stack, templates.clusterReadme, banner) : undefined) ??
    (isTaskStack(stack) ? renderTaskReadme(stack, templates.taskReadme, banner) : undefined) ??
    (isLoadBalancerStack(stack) ? renderLoadBalancerReadme(stack, templates.loadBalancerReadme, banner) : undefined)
  );
}

/**
 * The documents berth writes next to a stack's templates, whatever the targets: `README.md` for
 * every stack (service, task or cluster), `appspec.yaml` for a service CodeDeploy deploys. They
 * describe both engines, so they do not depend on which targets run (and `--hcl` changes nothing
 * in them).
 */
export function documentFiles(stack: Stack, banner: string, templates: DocumentTemplates = DOCUMENT_TEMPLATES): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  const appSpec = renderAppSpec(stack, templates.appSpec, banner);
  if (appSpec !== undefined) files.push({ path: `${stack.name}/appspec.yaml`, contents: appSpec });
  const readme = renderReadme(stack, templates, banner);
  if (readme !== undefined) files.push({ path: `${stack.name}/README.md`, contents: readme });
  return files;
}
