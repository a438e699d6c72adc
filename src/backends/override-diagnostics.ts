import { render } from "../diagnostics/catalogue.js";
import { formatPath, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Stack } from "../ir/index.js";
import { TARGETS } from "./backend.js";
import { BACKENDS } from "./registry.js";

/**
 * B950–B952 for overrides that name a resource the stack's output lacks or a path that cannot be
 * entered: the one user-input check that needs emitted output, so it runs between lowering and
 * emission, for every backend whatever the targets (a spec is valid or not, independent of what
 * is generated). Each backend is loaded only for stacks that override its output.
 */
export async function overrideDiagnostics(stacks: readonly Stack[]): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  for (const target of TARGETS) {
    const overridden = stacks.filter((stack) => (stack.overrides?.[target].length ?? 0) > 0);
    if (overridden.length === 0) continue;
    const backend = await BACKENDS[target]();
    const engine = target === "cloudformation" ? "CloudFormation" : "Terraform";
    for (const stack of overridden) {
      const reported = new Set<string>();
      for (const finding of await backend.overrideFindings(stack)) {
        const file = stack.source;
        const base = ["overrides", target, finding.target];
        if (finding.known !== undefined) {
          if (reported.has(finding.target)) continue;
          reported.add(finding.target);
          diagnostics.push({ code: "B950", severity: "error", file, path: formatPath(base), ...render("B950", { engine, target: finding.target, known: finding.known }) });
        } else if (finding.problem !== undefined && finding.path !== undefined) {
          const { problem, path } = finding;
          const at = formatPath([...base, path]);
          diagnostics.push(
            problem.kind === "leaf"
              ? { code: "B951", severity: "error", file, path: at, ...render("B951", { engine, target: finding.target, path, at: problem.at, found: problem.found }) }
              : { code: "B952", severity: "error", file, path: at, ...render("B952", { engine, target: finding.target, path, at: problem.at, segment: problem.segment, length: problem.length }) },
          );
        }
      }
    }
  }
  return diagnostics;
}
