import { Project, type CodeBlockWriter } from "ts-morph";
import { Call, SpecObject, type SpecValue } from "./spec-tree.js";
import type { MappedSpec } from "./map-task.js";

/** A property key as TypeScript source: bare when it is an identifier, quoted otherwise. */
function key(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

/** The helpers a value calls (`secretsManager`, `ssmParameter`), to import them. */
function calls(value: SpecValue, found: Set<string>): Set<string> {
  if (value instanceof Call) {
    found.add(value.fn);
    value.args.forEach((a) => calls(a, found));
  } else if (value instanceof SpecObject) value.properties.forEach((p) => calls(p.value, found));
  else if (Array.isArray(value)) value.forEach((v: SpecValue) => calls(v, found));
  return found;
}

/** Longest object written on one line (`{ name: "nofile", softLimit: 65536, hardLimit: 65536 }`). */
const INLINE_WIDTH = 90;

/** An object of plain values and no TODOs, on one line, when it is short enough; else undefined. */
function inline(value: SpecObject): string | undefined {
  const parts: string[] = [];
  for (const property of value.properties) {
    const v = property.value;
    if (property.todo !== undefined || v instanceof Call || v instanceof SpecObject) return undefined;
    if (Array.isArray(v) && !v.every((item: SpecValue) => typeof item !== "object")) return undefined;
    parts.push(`${key(property.key)}: ${Array.isArray(v) ? `[${v.map((item: SpecValue) => JSON.stringify(item)).join(", ")}]` : JSON.stringify(v)}`);
  }
  const text = `{ ${parts.join(", ")} }`;
  return text.length <= INLINE_WIDTH ? text : undefined;
}

/** Writes one value with ts-morph's code writer; objects one property a line (short plain ones inline), TODOs above. */
function writeValue(writer: CodeBlockWriter, value: SpecValue): void {
  if (value instanceof Call) {
    writer.write(`${value.fn}(`);
    value.args.forEach((arg, i) => {
      if (i > 0) writer.write(", ");
      writeValue(writer, arg);
    });
    writer.write(")");
  } else if (value instanceof SpecObject) {
    if (value.properties.length === 0) {
      writer.write("{}");
      return;
    }
    const oneLine = inline(value);
    if (oneLine !== undefined) {
      writer.write(oneLine);
      return;
    }
    writer.write("{").newLine();
    writer.indent(() => {
      for (const property of value.properties) {
        if (property.todo !== undefined) writer.writeLine(`// TODO: ${property.todo}`);
        writer.write(`${key(property.key)}: `);
        writeValue(writer, property.value);
        writer.write(",").newLine();
      }
    });
    writer.write("}");
  } else if (Array.isArray(value)) {
    const simple = value.every((v: SpecValue) => typeof v !== "object");
    if (simple) {
      writer.write(`[${value.map((v: SpecValue) => JSON.stringify(v)).join(", ")}]`);
      return;
    }
    writer.write("[").newLine();
    writer.indent(() => {
      for (const item of value as readonly SpecValue[]) {
        writeValue(writer, item);
        writer.write(",").newLine();
      }
    });
    writer.write("]");
  } else {
    writer.write(JSON.stringify(value));
  }
}

/**
 * The spec file's text: `import { defineTask, … } from "berth"`, a comment naming the input,
 * and `export default defineTask({ … })`, built with ts-morph and formatted by its formatter.
 */
export function writeSpec(mapped: MappedSpec, source: string): string {
  const project = new Project({ useInMemoryFileSystem: true });
  const file = project.createSourceFile(`${mapped.name}.ts`, "");
  const define = mapped.kind === "task" ? "defineTask" : "defineService";
  const helpers = [...calls(mapped.spec, new Set<string>())].sort();
  file.addImportDeclaration({ moduleSpecifier: "berth", namedImports: [define, ...helpers] });
  file.addStatements((writer) => {
    writer.writeLine("/**");
    writer.writeLine(` * Imported by \`berth import\` from ${source}.`);
    writer.writeLine(" * Review every TODO below, then run `npx berth generate`.");
    writer.writeLine(" */");
    writer.write(`export default ${define}(`);
    writeValue(writer, mapped.spec);
    writer.write(");").newLine();
  });
  file.formatText({ indentSize: 2, tabSize: 2, convertTabsToSpaces: true });
  // ts-morph separates the import from the first statement by no line at all; the repo's specs use one blank line.
  return file.getFullText().replace(/^(import [^\n]*\n)\n*/, "$1\n");
}
