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
}

/**
 * The edge that reads the template files, once per process. Resolved against this module's own
 * URL, so it finds `templates/` from `src/docs/` (tests, tsx) and from `dist/docs/` (the built
 * CLI and the published package) alike: both sit two levels below the package root. Reading at
 * import keeps the renderers pure: they get the text as an argument and never touch the disk.
 */
async function load(): Promise<DocumentTemplates> {
  const root = new URL("../../templates/", import.meta.url);
  const read = (name: string) => readFile(new URL(name, root), "utf8");
  const [appSpec, serviceReadme, taskReadme, clusterReadme] = await Promise.all([
    read("appspec.yaml.hbs"),
    read("service-readme.md.hbs"),
    read("task-readme.md.hbs"),
    read("cluster-readme.md.hbs"),
  ]);
  return { appSpec, serviceReadme, taskReadme, clusterReadme };
}

/** The templates, read when this module is first imported. */
export const DOCUMENT_TEMPLATES: DocumentTemplates = await load();
