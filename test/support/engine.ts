import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, realpathSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createInterface, type Interface } from "node:readline";
import { offlineTerraformEnv, requireTool, runTool, type ToolRun } from "./validators.js";

/** moto version the engine test is pinned to (scripts/install-validators.sh installs it with pipx). */
export const MOTO_VERSION = "5.2.5";

/** The harness that starts moto with berth's patches (test/engine/moto-harness.py). */
const HARNESS = new URL("../engine/moto-harness.py", import.meta.url).pathname;

/** The AWS services berth's stacks call, each pointed at moto by the generated provider override. */
export const ENGINE_SERVICES = [
  "applicationautoscaling", "autoscaling", "cloudformation", "cloudwatch", "codedeploy", "ec2", "ecs", "elbv2",
  "iam", "kms", "logs", "s3", "scheduler", "secretsmanager", "servicediscovery", "ssm", "sts",
] as const;

/** A running moto server: its port, the patches it applied, and the line protocol of the harness. */
export interface Moto {
  readonly port: number;
  readonly patches: readonly string[];
  /** Resets moto and creates what the stack refers to by literal id; returns what was created. */
  seed(tfJsonPath: string): Promise<Record<string, string[]>>;
  /** Stops the server (idempotent). */
  stop(): Promise<void>;
}

/** The python of the pipx venv that holds the pinned moto, or a loud error when it is missing. */
function motoPython(): string {
  const server = realpathSync(requireTool("moto_server", `Install it with: pipx install "moto[server]==${MOTO_VERSION}"`));
  const python = join(dirname(server), "python");
  if (!existsSync(python)) throw new Error(`VALIDATOR MISSING: no python beside ${server}; reinstall moto with pipx.`);
  return python;
}

/** Starts moto on a free loopback port (the harness binds port 0 and reports the one it got). */
export async function startMoto(): Promise<Moto> {
  const child: ChildProcess = spawn(motoPython(), [HARNESS], { stdio: ["pipe", "pipe", "pipe"], cwd: dirname(HARNESS) });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const lines: Interface = createInterface({ input: child.stdout! });
  const iterator = lines[Symbol.asyncIterator]();
  const next = async (): Promise<string> => {
    const { value, done } = await iterator.next();
    if (done) throw new Error(`moto harness exited (code ${child.exitCode}):\n${stderr}`);
    return value as string;
  };
  const ready = await next();
  const match = /^READY (\d+) (.*)$/.exec(ready);
  if (!match) throw new Error(`moto harness did not start: ${ready}\n${stderr}`);
  let queue = Promise.resolve();
  const ask = (line: string): Promise<string> => {
    // One command at a time: answers come back in order on stdout.
    const answer = queue.then(async () => {
      child.stdin!.write(`${line}\n`);
      return next();
    });
    queue = answer.then(() => undefined, () => undefined);
    return answer;
  };
  let stopped = false;
  return {
    port: Number(match[1]),
    patches: JSON.parse(match[2]!) as string[],
    async seed(path) {
      const reply = await ask(`seed ${path}`);
      if (!reply.startsWith("OK ")) throw new Error(`moto seed of ${path} failed: ${reply}`);
      return JSON.parse(reply.slice(3)) as Record<string, string[]>;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.stdin!.end("quit\n");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * The provider override written beside a copy of berth's Terraform: fake credentials and every
 * service endpoint on moto. Terraform merges `*_override.tf.json` into the generated provider block,
 * so berth's own settings (region, allowed_account_ids) still apply; moto's STS answers with the
 * account 123456789012 that the examples allow.
 */
export function providerOverride(port: number): string {
  const url = `http://127.0.0.1:${port}`;
  const endpoints = Object.fromEntries(ENGINE_SERVICES.map((service) => [service, url]));
  return `${JSON.stringify(
    {
      provider: {
        aws: {
          access_key: "berth-engine-test",
          secret_key: "berth-engine-test",
          skip_credentials_validation: true,
          skip_metadata_api_check: true,
          s3_use_path_style: true,
          endpoints: [endpoints],
        },
      },
    },
    null,
    2,
  )}\n`;
}

/** What applying one stack did: every step's run, and whether its plan afterwards was empty. */
export interface EngineResult {
  readonly init: ToolRun;
  readonly apply?: ToolRun;
  readonly plan?: ToolRun;
  /** `terraform plan -detailed-exitcode` exit 0: no changes after the apply. */
  readonly planClean: boolean;
  readonly seeded: Record<string, string[]>;
}

/**
 * Copies one stack's generated Terraform into a temp folder (berth's output is never changed),
 * adds the provider override, then runs init, apply and `plan -detailed-exitcode` against moto.
 */
export async function applyStack(moto: Moto, tfJsonPath: string): Promise<EngineResult> {
  const work = await mkdtemp(join(tmpdir(), "berth-engine-"));
  await writeFile(join(work, "main.tf.json"), await readFile(tfJsonPath));
  await writeFile(join(work, "berth_engine_override.tf.json"), providerOverride(moto.port));
  const seeded = await moto.seed(join(work, "main.tf.json"));
  const bin = requireTool("terraform", "The machine image should ship terraform 1.11 on PATH.");
  const env = await offlineTerraformEnv(work);
  const flags = ["-input=false", "-no-color"];
  const init = await runTool(bin, ["init", ...flags], { cwd: work, env });
  if (init.code !== 0) return { init, planClean: false, seeded };
  const apply = await runTool(bin, ["apply", "-auto-approve", ...flags], { cwd: work, env });
  if (apply.code !== 0) return { init, apply, planClean: false, seeded };
  const plan = await runTool(bin, ["plan", "-detailed-exitcode", ...flags], { cwd: work, env });
  return { init, apply, plan, planClean: plan.code === 0, seeded };
}
