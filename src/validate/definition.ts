import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { DEFINITION_KINDS, type DefinitionKind, type DefinitionKindName, type ParsedDefinition } from "../kinds.js";
import { outputFolder } from "../spec/environments.js";
import { environmentNameCollisions } from "./environment-collisions.js";
import { expandEnvironments, mergeInstanceDiagnostics } from "./environments.js";
import { createCollector } from "./context.js";
import { toPlainData } from "./plain-data.js";

/** One spec file's definition after validation: a definition per (selected) environment, or one. */
export interface ValidatedDefinition {
  /** The spec's own name (its folder in out/), when it has one. */
  readonly name?: string;
  /** The environments the spec declares (all of them, whatever `selected` is). */
  readonly declared: readonly string[];
  /** The valid definitions: one per selected environment, or one for a spec without environments. */
  readonly parsed: readonly ParsedDefinition[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Validates one definition of a spec file: its environments are merged into the spec *before*
 * the schema parses it (so defaults apply to each merged spec), each environment is validated
 * as a spec of its own, and findings say which environment they belong to. `selected`
 * narrows the environments (`--env`).
 */
export function validateDefinition(kindName: DefinitionKindName, input: unknown, file: string, selected?: readonly string[]): ValidatedDefinition {
  const kind = DEFINITION_KINDS[kindName] as DefinitionKind<unknown>;
  // Plain data first: the environment merge reads every field, and a throwing getter, a cycle or
  // a __proto__ key must become a diagnostic there too, not an exception or a lost value.
  const { context, diagnostics: unreadable } = createCollector(file);
  const plain = toPlainData(input, context);
  if (!plain.ok) return { declared: [], parsed: [], diagnostics: unreadable };
  const expansion = expandEnvironments(plain.value, file, selected);
  const results = expansion.instances.map((instance) => ({ ...instance, ...kind.validate(instance.input, file) }));
  const diagnostics = [...expansion.diagnostics, ...mergeInstanceDiagnostics(results)];
  const parsed: ParsedDefinition[] = [];
  for (const { environment, spec } of results) {
    if (spec === undefined) continue;
    const name = kind.nameOf(spec);
    const folder = environment === undefined ? name : outputFolder(expansion.name ?? name, environment);
    parsed.push({ kind: kindName, name, file, spec, ...(environment !== undefined ? { environment } : {}), folder });
  }
  const environments = parsed.flatMap(({ environment, spec }) => (environment === undefined ? [] : [{ environment, spec }]));
  if (environments.length > 1) diagnostics.push(...environmentNameCollisions(environments, file));
  return { ...(expansion.name !== undefined ? { name: expansion.name } : {}), declared: expansion.declared, parsed, diagnostics };
}
