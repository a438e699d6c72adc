import yaml from "js-yaml";

/**
 * CloudFormation intrinsic functions as small value classes, and the js-yaml schema that writes
 * them in short form (`!Ref X`, `!GetAtt X.Attr`, `!Sub "…"`) and reads them back.
 *
 * Classes rather than `{ Ref: "X" }` objects: the dumper recognises them by `instanceof`, so the
 * short form is chosen by type, never by guessing at the shape of a plain mapping.
 */

/** `!Ref <logicalId>`: a resource's primary identifier or a parameter's value. */
export class Ref {
  /** @param logicalId Logical id of a resource or parameter (or a pseudo parameter such as `AWS::Region`). */
  constructor(readonly logicalId: string) {}
}

/** `!GetAtt <logicalId>.<attribute>`: a named attribute of a resource. */
export class GetAtt {
  /**
   * @param logicalId Logical id of the resource.
   * @param attribute Attribute name as CloudFormation documents it, e.g. `Arn`, `GroupId`.
   */
  constructor(
    readonly logicalId: string,
    readonly attribute: string,
  ) {}
}

/** `!Sub "<template>"`: string interpolation of `${Name}` / `${Resource.Attr}` / `${AWS::…}`. */
export class Sub {
  /** @param template The string with `${…}` placeholders, exactly as CloudFormation reads it. */
  constructor(readonly template: string) {}
}

/**
 * `!Base64 "<text>"`: the base64 encoding of a literal, for properties that want encoded text
 * (EC2 user data). Keeps the text readable in the template and in review diffs.
 */
export class Base64 {
  /** @param text The plain text to encode at deploy time. */
  constructor(readonly text: string) {}
}

/**
 * `!ImportValue "<name>"`: the value another stack exports under `name`. The exporting stack
 * must be deployed first, and cannot drop or change that export while this stack imports it.
 */
export class ImportValue {
  /** @param exportName The export's name, exactly as the other stack's output declares it. */
  constructor(readonly exportName: string) {}
}

/** Any intrinsic this backend emits. */
export type Intrinsic = Ref | GetAtt | Sub | Base64 | ImportValue;

/** True for an intrinsic function value (as opposed to a literal, list or mapping). */
export function isIntrinsic(value: unknown): value is Intrinsic {
  return value instanceof Ref || value instanceof GetAtt || value instanceof Sub || value instanceof Base64 || value instanceof ImportValue;
}

function parseGetAtt(text: string): GetAtt {
  // Logical ids are alphanumeric, so the first dot separates id from attribute; attributes
  // themselves may contain dots (e.g. `Endpoint.Address`).
  const dot = text.indexOf(".");
  return new GetAtt(text.slice(0, dot), text.slice(dot + 1));
}

const refType = new yaml.Type("!Ref", {
  kind: "scalar",
  instanceOf: Ref,
  resolve: (data: unknown) => typeof data === "string" && data.length > 0,
  construct: (data: string) => new Ref(data),
  represent: (value: object) => (value as Ref).logicalId,
});

const getAttScalarType = new yaml.Type("!GetAtt", {
  kind: "scalar",
  instanceOf: GetAtt,
  resolve: (data: unknown) => typeof data === "string" && data.indexOf(".") > 0,
  construct: (data: string) => parseGetAtt(data),
  represent: (value: object) => `${(value as GetAtt).logicalId}.${(value as GetAtt).attribute}`,
});

// Load-only: hand-written templates may use the list form `!GetAtt [Id, Attr]`. No instanceOf,
// so the dumper never picks it and output stays in the scalar short form.
const getAttSequenceType = new yaml.Type("!GetAtt", {
  kind: "sequence",
  resolve: (data: unknown) =>
    Array.isArray(data) && data.length === 2 && data.every((part) => typeof part === "string"),
  construct: (data: [string, string]) => new GetAtt(data[0], data[1]),
});

const subType = new yaml.Type("!Sub", {
  kind: "scalar",
  instanceOf: Sub,
  resolve: (data: unknown) => typeof data === "string",
  construct: (data: string) => new Sub(data),
  represent: (value: object) => (value as Sub).template,
});

const base64Type = new yaml.Type("!Base64", {
  kind: "scalar",
  instanceOf: Base64,
  resolve: (data: unknown) => typeof data === "string",
  construct: (data: string) => new Base64(data),
  represent: (value: object) => (value as Base64).text,
});

const importValueType = new yaml.Type("!ImportValue", {
  kind: "scalar",
  instanceOf: ImportValue,
  resolve: (data: unknown) => typeof data === "string" && data.length > 0,
  construct: (data: string) => new ImportValue(data),
  represent: (value: object) => (value as ImportValue).exportName,
});

/*
 * js-yaml has no per-tag quoting option, but it double-quotes any string that an implicit type
 * of the schema would resolve (to keep the round trip exact). This identity type "resolves"
 * strings containing `${`, so every Sub template (and any literal holding `${`) is written
 * `"…${X}"`: placeholders stand out in review and no reader mistakes them for plain text.
 * Loading is unaffected: such plain scalars still construct to the same string.
 */
const interpolationType = new yaml.Type("tag:berth.dev,2025:interpolation", {
  kind: "scalar",
  resolve: (data: unknown) => typeof data === "string" && data.includes("${"),
  construct: (data: string) => data,
});

/** js-yaml schema for CloudFormation templates: the default schema plus short-form intrinsics. */
export const CFN_SCHEMA: yaml.Schema = yaml.DEFAULT_SCHEMA.extend({
  implicit: [interpolationType],
  explicit: [refType, getAttScalarType, getAttSequenceType, subType, base64Type, importValueType],
});
