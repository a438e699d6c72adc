import { describe, expect, it } from "vitest";
import type { ServiceSpec } from "../../src/spec/schema/index.js";
import { validateService } from "../../src/validate/index.js";
import { codeDeployRoleName } from "../../src/spec/deploy-names.js";
import canary from "../../specs/canary-api.js";
import rolling from "../../specs/rolling-alarms.js";

/** code@path of every finding, with warnings marked. */
function findings(spec: ServiceSpec): string[] {
  return validateService(spec, "specs/x.ts").diagnostics.map((d) => `${d.code}${d.severity === "warning" ? "(warning)" : ""}@${d.path}`);
}
const canaryWith = (deploy: Record<string, unknown>, extra: Partial<ServiceSpec> = {}): ServiceSpec =>
  ({ ...canary.spec, ...extra, deploy: { strategy: "canary", percent: 10, waitMinutes: 5, ...deploy } }) as ServiceSpec;

describe("deployment rules", () => {
  it("accepts the examples", () => {
    expect(findings(canary.spec)).toEqual([]);
    expect(findings(rolling.spec)).toEqual([]);
  });

  it("checks percent and minutes as whole numbers in CodeDeploy's ranges", () => {
    expect(findings(canaryWith({ percent: 0 }))).toEqual(["B801@deploy.percent"]);
    expect(findings(canaryWith({ percent: 12.5 }))).toEqual(["B801@deploy.percent"]);
    expect(findings(canaryWith({ waitMinutes: 0 }))).toEqual(["B802@deploy.waitMinutes"]);
    expect(findings(canaryWith({ terminationWaitMinutes: -1 }))).toEqual(["B802@deploy.terminationWaitMinutes"]);
    expect(findings(canaryWith({ terminationWaitMinutes: 0 }))).toEqual([]);
    expect(findings(canaryWith({ strategy: "linear", percent: 10, intervalMinutes: 2881, waitMinutes: undefined }))).toEqual(["B802@deploy.intervalMinutes"]);
    expect(findings(canaryWith({ strategy: "linear", percent: 33, intervalMinutes: 2880, waitMinutes: undefined }))).toEqual([]);
  });

  it("checks hook and test listener ARNs: service, shape, region and account", () => {
    expect(findings(canaryWith({ hooks: { beforeInstall: "arn:aws:lambda:us-east-1:123456789012:function:Pre:live" } }))).toEqual([]);
    expect(findings(canaryWith({ hooks: { beforeInstall: "PreTrafficHook" } }))).toEqual(["B803@deploy.hooks.beforeInstall"]);
    expect(findings(canaryWith({ hooks: { beforeInstall: "arn:aws:lambda:us-east-1:123456789012:layer:x" } }))).toEqual(["B803@deploy.hooks.beforeInstall"]);
    expect(findings(canaryWith({ hooks: { afterInstall: "arn:aws:lambda:us-east-1:210987654321:function:Check" } }))).toEqual(["B403@deploy.hooks.afterInstall"]);
    expect(findings(canaryWith({ testTraffic: { listener: "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/prod/50dc6c495c0c9188" } }))).toEqual([
      "B401@deploy.testTraffic.listener",
    ]);
    expect(findings(canaryWith({ testTraffic: { listener: "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/prod/50dc6c495c0c9188/8e1f2a3b4c5d6e7f", priority: 0 } }))).toEqual([
      "B502@deploy.testTraffic.priority",
    ]);
  });

  it("warns about a test-traffic hook without a test listener, and a parameter the stack never reads", () => {
    expect(findings(canaryWith({ testTraffic: undefined, hooks: { afterAllowTestTraffic: "arn:aws:lambda:us-east-1:123456789012:function:T" } }))).toEqual([
      "B811(warning)@deploy.hooks.afterAllowTestTraffic",
    ]);
    expect(findings({ ...rolling.spec, deploy: { imageTagParameter: "/x/tag" } })).toEqual(["B813(warning)@deploy.imageTagParameter"]);
  });

  it("checks alarm names for duplicates and counts blue/green's two 5xx alarms", () => {
    expect(findings({ ...rolling.spec, deploy: { alarms: { names: ["a", "b", "a"] } } })).toEqual(["B304@deploy.alarms.names[2]"]);
    // 9 names + one 5xx alarm per target group = 11; 8 + 2 = 10 is CodeDeploy's limit exactly.
    expect(findings(canaryWith({ alarms: { names: ["1", "2", "3", "4", "5", "6", "7", "8", "9"], target5xxPerMinute: 5 } }))).toEqual(["B810@deploy.alarms"]);
    expect(findings(canaryWith({ alarms: { names: ["1", "2", "3", "4", "5", "6", "7", "8"], target5xxPerMinute: 5 } }))).toEqual([]);
  });

  it("names the field of another strategy instead of calling it unknown", () => {
    expect(findings(canaryWith({ circuitBreaker: false }))).toEqual(["B809@deploy.circuitBreaker"]);
    expect(findings(canaryWith({ strategy: "allAtOnce", percent: 10, waitMinutes: undefined }))).toEqual(["B809@deploy.percent"]);
    expect(findings(canaryWith({ intervalMinutes: 3 }))).toEqual(["B809@deploy.intervalMinutes"]);
    // A real typo is still an unknown field.
    expect(findings(canaryWith({ waitMinute: 3 }))).toEqual(["B101@deploy.waitMinute"]);
  });

  it("keeps the CodeDeploy role's name within IAM's 64 characters for the longest service name and region", () => {
    // 32 (longest service name) + "-ap-southeast-2" + "-codedeploy" = 58: it always fits, so no B501.
    const name = "a".repeat(32);
    const spec = canaryWith({ targetGroups: { blue: "b-blue", green: "b-green" } }, { name, region: "ap-southeast-2" });
    expect(findings(spec)).not.toContain("B501@name");
    expect(codeDeployRoleName(spec as Parameters<typeof codeDeployRoleName>[0]).length).toBeLessThanOrEqual(64);
  });
});
