import yaml from "js-yaml";
import type { Backend, EmitOptions, GeneratedFile } from "../backend.js";
import type { Stack } from "../../ir/index.js";
import { CFN_SCHEMA } from "./intrinsics.js";
import type { OverrideFinding } from "../overrides.js";
import { buildTemplate, cloudformationOverrideFindings } from "./template.js";

/**
 * Serializes a built template. Key order is already canonical, so js-yaml must not re-sort;
 * no line folding (long ARNs and commands stay on one line, diffs stay readable); no anchors
 * (CloudFormation does not accept YAML aliases); double quotes where quoting is needed, as in
 * the AWS documentation's examples.
 */
export function renderTemplate(template: object): string {
  return yaml.dump(template, {
    schema: CFN_SCHEMA,
    indent: 2,
    lineWidth: -1,
    noRefs: true,
    sortKeys: false,
    quotingType: '"',
  });
}

/**
 * The CloudFormation backend: one `template.yaml` per stack, in short-form YAML, starting with
 * the generated-file banner. Pure and deterministic: the same stack gives byte-identical text.
 */
export const cloudformationBackend: Backend = {
  target: "cloudformation",
  async emit(stack: Stack, options: EmitOptions): Promise<readonly GeneratedFile[]> {
    // A newline in the banner would turn the rest of it into YAML content.
    if (/[\r\n]/.test(options.banner)) throw new Error("CloudFormation backend: the banner must be a single line");
    const body = renderTemplate(buildTemplate(stack));
    // js-yaml ends a block document with exactly one newline; normalize anyway so the
    // "one trailing newline" contract does not depend on a dumper detail.
    const contents = `# ${options.banner}\n${body.replace(/\n*$/, "\n")}`;
    return [{ path: `${stack.name}/cloudformation/template.yaml`, contents }];
  },
  async overrideFindings(stack: Stack): Promise<readonly OverrideFinding[]> {
    return cloudformationOverrideFindings(stack);
  },
};
