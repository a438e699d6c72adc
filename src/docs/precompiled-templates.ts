import type Handlebars from "handlebars";

/** What `Handlebars.precompile` produces and `Handlebars.template` takes. */
export type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/**
 * Handlebars templates precompiled at build time, keyed by their text. Empty here: the CLI
 * bundle (scripts/bundle.mjs) replaces this module with the precompiled templates/*.hbs, so the
 * CLI neither parses templates nor loads handlebars' compiler. From source (tests) and from tsc's
 * dist/ the templates are compiled on first use instead; both paths render the same text.
 */
export const PRECOMPILED_TEMPLATES: ReadonlyMap<string, TemplateSpecification> = new Map();
