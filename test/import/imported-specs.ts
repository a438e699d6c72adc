import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { importTaskDefinition, type ImportResult } from "../../src/import/index.js";
import { ROOT } from "../support/specs.js";

/** Where the round-trip task definitions live. */
export const TASKDEF_FOLDER = "test/fixtures/taskdefs";

/** The task definition fixtures, sorted. */
export const TASKDEF_FIXTURES = readdirSync(join(ROOT, TASKDEF_FOLDER)).filter((f) => f.endsWith(".json")).sort();

/** One fixture after `berth import`: its input, the import result and the loaded spec module. */
export interface ImportedFixture {
  readonly input: Record<string, unknown>;
  readonly result: ImportResult;
  /** The written spec's default export, or undefined when the import failed. */
  readonly exported: unknown;
  /** The path `berth import` would write by default (`specs/<family>.ts`). */
  readonly file: string;
}

/**
 * Imports one fixture, writes the spec text into .tmp/ and loads it as a spec module (vitest
 * maps "berth" to the source tree), so the test compiles exactly the text the CLI would write.
 */
export async function importFixture(fixture: string): Promise<ImportedFixture> {
  const text = readFileSync(join(ROOT, TASKDEF_FOLDER, fixture), "utf8");
  const result = importTaskDefinition(text, `${TASKDEF_FOLDER}/${fixture}`);
  const parsed = JSON.parse(text) as Record<string, unknown>;
  const input = (parsed.taskDefinition ?? parsed) as Record<string, unknown>;
  if (result.text === undefined) return { input, result, exported: undefined, file: "" };
  const dir = join(ROOT, ".tmp", "import-round-trip");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${fixture.replace(/\.json$/, "")}.ts`);
  writeFileSync(path, result.text);
  const module = (await import(/* @vite-ignore */ path)) as { default: unknown };
  return { input, result, exported: module.default, file: `specs/${result.name}.ts` };
}
