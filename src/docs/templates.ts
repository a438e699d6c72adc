import { readFile } from "node:fs/promises";

/**
 * The handlebars templates of the documents berth writes next to the templates. They live in
 * the package's `templates/` folder (text assets, published with the package), not in code.
 */
export interface DocumentTemplates {
  /** templates/appspec.yaml.hbs */
  readonly appSpec: string;
  /** templates/service-readme.md.hbs */
  readonly serviceReadme: string;
  /** templates/task-readme.md.hbs */
  readonly taskReadme: string;
  /** templates/cluster-readme.md.hbs */
  readonly clusterReadme: string;
  /** templates/load-balancer-readme.md.hbs */
  readonly loadBalancerReadme: string;
}

/**
 * The template texts embedded by the CLI bundle (scripts/bundle.mjs defines it, keyed by file
 * name), so the bundled CLI reads no files for its documents. Undefined when running from tsc's
 * dist/ or from source, where the files are read instead.
 */
declare const __BERTH_TEMPLATES__: Readonly<Record<string, string>> | undefined;

/**
 * The edge that reads the template files, once per process. Resolved against this module's own
 * URL, so it finds `templates/` from `src/docs/` (tests) and from `dist/docs/` (the published
 * library) alike: both sit two levels below the package root. Reading at import keeps the
 * renderers pure: they get the text as an argument and never touch the disk.
 */
async function load(): Promise<DocumentTemplates> {
  const embedded = typeof __BERTH_TEMPLATES__ === "undefined" ? undefined : __BERTH_TEMPLATES__;
  const root = new URL("../../templates/", import.meta.url);
  const read = async (name: string) => embedded?.[name] ?? readFile(new URL(name, root), "utf8");
  const [appSpec, serviceReadme, taskReadme, clusterReadme, loadBalancerReadme] = await Promise.all([
    read("appspec.yaml.hbs"),
    read("service-readme.md.hbs"),
    read("task-readme.md.hbs"),
    read("cluster-readme.md.hbs"),
    read("load-balancer-readme.md.hbs"),
  ]);
  return { appSpec, serviceReadme, taskReadme, clusterReadme, loadBalancerReadme };
}

/** The templates, read when this module is first imported. */
export const DOCUMENT_TEMPLATES: DocumentTemplates = await load();
