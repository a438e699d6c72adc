import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, realpathSync } from "node:fs";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
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
  // Route 53 records (aws_route53_record) and the certificates HTTPS/TLS listeners name.
  "acm", "route53",
] as const;

/** A running moto server: its port, the patches it applied, and the line protocol of the harness. */
export interface Moto {
  readonly port: number;
  readonly patches: readonly string[];
  /** Resets moto and creates what the stacks refer to by literal id; returns what was created. */
  seed(tfJsonPaths: readonly string[]): Promise<Record<string, string[]>>;
  /** Creates CloudFormation stacks (`region:name:template-path`) in this moto; their end states. */
  createStacks(specs: readonly string[]): Promise<Record<string, CfnOutcome>>;
  /** Stops the server (idempotent). */
  stop(): Promise<void>;
}

/** How one template fared as a CloudFormation stack in moto. */
export interface CfnOutcome {
  /** CREATE_COMPLETE, a failed or rolled-back state, or ERROR when the API refused the template. */
  readonly status: string;
  readonly reason?: string | null;
  readonly resources: number;
  /** Resource types moto's CloudFormation does not implement: moto skips them (listed, not failed). */
  readonly unsupported: readonly string[];
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
    async seed(paths) {
      const reply = await ask(`seed ${paths.join(" ")}`);
      if (!reply.startsWith("OK ")) throw new Error(`moto seed failed: ${reply}`);
      return JSON.parse(reply.slice(3)) as Record<string, string[]>;
    },
    async createStacks(specs) {
      const reply = await ask(`cfn ${specs.join(" ")}`);
      if (!reply.startsWith("OK ")) throw new Error(`moto CloudFormation smoke test failed: ${reply}`);
      return JSON.parse(reply.slice(3)) as Record<string, CfnOutcome>;
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

/** What happened to one stack in the shared apply: its errors, and its planned changes after it. */
export interface StackOutcome {
  /** The apply's error blocks that name this stack's module (or no module at all). */
  readonly applyErrors: readonly string[];
  /** `address: actions` of every resource the plan after the apply would still change. */
  readonly planChanges: readonly string[];
}

/** The whole run: each step's output, and each stack's outcome by name. */
export interface EngineRun {
  readonly init: ToolRun;
  readonly apply?: ToolRun;
  readonly plan?: ToolRun;
  readonly seeded: Record<string, string[]>;
  readonly stacks: Readonly<Record<string, StackOutcome>>;
}

/** The error blocks of a terraform run ("Error: ..." up to the next blank-line-separated block). */
function errorBlocks(output: string): string[] {
  return output.split(/\n(?=(?:\u2577\n\u2502 )?Error: )/).filter((block) => /^(?:\u2577\n\u2502 )?Error: /.test(block));
}

/**
 * Copies every stack's generated Terraform into its own module folder of one temp root (berth's
 * output is never changed), adds the provider override beside each, seeds moto with what the stacks
 * refer to, then runs init, apply and plan once for all of them: terraform works on the stacks in
 * parallel and starts the AWS provider once per step instead of once per stack. Errors and planned
 * changes are attributed to a stack by their `module.<name>.` address.
 */
export async function applyStacks(moto: Moto, stacks: Readonly<Record<string, string>>): Promise<EngineRun> {
  const work = await mkdtemp(join(tmpdir(), "berth-engine-"));
  const names = Object.keys(stacks).sort();
  const modules: Record<string, { source: string }> = {};
  for (const name of names) {
    const dir = join(work, "stacks", name);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "main.tf.json"), await readFile(stacks[name]!));
    await writeFile(join(dir, "berth_engine_override.tf.json"), providerOverride(moto.port));
    modules[name] = { source: `./stacks/${name}` };
  }
  await writeFile(join(work, "main.tf.json"), `${JSON.stringify({ module: modules }, null, 2)}\n`);
  const seeded = await moto.seed(names.map((name) => join(work, "stacks", name, "main.tf.json")));
  const bin = requireTool("terraform", "The machine image should ship terraform 1.11 on PATH.");
  const env = await offlineTerraformEnv(work);
  const flags = ["-input=false", "-no-color"];
  const outcome = (applyErrors: Record<string, string[]>, planChanges: Record<string, string[]>) =>
    Object.fromEntries(names.map((name) => [name, { applyErrors: applyErrors[name] ?? [], planChanges: planChanges[name] ?? [] }]));
  const everyStack = (message: string) => Object.fromEntries(names.map((name) => [name, [message]]));

  const init = await runTool(bin, ["init", ...flags], { cwd: work, env });
  if (init.code !== 0) return { init, seeded, stacks: outcome(everyStack(`init failed:\n${init.output}`), {}) };
  // Deploy order, as the generated READMEs give it: load balancer stacks first, because services
  // attached to them look their listeners, target groups and security group up by name (data
  // sources read at plan time, like CloudFormation's ImportValue needs the export to exist).
  const shared = [];
  for (const name of names) {
    const config = JSON.parse(await readFile(stacks[name]!, "utf8")) as { resource?: Record<string, unknown> };
    if (config.resource?.["aws_lb"] !== undefined) shared.push(name);
  }
  const first = shared.length === 0 ? undefined : await runTool(bin, ["apply", "-auto-approve", ...flags, ...shared.map((name) => `-target=module.${name}`)], { cwd: work, env });
  const rest = await runTool(bin, ["apply", "-auto-approve", ...flags], { cwd: work, env });
  const apply = first === undefined ? rest : { code: first.code !== 0 ? first.code : rest.code, output: `${first.output}\n${rest.output}` };
  const applyErrors: Record<string, string[]> = {};
  for (const block of errorBlocks(apply.output)) {
    const owner = /module\.([A-Za-z0-9_-]+)\./.exec(block)?.[1];
    for (const name of owner && names.includes(owner) ? [owner] : names) (applyErrors[name] ??= []).push(block.trim());
  }
  if (apply.code !== 0 && Object.keys(applyErrors).length === 0) Object.assign(applyErrors, everyStack(`apply failed:\n${apply.output}`));
  const plan = await runTool(bin, ["plan", "-out=after-apply.plan", ...flags], { cwd: work, env });
  if (plan.code !== 0) return { init, apply, plan, seeded, stacks: outcome(applyErrors, everyStack(`plan failed:\n${plan.output}`)) };
  const show = await runTool(bin, ["show", "-json", "after-apply.plan"], { cwd: work, env });
  const planned = JSON.parse(show.output) as { resource_changes?: { address: string; module_address?: string; change: { actions: string[] } }[] };
  const planChanges: Record<string, string[]> = {};
  for (const change of planned.resource_changes ?? []) {
    if (change.change.actions.every((action) => action === "no-op" || action === "read")) continue;
    const owner = /^module\.([A-Za-z0-9_-]+)/.exec(change.module_address ?? "")?.[1] ?? "";
    for (const name of names.includes(owner) ? [owner] : names) (planChanges[name] ??= []).push(`${change.address}: ${change.change.actions.join("+")}`);
  }
  return { init, apply, plan, seeded, stacks: outcome(applyErrors, planChanges) };
}

/** The planned change of one resource in human form (the lines of `terraform plan` about it). */
export function planExcerpt(run: EngineRun, address: string): string {
  const output = run.plan?.output ?? "";
  const start = output.indexOf(`# ${address} `);
  if (start < 0) return "";
  const end = output.indexOf("\n\n  #", start + 1);
  return output.slice(start, end < 0 ? undefined : end);
}
