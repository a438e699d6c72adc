import { readFile } from "node:fs/promises";
import { join } from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { serviceFields } from "../../src/spec/schema/index.js";
import { ROOT } from "../support/specs.js";
import { scratchProject } from "../support/workspace.js";
import { berth } from "./run-cli.js";

type Schema = Record<string, unknown> & { $defs?: Record<string, unknown> };

/** Every `$ref` in a schema document, which must name one of its own `$defs`. */
function refsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsOf);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, item]) => (key === "$ref" && typeof item === "string" ? [item] : refsOf(item)));
}

async function printed(...argv: string[]): Promise<Schema> {
  const result = await berth(await scratchProject(), "schema", ...argv);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Schema;
}

describe("berth schema", () => {
  it("prints each kind's YAML document schema from the zod schema: every field, strict, references resolved", async () => {
    const service = await printed("--kind", "service");
    expect(service).toMatchObject({ type: "object", required: ["service"], additionalProperties: false });
    const spec = (service.properties as Record<string, Schema>).service!;
    expect(Object.keys(spec.properties as object).sort()).toEqual(Object.keys(serviceFields.shape).sort());
    expect(spec.required).toEqual(["name", "account", "region", "cluster", "container"]);
    expect(spec.additionalProperties).toBe(false);
    for (const ref of refsOf(service)) expect(Object.keys(service.$defs ?? {}), ref).toContain(ref.replace("#/$defs/", ""));
    const any = await printed();
    expect((any.oneOf as Schema[]).map((document) => document.required)).toEqual([["service"], ["task"], ["cluster"]]);
    for (const ref of refsOf(any)) expect(Object.keys(any.$defs ?? {}), ref).toContain(ref.replace("#/$defs/", ""));
  });

  it("accepts YAML specs berth accepts and rejects unknown fields (checked by zod's reading of the schema)", async () => {
    for (const kind of ["service", "task", "cluster"] as const) {
      const dir = await scratchProject();
      expect((await berth(dir, "init", "x", "--kind", kind, "--yaml")).code).toBe(0);
      const document = yaml.load(await readFile(join(dir, "specs/x.yaml"), "utf8"), { schema: yaml.CORE_SCHEMA }) as Record<string, Record<string, unknown>>;
      const check = z.fromJSONSchema((await printed("--kind", kind)) as never);
      expect(check.safeParse(document).success, kind).toBe(true);
      expect(check.safeParse({ [kind]: { ...document[kind], colour: "blue" } }).success, kind).toBe(false);
      expect(check.safeParse({ [kind]: document[kind], extra: {} }).success, kind).toBe(false);
      const any = z.fromJSONSchema((await printed()) as never);
      expect(any.safeParse(document).success, kind).toBe(true);
    }
  });

  it("ships the same documents in the package (dist/schema/, written by the build)", async () => {
    for (const kind of ["service", "task", "cluster"] as const) {
      expect(JSON.parse(await readFile(join(ROOT, "dist/schema", `${kind}.json`), "utf8"))).toEqual(await printed("--kind", kind));
    }
    expect(JSON.parse(await readFile(join(ROOT, "dist/schema/spec.json"), "utf8"))).toEqual(await printed());
  });
});
