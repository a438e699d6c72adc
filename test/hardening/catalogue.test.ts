import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../../src/diagnostics/catalogue.js";

describe("the diagnostic catalogue", () => {
  it("gives every code a hint: a diagnostic says what to do, not only what is wrong", () => {
    expect(Object.entries(CATALOGUE).filter(([, entry]) => entry.hint === undefined).map(([code]) => code)).toEqual([]);
  });
});
