import { DefaultTokenResolver, StringConcat, Token, Tokenization, type TerraformStack } from "cdktf";

/** cdktf's own token resolver (what TerraformStack.toTerraform uses), made once. */
const TOKEN_RESOLVER = new DefaultTokenResolver(new StringConcat());

/**
 * A string that may hold a cdktf token: a string, list or map token marker, or text that looks
 * like a number in exponent form (cdktf encodes number tokens as huge doubles and finds them in
 * strings by that shape). Deliberately wider than cdktf's own tests: a false positive only sends
 * the string through cdktf's resolver.
 */
const MAY_HOLD_TOKEN = /TfToken\[|\d[eE][-+]?\d/;

/**
 * Resolves cdktf tokens in a synthesized fragment exactly as `Tokenization.resolve` does, but
 * hands cdktf only the values that can hold a token. cdktf's resolver builds a context and runs
 * three pattern tests for every string of the configuration, which made it most of the cost of
 * Terraform synthesis; nearly all of berth's values are plain literals. For a plain value the
 * result is what cdktf returns for it: a copy with `undefined` entries dropped.
 * test/backends/terraform/resolve.test.ts compares both on every example stack.
 */
export function resolveTokens(value: unknown, scope: TerraformStack): unknown {
  if (typeof value === "string") return MAY_HOLD_TOKEN.test(value) ? cdktfResolve(value, scope) : value;
  if (typeof value === "number") return Token.isUnresolved(value) ? cdktfResolve(value, scope) : value;
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  if (Array.isArray(value)) {
    // A list token inside a list is resolved by cdktf as a whole list.
    if (value.some((item) => typeof item === "string" && MAY_HOLD_TOKEN.test(item))) return cdktfResolve(value, scope);
    return value.map((item) => resolveTokens(item, scope)).filter((item) => item !== undefined);
  }
  if (Tokenization.isResolvable(value)) return cdktfResolve(value, scope);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // A token as a key (a map token) is cdktf's to resolve, with its whole object.
    if (MAY_HOLD_TOKEN.test(key)) return cdktfResolve(value, scope);
    const resolved = resolveTokens(item, scope);
    if (resolved !== undefined) out[key] = resolved;
  }
  return out;
}

/** cdktf's resolution of one value, as TerraformStack.toTerraform calls it. */
export function cdktfResolve(value: unknown, scope: TerraformStack): unknown {
  return Tokenization.resolve(value, { scope, preparing: false, resolver: TOKEN_RESOLVER });
}
