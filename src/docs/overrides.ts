import type { Override, Stack } from "../ir/index.js";
import { cell, code } from "./markdown.js";

function row(engine: string, override: Override): Record<string, string> {
  return {
    engine,
    target: code(cell(override.target)),
    path: code(cell(override.path)),
    value: override.value === null ? "(removed)" : code(cell(JSON.stringify(override.value))),
  };
}

/**
 * The README's rows for the spec's overrides, CloudFormation first, each in the IR's order:
 * what the spec changed in the output by hand, which berth does not validate.
 */
export function overrideRows(stack: Stack): Record<string, string>[] {
  const overrides = stack.overrides;
  if (overrides === undefined) return [];
  return [...overrides.cloudformation.map((o) => row("CloudFormation", o)), ...overrides.terraform.map((o) => row("Terraform", o))];
}
