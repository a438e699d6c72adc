import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { SchemaKind } from "../spec/json-schema.js";
import { typescriptStarter, yamlStarter } from "./init-templates.js";
import { EXIT, UsageError, type CliIo } from "./io.js";

/** Options of `berth init`. */
export interface InitOptions {
  readonly kind: SchemaKind;
  readonly yaml: boolean;
  readonly out?: string;
}

/** What spec names may be (the schema's `resourceName`), checked before anything is written. */
const NAME = /^[a-z][a-z0-9-]*$/;

/**
 * The JSON Schema files shipped in the package (dist/schema/, written by scripts/bundle.mjs).
 * Every module of the CLI sits two folders below the package root, whether it runs from src/,
 * tsc's dist/ or the bundle in dist/cli-bundle/.
 */
function schemaFile(kind: SchemaKind): string {
  return fileURLToPath(new URL(`../../dist/schema/${kind}.json`, import.meta.url));
}

/**
 * `berth init [name]`: writes a commented starter spec (`specs/<name>.ts`, or `.yaml` with
 * --yaml) that validates as written, its placeholders reported as B120 warnings until replaced.
 * Never overwrites a file: an existing target is a usage error and nothing is written.
 */
export async function initCommand(name: string | undefined, options: InitOptions, io: CliIo): Promise<number> {
  const specName = name ?? `my-${options.kind}`;
  if (!NAME.test(specName)) throw new UsageError(`"${specName}" is not a spec name: use lower-case letters, digits and hyphens, starting with a letter`);
  const target = resolve(io.cwd, options.out ?? `specs/${specName}.${options.yaml ? "yaml" : "ts"}`);
  const shown = toPosix(relative(io.cwd, target));
  if (await stat(target).catch(() => undefined)) throw new UsageError(`${shown} already exists; init never overwrites a file (pass another name or --out)`);
  const yaml = options.yaml || /\.ya?ml$/.test(target);
  if (yaml !== /\.ya?ml$/.test(target)) throw new UsageError(`--yaml writes a .yaml or .yml file, not ${shown}`);
  // The editor resolves the schema path relative to the spec file.
  const text = yaml ? yamlStarter(options.kind, specName, toPosix(relative(dirname(target), schemaFile(options.kind)))) : typescriptStarter(options.kind, specName);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text, { flag: "wx" });
  io.stdout(
    `berth: wrote ${shown} (${options.kind} "${specName}").\n` +
      `Replace the values marked CHANGE: (\`berth validate ${shown}\` lists them), then run \`berth generate\`.\n`,
  );
  return EXIT.ok;
}

function toPosix(path: string): string {
  return path.split("\\").join("/");
}
