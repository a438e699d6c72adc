import type { Node as TsNode, SourceFile } from "ts-morph";
import type { SourceLocation } from "../diagnostics/diagnostic.js";

type TsMorph = typeof import("ts-morph");

/**
 * Finds where a spec path (`container.secrets.DB_PASSWORD`, `sidecars[0].name`) is written in a
 * spec's source, so diagnostics can point at `file:line:col`. Walks the object literal passed to
 * the default-exported `defineService(...)` call. When the exact field is absent (a missing
 * required key), it points at the closest enclosing object that exists. Undefined when the spec
 * is not written as a literal (built by a function, say).
 */
export function locatePath(morph: TsMorph, source: SourceFile, path: string): SourceLocation | undefined {
  const { Node, SyntaxKind } = morph;
  const exported = source.getDefaultExportSymbol()?.getDeclarations()[0];
  let node: TsNode | undefined = exported && Node.isExportAssignment(exported) ? exported.getExpression() : undefined;
  if (node && Node.isCallExpression(node)) node = node.getArguments()[0];
  if (!node) return undefined;
  let found: TsNode = node;
  for (const segment of parsePath(path)) {
    const current: TsNode = unwrap(morph, found);
    let next: TsNode | undefined;
    if (typeof segment === "number" && Node.isArrayLiteralExpression(current)) next = current.getElements()[segment];
    else if (typeof segment === "string" && Node.isObjectLiteralExpression(current)) {
      const property = current.getProperties().find((p) => propertyName(morph, p) === segment);
      next = property && Node.isPropertyAssignment(property) ? property.getInitializerOrThrow() : property;
      if (property && next === undefined) next = property;
    }
    if (!next) break;
    // Point at the key for properties, not at the value: that is where the user looks.
    found = next;
  }
  const anchor = found.getParentIfKind(SyntaxKind.PropertyAssignment) ?? found;
  const { line, column } = source.getLineAndColumnAtPos(anchor.getStart());
  return { line, column };
}

function unwrap(morph: TsMorph, node: TsNode): TsNode {
  const { Node } = morph;
  if (Node.isAsExpression(node) || Node.isSatisfiesExpression(node) || Node.isParenthesizedExpression(node)) return unwrap(morph, node.getExpression());
  return node;
}

function propertyName(morph: TsMorph, property: TsNode): string | undefined {
  const { Node } = morph;
  if (Node.isPropertyAssignment(property) || Node.isShorthandPropertyAssignment(property)) {
    const name = property.getNameNode();
    return Node.isStringLiteral(name) || Node.isNumericLiteral(name) ? name.getLiteralText() : name.getText();
  }
  return undefined;
}

/** Splits the dotted path users see back into segments. */
export function parsePath(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  const pattern = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (const match of path.matchAll(pattern)) {
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[3] !== undefined) segments.push(JSON.parse(match[3]) as string);
  }
  return segments;
}
