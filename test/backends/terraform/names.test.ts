import { describe, expect, it } from "vitest";
import { auxiliaryName, escapeLiterals, escapeTemplate, primaryName, snakeCase } from "../../../src/backends/terraform/names.js";

describe("terraform names", () => {
  it.each([
    ["ExecutionRole", "execution_role"],
    ["TaskDefinition", "task_definition"],
    ["ALBListenerRule", "alb_listener_rule"],
    ["Service2Role", "service2_role"],
    ["AmazonECSTaskExecutionRolePolicy", "amazon_ecs_task_execution_role_policy"],
    ["read-secrets", "read_secrets"],
    ["10.0.0.0/16", "_10_0_0_0_16"],
  ])("snake-cases %s as %s", (input, expected) => {
    expect(snakeCase(input)).toBe(expected);
  });

  it("derives primary and auxiliary names", () => {
    expect(primaryName("SecurityGroup")).toBe("security_group");
    expect(auxiliaryName("SecurityGroup", "egress_all")).toBe("security_group_egress_all");
  });

  it("throws on names with nothing to keep", () => {
    expect(() => snakeCase("///")).toThrow(/berth bug/);
  });

  it("escapes template sequences, and only those", () => {
    expect(escapeTemplate("${aws:username} 100%{x} $5 {y} $${z}")).toBe("$${aws:username} 100%%{x} $5 {y} $$${z}");
  });

  it("escapes strings and keys deeply, leaving other values alone", () => {
    expect(escapeLiterals({ "k${a}": ["${b}", 1, true, null, { c: "%{d}" }] })).toEqual({ "k$${a}": ["$${b}", 1, true, null, { c: "%%{d}" }] });
  });
});
