import { describe, expect, it } from "vitest";
import { isIpv6Cidr, isPrefixListId } from "../../src/spec/aws-formats.js";
import { ruleEndpoint, uniqueIngress } from "../../src/lower/security-group-rules.js";

describe("isIpv6Cidr", () => {
  it.each(["::/0", "2001:db8::/32", "2600:1f18:abcd:1200::/56", "fe80:0:0:0:0:0:0:1/128", "2001:DB8::/32"])("accepts %s", (value) => {
    expect(isIpv6Cidr(value)).toBe(true);
  });
  it.each(["10.0.0.0/16", "2001:db8::/129", "2001:db8::", "2001:db8:::/32", "1::2::3/64", "2001:db8:0:0:0:0:0:0:1/64", "12345::/16", "::/"])("refuses %s", (value) => {
    expect(isIpv6Cidr(value)).toBe(false);
  });
});

describe("isPrefixListId", () => {
  it("accepts 8 and 17 hex digits", () => {
    expect(isPrefixListId("pl-63a5400a")).toBe(true);
    expect(isPrefixListId("pl-0a1b2c3d4e5f60718")).toBe(true);
  });
  it("refuses other lengths, upper case and other prefixes", () => {
    expect(isPrefixListId("pl-63a5400")).toBe(false);
    expect(isPrefixListId("pl-63A5400A")).toBe(false);
    expect(isPrefixListId("sg-63a5400a")).toBe(false);
  });
});

describe("security group rule lowering", () => {
  it("tells security groups, prefix lists and CIDR blocks apart", () => {
    expect(ruleEndpoint("sg-0a1b2c3d")).toEqual({ securityGroupId: "sg-0a1b2c3d" });
    expect(ruleEndpoint("pl-0a1b2c3d")).toEqual({ prefixListId: "pl-0a1b2c3d" });
    expect(ruleEndpoint("::/0")).toEqual({ cidr: "::/0" });
  });
  it("keeps the first of two identical ingress rules (allowFrom restated in ingress)", () => {
    const rule = { protocol: "tcp" as const, fromPort: 8080, toPort: 8080, source: { cidr: "10.0.0.0/16" } };
    const rules = uniqueIngress([
      { ...rule, description: "from allowFrom" },
      { ...rule, description: "from ingress" },
      { ...rule, toPort: 8081, description: "a range" },
    ]);
    expect(rules.map((r) => r.description)).toEqual(["from allowFrom", "a range"]);
  });
});
