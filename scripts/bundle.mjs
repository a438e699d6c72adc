// Bundles the CLI into dist/cli-bundle/ with esbuild, so a `berth` process loads a handful of
// files instead of ~1,500 modules (berth, zod, commander, js-yaml, handlebars, cdktf and the
// provider classes). Code splitting keeps every lazy `import()` lazy: the Terraform backend, cdktf
// and each provider resource family are chunks loaded only when a run needs them. Measured in
// bench/ (npm run bench). dist/ from tsc stays as the library entry (types and `import "berth"`).
import { build } from "esbuild";
import Handlebars from "handlebars";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const outdir = `${root}dist/cli-bundle`;
rmSync(outdir, { recursive: true, force: true });

// The handlebars templates (text assets) go into the bundle, so generating reads no package files.
const templates = Object.fromEntries(
  readdirSync(`${root}templates`).filter((name) => name.endsWith(".hbs")).sort().map((name) => [name, readFileSync(`${root}templates/${name}`, "utf8")]),
);

/**
 * zod's `z` namespace re-exports every one of its ~85 locales (~half of zod's code), and a
 * namespace import keeps them all in the bundle. berth words its own diagnostics and uses zod's
 * English default only, so the bundle gets a locales index holding just `en`.
 */
const zodEnglishOnly = {
  name: "zod-english-only",
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({ contents: 'export { default as en } from "./en.js";', loader: "js" }));
  },
};

/**
 * cdktf records a full, unbounded stack trace for every token it creates (tokens/private/
 * stack-trace.js), only to quote it if that token later fails to resolve. Formatting those traces
 * was over a third of the CPU time of synthesizing 100 stacks. berth builds its constructs from
 * validated IR, so such a failure is a berth bug, reported with its own stack; the bundle records
 * none.
 */
const cdktfWithoutCreationStacks = {
  name: "cdktf-without-creation-stacks",
  setup(b) {
    b.onLoad({ filter: /[\\/]cdktf[\\/]lib[\\/]tokens[\\/]private[\\/]stack-trace\.js$/ }, () => ({
      contents: "exports.captureStackTrace = function captureStackTrace() { return []; };",
      loader: "js",
    }));
  },
};

/**
 * The handlebars templates, precompiled with the options of src/docs/compiled-template.ts, in
 * place of the empty src/docs/precompiled-templates.ts. With every template precompiled, the
 * bundle needs only handlebars' runtime (aliased below), not its parser and compiler.
 */
const precompiledTemplates = {
  name: "precompiled-templates",
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]docs[\\/]precompiled-templates\.ts$/ }, () => {
      const entries = Object.values(templates).map((text) => `[${JSON.stringify(text)}, ${Handlebars.precompile(text, { noEscape: true, strict: true })}]`);
      return { contents: `export const PRECOMPILED_TEMPLATES = new Map([\n${entries.join(",\n")}\n]);\n`, loader: "js" };
    });
  },
};

/**
 * cdktf requires `archiver` and `glob` at load time for TerraformAsset (zipping local files into
 * the synth output), which berth never uses: it synthesizes in memory and writes no assets. In
 * the bundle they are modules that fail loudly if anything ever calls them, instead of ~450 KB of
 * stream and archive code parsed and run at every Terraform start.
 */
const cdktfWithoutAssets = {
  name: "cdktf-without-assets",
  setup(b) {
    b.onResolve({ filter: /^(archiver|glob)$/ }, (args) => (/[\\/]cdktf[\\/]lib[\\/]/.test(args.importer) ? { path: args.path, namespace: "berth-unused" } : undefined));
    b.onLoad({ filter: /.*/, namespace: "berth-unused" }, (args) => ({
      contents: `module.exports = new Proxy({}, { get(_, key) { throw new Error("berth bug: cdktf asset support (${args.path}) is not bundled; berth does not use TerraformAsset (tried " + String(key) + ")"); } });`,
      loader: "js",
    }));
  },
};

const result = await build({
  absWorkingDir: root,
  // One flat folder: every chunk (wherever esbuild puts emitAll) finds the emit worker beside it.
  entryPoints: { main: "src/cli/main.ts", "emit-worker": "src/backends/emit-worker.ts" },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  outExtension: { ".js": ".mjs" },
  chunkNames: "[name]-[hash]",
  // esbuild runs a native binary, typescript/ts-morph are large and needed only to point at spec
  // lines when there are diagnostics, and hcl-tools loads a WASM file beside its own module.
  external: ["esbuild", "ts-morph", "typescript", "@cdktf/hcl-tools"],
  // cdktf and its dependencies are CommonJS and require() Node built-ins; ES modules have no
  // require, so every chunk gets one bound to its own file.
  banner: { js: 'import { createRequire as __berthCreateRequire } from "node:module"; const require = __berthCreateRequire(import.meta.url);' },
  define: { __BERTH_TEMPLATES__: JSON.stringify(templates), __BERTH_EMIT_WORKER__: JSON.stringify("./emit-worker.mjs") },
  plugins: [zodEnglishOnly, cdktfWithoutCreationStacks, cdktfWithoutAssets, precompiledTemplates],
  alias: { handlebars: "handlebars/runtime" },
  // Less text to parse at every start; identifiers stay, so a berth-bug stack trace still names functions.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: "linked",
  logLevel: "warning",
  metafile: true,
});
// emitAll resolves the worker relative to its own module: the layout must stay flat.
const nested = Object.keys(result.metafile.outputs).filter((path) => path.slice(outdir.length - root.length + 1).includes("/"));
if (nested.length > 0) throw new Error(`bundle: outputs outside ${outdir}'s top level break the emit worker's path: ${nested.join(", ")}`);
if (process.env.BERTH_BUNDLE_META) (await import("node:fs")).writeFileSync(process.env.BERTH_BUNDLE_META, JSON.stringify(result.metafile));

// The JSON Schemas of YAML spec documents (`berth schema` prints the same), shipped in the
// package so `berth init --yaml` can point editors at them. Built from tsc's output in dist/.
const { SCHEMA_KINDS, anyYamlDocumentSchema, yamlDocumentSchema } = await import(`${root}dist/spec/json-schema.js`);
const { mkdirSync, writeFileSync } = await import("node:fs");
mkdirSync(`${root}dist/schema`, { recursive: true });
for (const kind of SCHEMA_KINDS) writeFileSync(`${root}dist/schema/${kind}.json`, JSON.stringify(yamlDocumentSchema(kind), null, 2) + "\n");
writeFileSync(`${root}dist/schema/spec.json`, JSON.stringify(anyYamlDocumentSchema(), null, 2) + "\n");
