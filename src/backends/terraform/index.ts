import type { Backend, EmitOptions, GeneratedFile } from "../backend.js";
import type { Stack } from "../../ir/index.js";
import { blockShapes } from "./block-shapes.js";
import { renderHcl } from "./hcl.js";
import { loadEmitters } from "./resources/index.js";
import { buildStack, toTerraformJson } from "./synth.js";

/** Formats HCL the way `terraform fmt` does. Loaded on demand: the module instantiates a WASM binary on import. */
async function formatHcl(text: string): Promise<string> {
  const { format } = await import("@cdktf/hcl-tools");
  return format(text);
}

/**
 * The Terraform backend: IR → cdktf constructs → `main.tf.json`, or `main.tf` when HCL is asked
 * for. Never both: Terraform loads every *.tf and *.tf.json in a folder, so the same
 * configuration in two files would declare every resource twice.
 */
export const terraformBackend: Backend = {
  target: "terraform",
  async emit(stack: Stack, options: EmitOptions): Promise<readonly GeneratedFile[]> {
    // A newline would end the `#` comment in main.tf and leave the rest as (invalid) HCL.
    if (/[\r\n]/.test(options.banner)) throw new Error("berth bug: the banner must be one line");
    const scope = buildStack(stack, await loadEmitters(stack.resources));
    const config = toTerraformJson(scope);
    const dir = `${stack.name}/terraform`;
    // Terraform ignores "//" keys, so the banner is a comment; spread first, it leads the file.
    const json = `${JSON.stringify({ "//": options.banner, ...config }, null, 2)}\n`;
    if (!options.hcl) return [{ path: `${dir}/main.tf.json`, contents: json }];
    const hcl = await formatHcl(renderHcl(config, blockShapes(scope)));
    return [{ path: `${dir}/main.tf`, contents: `# ${options.banner}\n${hcl.trimEnd()}\n` }];
  },
};
