import { anyYamlDocumentSchema, yamlDocumentSchema, type SchemaKind } from "../spec/json-schema.js";
import { EXIT, type CliIo } from "./io.js";

/**
 * `berth schema [--kind <kind>]`: prints the JSON Schema of YAML spec documents, of one kind or
 * of any kind (exactly one of `service:`, `task:`, `cluster:`). The same documents ship in the
 * package as dist/schema/<kind>.json and dist/schema/spec.json.
 */
export function schemaCommand(kind: SchemaKind | undefined, io: CliIo): number {
  const schema = kind === undefined ? anyYamlDocumentSchema() : yamlDocumentSchema(kind);
  io.stdout(JSON.stringify(schema, null, 2) + "\n");
  return EXIT.ok;
}
