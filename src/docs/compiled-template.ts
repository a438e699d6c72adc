import Handlebars from "handlebars";
import { PRECOMPILED_TEMPLATES } from "./precompiled-templates.js";

/** A compiled handlebars template: data in, text out. */
export type TemplateRenderer = (data: Record<string, unknown>) => string;

/**
 * Options every berth document is compiled with (scripts/bundle.mjs precompiles with the same):
 * no HTML escaping (the data is escaped for its format already) and strict (a field the template
 * names but the data lacks is a berth bug, not an empty string).
 */
export const TEMPLATE_OPTIONS = { noEscape: true, strict: true } as const;

/** One renderer per template text, for the life of the process. */
const renderers = new Map<string, TemplateRenderer>();

/**
 * The renderer of a template text, made once and reused for every later stack: compiling is the
 * expensive part of handlebars, and a run renders the same few templates once per stack. The CLI
 * bundle finds its templates precompiled at build time. A cache keyed by the text keeps the
 * renderers pure functions of their input.
 */
export function compiledTemplate(template: string): TemplateRenderer {
  let render = renderers.get(template);
  if (render === undefined) {
    const precompiled = PRECOMPILED_TEMPLATES.get(template);
    render = precompiled ? Handlebars.template(precompiled) : Handlebars.create().compile(template, TEMPLATE_OPTIONS);
    renderers.set(template, render);
  }
  return render;
}
