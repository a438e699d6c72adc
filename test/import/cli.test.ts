import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/program.js";
import { ROOT } from "../support/specs.js";
import { readTree, scratchProject } from "../support/workspace.js";

async function berth(cwd: string, ...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const fixture = (name: string) => join(ROOT, "test/fixtures/taskdefs", name);

describe("berth import", () => {
  it("writes specs/<family>.ts, lists the TODOs, and the project then generates without edits", async () => {
    const dir = await scratchProject();
    const result = await berth(dir, "import", fixture("private-registry.json"));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("wrote specs/ledger-api.ts (defineTask)");
    expect(result.stdout).toContain('TODO the input logged to "/ecs/payments/ledger-api"');
    expect(result.stderr).toContain("warning B969 at executionRoleArn");
    const spec = await readFile(join(dir, "specs/ledger-api.ts"), "utf8");
    expect(spec).toMatch(/^import \{ defineTask \} from "berth";\n\n/);
    expect(spec).toContain('  // TODO: the input logged to "/ecs/payments/ledger-api"');
    const generated = await berth(dir, "generate");
    expect(generated.code, generated.stderr).toBe(0);
    expect(generated.stdout).toContain("wrote    ledger-api/cloudformation/template.yaml");
  });

  it("--out, --name, --account and --region override the file, name and what the ARNs say", async () => {
    const dir = await scratchProject();
    // Without its role ARNs: kept as existing roles, they would be of another account than --account.
    const { executionRoleArn: _e, taskRoleArn: _t, ...roleless } = JSON.parse(await readFile(fixture("gpu-inference-bridge.json"), "utf8"));
    await writeFile(join(dir, "gpu.json"), JSON.stringify(roleless));
    const result = await berth(dir, "import", "gpu.json", "--out", "specs/ml.ts", "--name", "ml-serving", "--account", "210987654321", "--region", "us-east-1");
    expect(result.code, result.stderr).toBe(0);
    const spec = await readFile(join(dir, "specs/ml.ts"), "utf8");
    expect(spec).toContain("export default defineService({");
    expect(spec).toContain('name: "ml-serving"');
    expect(spec).toContain('account: "210987654321"');
    expect(spec).toContain('networkMode: "bridge"');
  });

  it("refuses what berth cannot map: exit 1, every field named with its code, no stack trace, nothing written", async () => {
    const dir = await scratchProject();
    const input = JSON.parse(await readFile(fixture("bridge-docker-volumes.json"), "utf8"));
    input.proxyConfiguration = { type: "APPMESH", containerName: "envoy" };
    input.volumes.push({ name: "win", fsxWindowsFileServerVolumeConfiguration: { fileSystemId: "fs-1", rootDirectory: "share" } });
    input.containerDefinitions[0].links = ["mysql"];
    input.containerDefinitions[0].portMappings[0].hostPort = 8080;
    input.containerDefinitions[1].logConfiguration = { logDriver: "splunk", options: { "splunk-url": "https://splunk:8088" } };
    input.containerDefinitions[1].secrets = [{ name: "TOKEN", valueFrom: "token-in-plain-text" }];
    input.containerDefinitions[0].logConfiguration.options["awslogs-credentials-endpoint"] = "/creds";
    await writeFile(join(dir, "td.json"), JSON.stringify(input));
    const result = await berth(dir, "import", "td.json");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("error B962 at proxyConfiguration");
    expect(result.stderr).toContain("error B962 at volumes[2].fsxWindowsFileServerVolumeConfiguration");
    expect(result.stderr).toContain("error B962 at containerDefinitions[0].links");
    expect(result.stderr).toContain("error B963 at containerDefinitions[0].portMappings[0].hostPort");
    expect(result.stderr).toContain("error B964 at containerDefinitions[1].logConfiguration.logDriver");
    expect(result.stderr).toContain("error B965 at containerDefinitions[0].logConfiguration.options");
    expect(result.stderr).toContain("awslogs-credentials-endpoint");
    expect(result.stderr).toContain("error B966 at containerDefinitions[1].secrets[0].valueFrom");
    expect(result.stderr).toContain("nothing was written");
    expect(result.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    expect([...(await readTree(dir)).keys()]).toEqual(["td.json"]);
  });

  it("not a task definition (B960), or no account/region to infer (B961): exit 1", async () => {
    const dir = await scratchProject();
    await writeFile(join(dir, "bad.json"), "{ not json");
    const bad = await berth(dir, "import", "bad.json");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("error B960");
    await writeFile(join(dir, "bare.json"), JSON.stringify({ family: "bare", networkMode: "awsvpc", requiresCompatibilities: ["FARGATE"], cpu: "256", memory: "512", containerDefinitions: [{ name: "app", image: "nginx:1.27" }] }));
    const bare = await berth(dir, "import", "bare.json");
    expect(bare.code).toBe(1);
    expect(bare.stderr).toContain("B961");
    expect(bare.stderr).toContain("Pass --account explicitly.");
    expect(bare.stderr).toContain("Pass --region explicitly.");
    const flagged = await berth(dir, "import", "bare.json", "--account", "123456789012", "--region", "eu-north-1");
    expect(flagged.code, flagged.stderr).toBe(0);
    expect(flagged.stdout).toContain("the input container had no logConfiguration");
  });

  it("a missing input file is a usage error (exit 2)", async () => {
    const dir = await scratchProject();
    const result = await berth(dir, "import", "nope.json");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("cannot read nope.json");
  });
});
