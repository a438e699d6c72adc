import type { Backend, EmitOptions, GeneratedFile } from "../backend.js";
import type { Stack } from "../../ir/index.js";
import { blockShapes } from "./block-shapes.js";
import { renderHcl } from "./hcl.js";
import { buildStack, toTerraformJson } from "./synth.js";

/** Formats HCL the way `terraform fmt` does. Loaded on demand: the module instantiates a WASM binary on import. */
async function formatHcl(text: string): Promise<string> {
  const { format } = await import("@cdktf/hcl-tools");
  return format(text);
}

/**
 * The Terraform backend: IR → cdktf constructs → `main.tf.json`, and `main.tf` when HCL is asked
 * for. Both files carry the same configuration; the JSON is what the validators check first.
 */
export const terraformBackend: Backend = {
  target: "terraform",
  async emit(stack: Stack, options: EmitOptions): Promise<readonly GeneratedFile[]> {
    const scope = buildStack(stack);
    const config = toTerraformJson(scope);
    if (config === null || typeof config !== "object" || Array.isArray(config)) {
      throw new Error("berth bug: Terraform configuration is not an object");
    }
    const dir = `${stack.name}/terraform`;
    // Terraform ignores "//" keys, so the banner is a comment; spread first, it leads the file.
    const json = `${JSON.stringify({ "//": options.banner, ...config }, null, 2)}\n`;
    const files: GeneratedFile[] = [{ path: `${dir}/main.tf.json`, contents: json }];
    if (options.hcl) {
      const hcl = await formatHcl(renderHcl(config, blockShapes(scope)));
      files.push({ path: `${dir}/main.tf`, contents: `# ${options.banner}\n${hcl.trimEnd()}\n` });
    }
    return files;
  },
};
