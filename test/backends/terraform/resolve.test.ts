import { TerraformElement } from "cdktf";
import { describe, expect, it } from "vitest";
import { loadEmitters } from "../../../src/backends/terraform/resources/index.js";
import { cdktfResolve, resolveTokens } from "../../../src/backends/terraform/resolve.js";
import { buildStack } from "../../../src/backends/terraform/synth.js";
import { compile } from "../../../src/compile.js";
import { importSpecs, specFilesIn } from "../../support/specs.js";

/**
 * resolveTokens must give exactly what cdktf's resolver gives, element by element, for every
 * stack the examples and valid fixtures produce (tokens in strings, lists, maps and numbers,
 * references, variables, data sources, the container definitions JSON).
 */
describe("resolveTokens equals cdktf's Tokenization.resolve", async () => {
  const specs = await importSpecs([...specFilesIn("specs"), ...specFilesIn("test/fixtures/valid")]);
  const { stacks, diagnostics } = await compile(specs, { targets: [], hcl: false });

  it("compiles the examples", () => {
    expect(diagnostics).toEqual([]);
    // A spec with environments makes one stack per environment.
    expect(stacks.length).toBeGreaterThanOrEqual(specs.length);
  });

  for (const stack of stacks) {
    it(`${stack.source}: every element resolves the same`, async () => {
      const scope = buildStack(stack, await loadEmitters(stack.resources));
      const elements = scope.node.findAll().filter(TerraformElement.isTerraformElement);
      expect(elements.length).toBeGreaterThan(stack.resources.length);
      let tokens = 0;
      for (const element of elements) {
        const expected = cdktfResolve(element.toTerraform(), scope);
        expect(resolveTokens(element.toTerraform(), scope), element.node.path).toEqual(expected);
        if (JSON.stringify(element.toTerraform()).includes("TfToken[")) tokens++;
      }
      // The comparison is only meaningful if some elements do carry tokens.
      expect(tokens).toBeGreaterThan(0);
    });
  }

  it("handles tokens in every position cdktf allows", async () => {
    const [stack] = stacks;
    const scope = buildStack(stack!, await loadEmitters(stack!.resources));
    const { Token, Fn } = await import("cdktf");
    const asString = Token.asString(Fn.upper("x"));
    const asNumber = Fn.lengthOf([1, 2]);
    const asList = Token.asList(Fn.concat([["a"], ["b"]]));
    const sample = { text: `pre-${asString}-post`, number: asNumber, list: asList, nested: [asString, { n: asNumber, u: undefined }], plain: "1e10 in text", gone: undefined };
    const expected = cdktfResolve(sample, scope);
    expect(JSON.stringify(expected)).toContain("upper(");
    expect(JSON.stringify(expected)).toContain("length(");
    expect(resolveTokens(sample, scope)).toEqual(expected);
  });
});
