import { findPlaceholders } from "../../spec/placeholders.js";
import { createCollector } from "../context.js";
import type { ProjectRule } from "../project.js";

/**
 * B120 (warning): a value `berth init` wrote for the user to replace is still there. A warning,
 * not an error, so the starter spec validates and generates as written; the output names an
 * account and network that do not exist until the placeholders are replaced.
 */
export const initPlaceholders: ProjectRule = (definitions) =>
  definitions.flatMap(({ file, spec }) => {
    const { context, diagnostics } = createCollector(file);
    for (const found of findPlaceholders(spec)) context.report("B120", found.path, { value: found.value, what: found.what }, "warning");
    return diagnostics;
  });
