import yaml from "js-yaml";
import type { SourceLocation } from "../diagnostics/diagnostic.js";
import { parsePath } from "./locate.js";

/** One composed YAML node: where it starts and the nodes composed inside it, in source order. */
interface YamlNode {
  readonly location: SourceLocation;
  readonly children: YamlNode[];
  result?: unknown;
}

/**
 * Parses a YAML spec into a tree of node positions. js-yaml keeps no positions in what it
 * returns, but its `listener` reports each node as it opens and closes: nesting the events
 * rebuilds the document's tree, a mapping's children alternating key and value, a sequence's
 * children being its items. Undefined when the text is not YAML (the loader reports that).
 */
export function yamlNodeTree(text: string): YamlNode | undefined {
  const root: YamlNode = { location: { line: 1, column: 1 }, children: [] };
  const stack: YamlNode[] = [root];
  try {
    yaml.load(text, {
      schema: yaml.CORE_SCHEMA,
      listener(event, state) {
        if (event === "open") {
          stack.push({ location: { line: state.line + 1, column: state.position - state.lineStart + 1 }, children: [] });
          return;
        }
        const node = stack.pop()!;
        node.result = state.result;
        stack[stack.length - 1]!.children.push(node);
      },
    });
  } catch {
    return undefined;
  }
  return root.children[0];
}

/** A block sequence item is reported twice (the `- ` entry around its value): one node is enough. */
function unwrap(node: YamlNode): YamlNode {
  let current = node;
  while (current.children.length === 1 && current.children[0]!.result === current.result) current = current.children[0]!;
  return current;
}

/**
 * Where a spec path (`container.port`, `network.subnets[1]`) is written in a YAML spec, whose
 * document is one key naming the kind (`service:`) with the spec under it. Points at the key of
 * a mapping entry (where the user looks, as for TypeScript specs) or at a sequence item; when the
 * exact field is absent, at the closest enclosing entry that exists.
 */
export function locateYamlPath(tree: YamlNode, path: string): SourceLocation | undefined {
  const document = unwrap(tree);
  // The spec is the value of the document's single key.
  if (document.children.length !== 2) return undefined;
  let found: YamlNode = document.children[0]!;
  let current: YamlNode = unwrap(document.children[1]!);
  for (const segment of parsePath(path)) {
    const next = typeof segment === "number" ? itemOf(current, segment) : entryOf(current, segment);
    if (!next) break;
    found = next.anchor;
    current = unwrap(next.value);
  }
  return found.location;
}

function itemOf(node: YamlNode, index: number): { anchor: YamlNode; value: YamlNode } | undefined {
  if (!Array.isArray(node.result)) return undefined;
  const item = node.children[index];
  return item && { anchor: item, value: item };
}

function entryOf(node: YamlNode, key: string): { anchor: YamlNode; value: YamlNode } | undefined {
  if (node.result === null || typeof node.result !== "object" || Array.isArray(node.result)) return undefined;
  for (let i = 0; i + 1 < node.children.length; i += 2) {
    const keyNode = unwrap(node.children[i]!);
    if (String(keyNode.result) === key) return { anchor: keyNode, value: node.children[i + 1]! };
  }
  return undefined;
}
