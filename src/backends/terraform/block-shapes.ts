import { TerraformDataSource, TerraformProvider, TerraformResource, type TerraformStack } from "cdktf";

/** Which keys of a body are nested blocks (with their own nested blocks); every other key is an attribute. */
export interface BlockShape {
  readonly [key: string]: BlockShape;
}

/**
 * Block shapes of every resource (`<type>.<name>`), data source (`data.<type>.<name>`) and
 * provider (`provider.<name>`) in a stack.
 */
export type BlockShapes = ReadonlyMap<string, BlockShape>;

type Body = Record<string, unknown>;

function isBody(value: unknown): value is Body {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** One attribute of a cdktf HCL fragment: `{ value, isBlock, type, … }` (providers spell it `is_block`). */
function isBlockAttribute(value: unknown): value is { value: unknown } {
  return isBody(value) && "value" in value && (value["isBlock"] === true || value["is_block"] === true);
}

function merge(shapes: readonly BlockShape[]): BlockShape {
  const merged: Record<string, BlockShape> = {};
  for (const shape of shapes) {
    for (const [key, nested] of Object.entries(shape)) merged[key] = merge([merged[key] ?? {}, nested]);
  }
  return merged;
}

/** The block shape of one fragment body; list/set blocks merge the shapes of their elements. */
function shapeOf(body: Body): BlockShape {
  const shape: Record<string, BlockShape> = {};
  for (const [key, attribute] of Object.entries(body)) {
    if (key === "//" || !isBlockAttribute(attribute)) continue;
    const items = Array.isArray(attribute.value) ? attribute.value : [attribute.value];
    shape[key] = merge(items.filter(isBody).map(shapeOf));
  }
  return shape;
}

/**
 * Reads block-vs-attribute information from cdktf's HCL fragments. Terraform JSON cannot tell a
 * nested block (`health_check`) from an object-valued attribute (`tags`); the provider binding
 * knows, and records it as `isBlock` in each element's `toHclTerraform()` fragment. Only the
 * structure is read: token values stay unresolved and are never used.
 */
export function blockShapes(scope: TerraformStack): BlockShapes {
  const shapes = new Map<string, BlockShape>();
  for (const element of scope.node.findAll()) {
    if (!(element instanceof TerraformResource || element instanceof TerraformProvider || element instanceof TerraformDataSource)) continue;
    const fragment: unknown = element.toHclTerraform();
    if (!isBody(fragment)) continue;
    for (const section of ["resource", "provider", "data"] as const) {
      const byType = fragment[section];
      if (!isBody(byType)) continue;
      for (const [type, entries] of Object.entries(byType)) {
        if (section === "provider") {
          const bodies = (Array.isArray(entries) ? entries : [entries]).filter(isBody);
          shapes.set(`provider.${type}`, merge(bodies.map(shapeOf)));
        } else if (isBody(entries)) {
          const prefix = section === "data" ? "data." : "";
          for (const [name, body] of Object.entries(entries)) if (isBody(body)) shapes.set(`${prefix}${type}.${name}`, shapeOf(body));
        }
      }
    }
  }
  return shapes;
}
