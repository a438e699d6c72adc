import { entry, list } from "./entry.js";

/** Environments of a spec (`environments: { staging: {…}, prod: {…} }`) and `--env` (B140–B159). */
export const environmentsEntries = {
  B140: entry<{ found: string }>({
    message: (a) => `environments must be an object with at least one environment, e.g. { staging: { … }, prod: { … } }; found ${a.found}.`,
    hint: () => "Each key names an environment; its value overrides fields of the spec for that environment. Remove `environments` for a single stack.",
  }),
  B141: entry<{ environment: string }>({
    message: (a) => `"${a.environment}" is not a valid environment name.`,
    hint: () =>
      "Environment names are 1–16 lower-case letters, digits and hyphens, starting with a letter (e.g. staging, prod, eu-prod); " +
      "they become part of every resource name and the output folder. `cloudformation` and `terraform` are reserved: they name output folders.",
  }),
  B142: entry<{ environment: string; found: string }>({
    message: (a) => `The overrides of environment "${a.environment}" must be an object of spec fields; found ${a.found}.`,
    hint: () => "Write the fields this environment changes, e.g. staging: { desiredCount: 1, cpu: 256, memory: 512 }.",
  }),
  B143: entry<{ environment: string; field: string }>({
    message: (a) => `Environment "${a.environment}" cannot override \`${a.field}\`.`,
    hint: (a) =>
      a.field === "name"
        ? "The spec's name names its output folder; every environment's resources are named <name>-<environment> already."
        : "Environments do not nest: declare every environment in the spec's own `environments`.",
  }),
  B144: entry<{ field: string; value: string; environments: readonly string[]; account: string; region: string }>({
    message: (a) =>
      `Environments ${list(a.environments)} set ${a.field} to the same value, "${a.value}", in account ${a.account}, region ${a.region}; ` +
      "the resources of one environment would collide with (or replace) the other's.",
    hint: () =>
      "Give each environment its own value in its `environments` entry (names berth derives already include the environment), " +
      "or deploy the environments to different accounts or regions.",
  }),
  B145: entry<{ environment: string; known: readonly string[] }>({
    message: (a) => `--env names "${a.environment}", which no spec of this run declares.`,
    hint: (a) => (a.known.length > 0 ? `Environments the specs declare: ${list(a.known)}.` : "No spec of this run declares `environments`."),
  }),
} as const;
