import type { GeneratedFile } from "../backends/backend.js";
import type { Stack } from "../ir/index.js";
import { renderAppSpec } from "./appspec.js";
import { renderServiceReadme } from "./readme.js";
import { DOCUMENT_TEMPLATES, type DocumentTemplates } from "./templates.js";

export { renderAppSpec, TASK_DEFINITION_PLACEHOLDER, yamlString } from "./appspec.js";
export { renderServiceReadme } from "./readme.js";
export type { DocumentTemplates } from "./templates.js";

/**
 * The documents berth writes next to a stack's templates, whatever the targets: `README.md` for
 * every service, `appspec.yaml` for a service CodeDeploy deploys. They describe both engines, so
 * they do not depend on which targets run (and `--hcl` changes nothing in them).
 */
export function documentFiles(stack: Stack, banner: string, templates: DocumentTemplates = DOCUMENT_TEMPLATES): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  const appSpec = renderAppSpec(stack, templates.appSpec, banner);
  if (appSpec !== undefined) files.push({ path: `${stack.name}/appspec.yaml`, contents: appSpec });
  const readme = renderServiceReadme(stack, templates.serviceReadme, banner);
  if (readme !== undefined) files.push({ path: `${stack.name}/README.md`, contents: readme });
  return files;
}
