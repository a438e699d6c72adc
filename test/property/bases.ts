/**
 * The valid specs random specs are grown from: every example and every valid fixture, each with
 * the other definitions of its run (a service's cluster spec). Between them they use every
 * feature of the schema, which `schema-coverage` in valid-specs.test.ts holds true.
 */
import type { LoadedSpec } from "../../src/compile.js";
import type { Definition } from "../../src/spec/define.js";
import { importSpecs, specFilesIn } from "../support/specs.js";

/** A valid definition and the rest of the run it compiles in. */
export interface Base {
  readonly file: string;
  readonly definition: Definition;
  /** Other definitions of its run (cluster specs it references), compiled alongside, unchanged. */
  readonly project: readonly LoadedSpec[];
}

/** Loads every example and valid fixture as a base. */
export async function loadBases(): Promise<Base[]> {
  const examples = await importSpecs(specFilesIn("specs"));
  const fixtures = await importSpecs(specFilesIn("test/fixtures/valid"));
  // Specs other specs reference by name: clusters and load balancers.
  const shared = examples.filter((s) => ["cluster", "load-balancer"].includes((s.exported as Definition).kind));
  const bases: Base[] = [];
  for (const spec of examples) {
    const definition = spec.exported as Definition;
    bases.push({ file: spec.file, definition, project: shared.filter((s) => s.file !== spec.file) });
  }
  for (const spec of fixtures) {
    const mod = (await import(/* @vite-ignore */ `../../${spec.file}`)) as { project?: readonly unknown[] };
    const project = (mod.project ?? []).map((exported, i) => ({ file: `${spec.file}#project[${i}]`, exported }));
    bases.push({ file: spec.file, definition: spec.exported as Definition, project });
  }
  return bases;
}
