import { describe, expect, it } from "vitest";
import { Ref } from "../../../src/backends/cloudformation/intrinsics.js";
import { canonical, cfnTags, compareCodePoints, nonEmpty } from "../../../src/backends/cloudformation/values.js";

describe("compareCodePoints", () => {
  it("orders by code point, not by locale", () => {
    expect(["b", "a", "Z", "_", "B"].sort(compareCodePoints)).toEqual(["B", "Z", "_", "a", "b"]);
    expect(["ab", "a", ""].sort(compareCodePoints)).toEqual(["", "a", "ab"]);
  });

  it("orders astral characters after the rest of the BMP (UTF-16 order would not)", () => {
    const astral = "\u{1F600}";
    const highBmp = "\uFFFD";
    expect([astral, highBmp].sort(compareCodePoints)).toEqual([highBmp, astral]);
  });
});

describe("canonical", () => {
  it("sorts mapping keys deeply, keeps list order, drops undefined", () => {
    const value = canonical({ b: 1, a: { d: [3, 1, { z: 1, y: undefined, x: 2 }], c: undefined } });
    expect(JSON.stringify(value)).toBe('{"a":{"d":[3,1,{"x":2,"z":1}]},"b":1}');
  });

  it("leaves intrinsics untouched", () => {
    const ref = new Ref("A");
    expect(canonical({ k: ref })).toStrictEqual({ k: ref });
  });
});

describe("cfnTags / nonEmpty", () => {
  it("lists tags sorted by key, or nothing", () => {
    expect(cfnTags({ b: "2", B: "1" })).toEqual([
      { Key: "B", Value: "1" },
      { Key: "b", Value: "2" },
    ]);
    expect(cfnTags({})).toBeUndefined();
  });

  it("turns empty lists into undefined", () => {
    expect(nonEmpty([])).toBeUndefined();
    expect(nonEmpty(["a"])).toEqual(["a"]);
  });
});
