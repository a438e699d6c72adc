import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/program.js";
import type { DiffReport, StackDiff } from "../../src/diff/index.js";
import { scratchProject } from "../support/workspace.js";

async function berth(cwd: string, ...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/**
 * One scratch project with the guide's rolling service and the canary service, generated once
 * (CloudFormation only: diff reads nothing else). Each test edits a spec, diffs, and restores it.
 */
let dir: string;
beforeAll(async () => {
  dir = await scratchProject(["specs/my-api.ts", "specs/canary-api.ts"]);
  const generated = await berth(dir, "generate", "--target", "cloudformation");
  expect(generated.code, generated.stderr).toBe(0);
}, 120_000);

/** Runs `berth diff --json` with `spec` edited by `edit`, then restores the spec. */
async function diffWith(spec: string, edit: (text: string) => string, ...extra: string[]) {
  const path = join(dir, "specs", spec);
  const original = await readFile(path, "utf8");
  const edited = edit(original);
  expect(edited, "the edit must change the spec").not.toBe(original);
  await writeFile(path, edited);
  try {
    const result = await berth(dir, "diff", "--json", ...extra);
    return { ...result, report: result.stdout ? (JSON.parse(result.stdout) as DiffReport) : undefined };
  } finally {
    await writeFile(path, original);
  }
}

function stack(report: DiffReport | undefined, name: string): StackDiff {
  const found = report?.stacks.find((s) => s.stack === name);
  if (!found) throw new Error(`no stack ${name} in the report`);
  return found;
}

const action = (s: StackDiff, id: string) => s.resources.find((r) => r.logicalId === id)?.action;

describe("berth diff", { timeout: 120_000 }, () => {
  it("reports nothing, exit 0, when the specs match out/", async () => {
    const result = await berth(dir, "diff");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe("berth: 0 stacks with changes, 2 unchanged.\n");
  });

  it("cpu change → new task definition revision → rolling deployment, exit 3", async () => {
    const { code, report, stderr } = await diffWith("my-api.ts", (t) => t.replace("cpu: 512", "cpu: 1024").replace("memory: 1024", "memory: 2048"));
    expect(code, stderr).toBe(3);
    const myApi = stack(report, "my-api");
    expect(myApi.status).toBe("changed");
    expect(myApi.resources.find((r) => r.logicalId === "TaskDefinition")).toMatchObject({ action: "replaced", replacedBecause: ["Cpu", "Memory"] });
    expect(action(myApi, "Service")).toBe("updated");
    expect(myApi.impacts).toEqual([{ kind: "rolling-deployment", service: "Service", taskDefinition: "TaskDefinition", minimumHealthyPercent: 100, maximumPercent: 200 }]);
    expect(stack(report, "canary-api").status).toBe("unchanged");
    expect(report?.diagnostics).toEqual([]);
  });

  it("target group port change → replacement that succeeds: berth's name follows the port", async () => {
    const { code, report, stderr } = await diffWith("my-api.ts", (t) => t.replace("port: 8080,", "port: 9090,"));
    expect(code, stderr).toBe(3);
    const myApi = stack(report, "my-api");
    const tg = myApi.resources.find((r) => r.logicalId === "TargetGroup");
    expect(tg).toMatchObject({ action: "replaced", replacedBecause: expect.arrayContaining(["Name", "Port"]) as unknown });
    expect(tg?.fixedName).toBeUndefined();
    // The rule and the service take the new group's ARN in place.
    expect(myApi.resources.find((r) => r.logicalId === "ListenerRule")).toMatchObject({ action: "updated", followsReplaced: ["TargetGroup"] });
    expect(report?.diagnostics).toEqual([]);
  });

  it("a target group name the spec fixes: the same port change is refused with B980 by diff and by generate", async () => {
    const specPath = join(dir, "specs/my-api.ts");
    const original = await readFile(specPath, "utf8");
    const fixed = original.replace("deregistrationDelay: 30,", 'deregistrationDelay: 30,\n    targetGroupName: "my-api-tg",');
    expect(fixed).not.toBe(original);
    await writeFile(specPath, fixed);
    try {
      expect((await berth(dir, "generate", "--target", "cloudformation")).code).toBe(0);
      const { code, report, stderr } = await diffWith("my-api.ts", (t) => t.replace("port: 8080,", "port: 9090,"));
      expect(code).toBe(1);
      const tg = stack(report, "my-api").resources.find((r) => r.logicalId === "TargetGroup");
      expect(tg).toMatchObject({ action: "replaced", replacedBecause: ["Port"], fixedName: { property: "Name", value: "my-api-tg" } });
      expect(report?.diagnostics).toMatchObject([{ code: "B980", file: "specs/my-api.ts", path: "loadBalancer.targetGroupName", severity: "error" }]);
      expect(stderr).toContain("error B980 at loadBalancer.targetGroupName");
      expect(stderr).toContain("Rename it in the same change");

      await writeFile(specPath, fixed.replace("port: 8080,", "port: 9090,"));
      const template = join(dir, "out/my-api/cloudformation/template.yaml");
      const before = await readFile(template, "utf8");
      const generate = await berth(dir, "generate", "--target", "cloudformation");
      expect(generate.code).toBe(1);
      expect(generate.stderr).toContain("B980");
      expect(await readFile(template, "utf8")).toBe(before);
    } finally {
      await writeFile(specPath, original);
      expect((await berth(dir, "generate", "--target", "cloudformation")).code).toBe(0);
    }
  });

  it("desired count: reset without scaling, kept when scaling takes over", async () => {
    const reset = await diffWith("my-api.ts", (t) => t.replace("desiredCount: 3", "desiredCount: 5"));
    expect(reset.code).toBe(3);
    expect(stack(reset.report, "my-api").impacts).toEqual([{ kind: "desired-count-reset", service: "Service", from: 3, to: 5 }]);

    const scaled = await diffWith("my-api.ts", (t) => t.replace("desiredCount: 3,", "desiredCount: 3,\n  scaling: { min: 3, max: 12, cpuPercent: 60 },"));
    expect(scaled.code, scaled.stderr).toBe(3);
    const myApi = stack(scaled.report, "my-api");
    expect(action(myApi, "ScalableTarget")).toBe("added");
    expect(myApi.impacts).toEqual([{ kind: "desired-count-kept", service: "Service", from: 3 }]);
  });

  it("canary listener rule edit → blue/green hazard", async () => {
    const { code, report, stdout } = await diffWith("canary-api.ts", (t) => t.replace('paths: ["/orders/*"]', 'paths: ["/orders/v2/*"]'));
    expect(code).toBe(3);
    const canary = stack(report, "canary-api");
    expect(action(canary, "ListenerRule")).toBe("updated");
    expect(canary.impacts).toContainEqual({ kind: "listener-rule-hazard", rule: "ListenerRule", deploymentGroup: "CodeDeployDeploymentGroup" });
    expect(stdout).not.toContain("HAZARD"); // --json: data only
  });

  it("a blue/green service's new revision waits for a CodeDeploy deployment; a port change is refused (B984)", async () => {
    const revision = await diffWith("canary-api.ts", (t) => t.replace("cpu: 512", "cpu: 1024").replace("memory: 1024", "memory: 2048"));
    expect(stack(revision.report, "canary-api").impacts).toEqual([{ kind: "codedeploy-deployment", service: "Service", taskDefinition: "TaskDefinition" }]);
    const port = await diffWith("canary-api.ts", (t) => t.replace("port: 8080,", "port: 9090,"));
    expect(port.code).toBe(1);
    expect(port.report?.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["B984", "deploy.targetGroups.blue"],
      ["B984", "deploy.targetGroups.green"],
    ]);
  });

  it("refuses the other replacements that keep a name, each with its own way to roll out", async () => {
    const cluster = await diffWith("my-api.ts", (t) => t.replace('cluster: "prod-cluster"', 'cluster: "other-cluster"'));
    expect(cluster.code).toBe(1);
    expect(cluster.report?.diagnostics).toMatchObject([{ code: "B981", path: "", file: "specs/my-api.ts" }]);
    expect(cluster.stderr).toContain("Roll it out side by side");

    const rolePath = await diffWith("my-api.ts", (t) => t.replace("desiredCount: 3,", 'desiredCount: 3,\n  rolePath: "/services/",'));
    expect(rolePath.code).toBe(1);
    expect(rolePath.report?.diagnostics.map((d) => d.code)).toEqual(["B982", "B982"]);
    expect(stack(rolePath.report, "my-api").resources.find((r) => r.logicalId === "ExecutionRole")).toMatchObject({ action: "replaced", replacedBecause: ["Path"] });

    const namespace = await diffWith("my-api.ts", (t) => t.replace('namespace: "ns-0a1b2c3d4e5f6a7b"', 'namespace: "ns-1a1b2c3d4e5f6a7b"'));
    expect(namespace.code).toBe(1);
    expect(namespace.report?.diagnostics).toMatchObject([{ code: "B983" }]);
    expect(namespace.report?.diagnostics[0]?.message).toContain('AWS::ServiceDiscovery::Service DiscoveryService "my-api"');
  });

  it("prints the text report per stack and resource, the same twice", async () => {
    const edit = (t: string) => t.replace("cpu: 512", "cpu: 1024").replace("memory: 1024", "memory: 2048").replace("desiredCount: 3", "desiredCount: 4");
    const path = join(dir, "specs/my-api.ts");
    const original = await readFile(path, "utf8");
    await writeFile(path, edit(original));
    try {
      const first = await berth(dir, "diff");
      const second = await berth(dir, "diff");
      expect(first.code).toBe(3);
      expect(second.stdout).toBe(first.stdout);
      expect(first.stdout).toContain("my-api (specs/my-api.ts): stack updated\n");
      expect(first.stdout).toContain("  ± TaskDefinition (AWS::ECS::TaskDefinition) replaced (create-only Cpu, Memory changed): a new task definition revision\n");
      expect(first.stdout).toContain("  ~ Service (AWS::ECS::Service) updated in place: DesiredCount, new TaskDefinition\n");
      expect(first.stdout).toContain("  → Service: rolling deployment");
      expect(first.stdout).toContain("  → Service: desired count reset to 4 (was 3)");
      expect(first.stdout).toMatch(/berth: 1 stack with changes, 1 unchanged\.\n$/);
    } finally {
      await writeFile(path, original);
    }
  });

  it("--against compares with another folder; a stack missing there is added, one without a spec is removed", async () => {
    const added = await berth(dir, "diff", "--json", "--against", "elsewhere");
    expect(added.code).toBe(3);
    const report = JSON.parse(added.stdout) as DiffReport;
    expect(report.stacks.map((s) => [s.stack, s.status])).toEqual([
      ["canary-api", "added"],
      ["my-api", "added"],
    ]);
    expect(stack(report, "my-api").resources.every((r) => r.action === "added")).toBe(true);

    const partial = await berth(dir, "diff", "--json", "specs/my-api.ts");
    expect(partial.code, "a partial run never reports other stacks as removed").toBe(0);

    const path = join(dir, "specs/canary-api.ts");
    await rename(path, join(dir, "canary-api.ts.away"));
    try {
      const removed = await berth(dir, "diff", "--json");
      expect(removed.code).toBe(3);
      const canary = stack(JSON.parse(removed.stdout) as DiffReport, "canary-api");
      expect(canary.status).toBe("removed");
      expect(canary.source).toBeUndefined();
      expect(action(canary, "Service")).toBe("removed");
    } finally {
      await rename(join(dir, "canary-api.ts.away"), path);
    }
  });
});
