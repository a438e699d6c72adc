import { BACKENDS } from "./backends/registry.js";
import { emitAll, hasWarmWorker } from "./backends/emit-all.js";
import type { GeneratedFile, Target } from "./backends/backend.js";
import { overrideDiagnostics } from "./backends/override-diagnostics.js";
import { render } from "./diagnostics/catalogue.js";
import { hasErrors, type Diagnostic } from "./diagnostics/diagnostic.js";
import type { Stack } from "./ir/index.js";
import { DEFINITION_KINDS, isDefinitionKind, type DefinitionKind, type ParsedDefinition } from "./kinds.js";
import { PROJECT_RULES } from "./validate/project.js";
import { validateDefinition } from "./validate/definition.js";

/** A spec file after loading: its path and whatever its default export is. */
export interface LoadedSpec {
  /** Path relative to the working directory, `/`-separated; appears in diagnostics and banners. */
  readonly file: string;
  readonly exported: unknown;
}

/** How to compile. */
export interface CompileOptions {
  readonly targets: readonly Target[];
  /** Write Terraform as HCL instead of JSON. */
  readonly hcl: boolean;
  /** Environments to validate and generate (`--env`); absent: every environment of every spec. */
  readonly environments?: readonly string[];
}

/** Everything one compile run produced. `files` is empty whenever `diagnostics` holds an error. */
export interface CompileResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly stacks: readonly Stack[];
  readonly files: readonly GeneratedFile[];
  /** The output folder names (`out/<name>/`) of the specs compiled, whether or not they emitted. */
  readonly specNames: readonly string[];
  /** Those of `specNames` whose spec declares environments (output in `out/<name>/<env>/`). */
  readonly environmentSpecs: readonly string[];
  /** Each stack's folder in out/, by stack name: `<name>`, or `<name>/<env>` for an environment's stack. */
  readonly folders: Readonly<Record<string, string>>;
}

/**
 * The whole pipeline for a set of loaded specs: validate each → validate across specs → lower →
 * emit. Pure apart from lazily importing backends. All diagnostics of all specs are collected
 * before anything is emitted, so one run reports every problem and a failing run produces no files.
 */
export async function compile(specs: readonly LoadedSpec[], options: CompileOptions): Promise<CompileResult> {
  const diagnostics: Diagnostic[] = [];
  const parsed: ParsedDefinition[] = [];
  const specNames: string[] = [];
  const environmentSpecs: string[] = [];
  const declared = new Set<string>();
  for (const { file, exported } of specs) {
    const definition = asDefinition(exported);
    if (!definition) {
      diagnostics.push({ code: "B110", severity: "error", file, path: "", ...render("B110", { exported: describeExport(exported) }) });
      continue;
    }
    const validated = validateDefinition(definition.kind, definition.spec, file, options.environments);
    diagnostics.push(...validated.diagnostics);
    parsed.push(...validated.parsed);
    if (validated.name !== undefined) specNames.push(validated.name);
    if (validated.name !== undefined && validated.declared.length > 0) environmentSpecs.push(validated.name);
    for (const environment of validated.declared) declared.add(environment);
  }
  diagnostics.push(...unknownEnvironments(options.environments, declared));
  for (const rule of PROJECT_RULES) diagnostics.push(...rule(parsed));
  const scope = { specNames, environmentSpecs, folders: Object.fromEntries(parsed.map((d) => [d.name, d.folder ?? d.name])) };
  if (hasErrors(diagnostics)) return { diagnostics, stacks: [], files: [], ...scope };

  const stacks = parsed.map((d) => (DEFINITION_KINDS[d.kind as keyof typeof DEFINITION_KINDS] as DefinitionKind<unknown>).lower(d.spec, d.file, parsed));
  // Overrides can only be checked against emitted output: for every backend, whatever the targets.
  diagnostics.push(...(await overrideDiagnostics(stacks)));
  if (hasErrors(diagnostics)) return { diagnostics, stacks: [], files: [], ...scope };
  const byName = new Map(parsed.map((d) => [d.name, d]));
  const bannerOf = (stack: Stack) => banner(stack.source, byName.get(stack.name)?.environment);
  const jobs = stacks.map((stack) => ({ stack, options: { banner: bannerOf(stack), hcl: options.hcl } }));
  // Targets are emitted side by side: a target that uses a worker thread overlaps the others.
  const files: GeneratedFile[] = (await Promise.all(options.targets.map((target) => emitAll(target, jobs)))).flat(2);
  // README.md (every service) and appspec.yaml (blue/green) describe both engines, so they are
  // written once per stack whatever the targets; no targets means "emit nothing" (load errors).
  // Imported lazily like the backends: its module reads the handlebars templates, package assets.
  if (options.targets.length > 0) {
    const { documentFiles } = await import("./docs/index.js");
    for (const stack of stacks) files.push(...documentFiles(stack, bannerOf(stack)));
  }
  // Emitters write to <stack name>/…; an environment's stack goes to <name>/<environment>/….
  const placed = files.map((file) => {
    const [head = "", ...rest] = file.path.split("/");
    const folder = byName.get(head)?.folder;
    return folder === undefined || folder === head ? file : { ...file, path: [folder, ...rest].join("/") };
  });
  placed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { diagnostics, stacks, files: placed, ...scope };
}

/**
 * Imports the modules that emitting `targets` needs (backends, document renderers) without
 * running anything. The CLI calls it while the specs compile in esbuild's process, so module
 * loading overlaps spec compilation; compile() finds them already loaded.
 */
export async function prepareTargets(targets: readonly Target[]): Promise<void> {
  // A target with a warm emit worker loads its backend there, not here.
  const here = targets.filter((target) => !hasWarmWorker(target));
  await Promise.all([...here.map((target) => BACKENDS[target]()), ...(targets.length > 0 ? [import("./docs/index.js")] : [])]);
}

/** The first line of every generated file; an environment's files name their environment. */
export function banner(source: string, environment?: string): string {
  const from = environment === undefined ? source : `${source} (environment ${environment})`;
  return `Generated by berth from ${from}. Do not edit: change the spec and run \`npx berth generate\`.`;
}

/** B145: a `--env` name that no spec of the run declares. */
function unknownEnvironments(selected: readonly string[] | undefined, declared: ReadonlySet<string>): Diagnostic[] {
  return (selected ?? [])
    .filter((environment) => !declared.has(environment))
    .map((environment) => ({ code: "B145", severity: "error" as const, file: "--env", path: "", ...render("B145", { environment, known: [...declared].sort() }) }));
}

function asDefinition(value: unknown): { kind: keyof typeof DEFINITION_KINDS; spec: unknown } | undefined {
  if (typeof value !== "object" || value === null || !("spec" in value)) return undefined;
  const kind = (value as { kind?: unknown }).kind;
  return isDefinitionKind(kind) ? { kind, spec: (value as { spec: unknown }).spec } : undefined;
}

function describeExport(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (typeof value === "object") return Array.isArray(value) ? "an array" : "a plain object";
  return `a ${typeof value}`;
}
