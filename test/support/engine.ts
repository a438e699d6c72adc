import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, realpathSync } from "node:fs";
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

/** What happened to one stack: its apply errors, its plan errors, and its planned changes after the apply. */
export interface StackOutcome {
  /** The apply's error blocks that name this stack's module (or, naming none, every stack of that apply). */
  readonly applyErrors: readonly string[];
  /** The plan's error blocks that name this stack's module: its plan after the apply did not run. */
  readonly planErrors: readonly string[];
  /** Whether a refreshing `terraform plan` covering this stack ran to the end. Never clean without it. */
  readonly planned: boolean;
  /** `address: actions` of every resource that plan would still change. */
  readonly planChanges: readonly string[];
}

/** One terraform command of the run: its arguments, exit code, output and wall time. */
export interface EngineStep extends ToolRun {
  readonly label: string;
  readonly seconds: number;
}

/** The whole run: each step, the seeded resources, and each stack's outcome by name. */
export interface EngineRun {
  /** The temp root holding the stacks, the state and `<n>-<label>.log` of every step. */
  readonly work: string;
  readonly steps: readonly EngineStep[];
  /** The plan whose changes were attributed (the last one that ran to the end), for excerpts. */
  readonly plan?: EngineStep;
  readonly seeded: Record<string, string[]>;
  readonly stacks: Readonly<Record<string, StackOutcome>>;
}

/** The error blocks of a terraform run ("Error: ..." up to the next error). */
function errorBlocks(output: string): string[] {
  return output.split(/\n(?=(?:\u2577\n\u2502 )?Error: )/).filter((block) => /^(?:\u2577\n\u2502 )?Error: /.test(block)).map((block) => block.trim());
}

/**
 * Error blocks by the stack whose module they name (`with module.<name>.`, else the first
 * `module.<name>.` in the block). A block that names none of `among` is every one of theirs: an
 * error is never dropped.
 */
export function attributeErrors(output: string, among: readonly string[]): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const block of errorBlocks(output)) {
    const owner = (/^\s*with module\.([A-Za-z0-9_-]+)\./m.exec(block) ?? /module\.([A-Za-z0-9_-]+)\./.exec(block))?.[1];
    for (const name of owner && among.includes(owner) ? [owner] : among) (found[name] ??= []).push(block);
  }
  return found;
}

/** Data sources by which a stack looks up what another stack (a shared load balancer) created. */
const LOOKUPS = ["aws_lb", "aws_lb_listener", "aws_lb_target_group", "aws_security_group"];

/**
 * The stacks that look another stack's resources up (a service behind a shared load balancer
 * reads its listener, target group and security group by name, as CloudFormation's ImportValue
 * reads its exports): they deploy after the rest, as the generated READMEs' deploy order says.
 */
export function lookupStacks(stacks: Readonly<Record<string, string>>): string[] {
  return Object.keys(stacks).sort().filter((name) => {
    const config = JSON.parse(readFileSync(stacks[name]!, "utf8")) as { data?: Record<string, unknown> };
    return LOOKUPS.some((type) => config.data?.[type] !== undefined);
  });
}

/**
 * A step of terraform may not hang the suite: the provider retries an API moto answers with a 500
 * for many minutes. Past this, terraform is interrupted and the step fails for every stack in it.
 */
const STEP_TIMEOUT_MS = 15 * 60_000;


/**
 * Copies every stack's generated Terraform into its own module folder of one temp root (berth's
 * output is never changed), adds the provider override beside each, seeds moto with what the stacks
 * refer to, then applies and plans them together: terraform works on the stacks in parallel and
 * starts each step once instead of once per stack.
 *
 * One broken stack must not sink the others, so every apply and the plan target the stacks still
 * healthy (`-target=module.<name>`): when a step fails, its error blocks are attributed to stacks by
 * their module address, those stacks are marked failed, and the step runs again for the rest (a plan
 * that fails on one stack's data source stops terraform before it applies anyone's resources). A
 * stack is clean only when it applied without error and a refreshing plan that covered it ran to the
 * end and showed no change.
 */
export async function applyStacks(moto: Moto, stacks: Readonly<Record<string, string>>, options: { parallelism?: number } = {}): Promise<EngineRun> {
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
  const parallelism = options.parallelism === undefined ? [] : [`-parallelism=${options.parallelism}`];
  const steps: EngineStep[] = [];
  const step = async (label: string, args: string[]): Promise<EngineStep> => {
    const started = Date.now();
    const result = await runTool(bin, args, { cwd: work, env, timeoutMs: STEP_TIMEOUT_MS });
    const done = { ...result, label, seconds: (Date.now() - started) / 1000 };
    steps.push(done);
    await writeFile(join(work, `${steps.length}-${label}.log`), `$ terraform ${args.join(" ")}\n${result.output}`);
    return done;
  };
  const applyErrors: Record<string, string[]> = {};
  const planErrors: Record<string, string[]> = {};
  const planChanges: Record<string, string[]> = {};
  const planned = new Set<string>();
  const outcome = (): EngineRun["stacks"] =>
    Object.fromEntries(names.map((name) => [name, { applyErrors: applyErrors[name] ?? [], planErrors: planErrors[name] ?? [], planned: planned.has(name), planChanges: planChanges[name] ?? [] }]));
  const targets = (among: readonly string[]) => among.map((name) => `-target=module.${name}`);
  /** Runs a step for `among` until it passes for the stacks its errors do not name; returns the last run. */
  const untilHealthy = async (label: string, args: string[], among: readonly string[], errors: Record<string, string[]>) => {
    let healthy = among.filter((name) => applyErrors[name] === undefined && planErrors[name] === undefined);
    while (healthy.length > 0) {
      const run = await step(label, [...args, ...targets(healthy)]);
      if (run.code === 0) return { run, healthy };
      const found = attributeErrors(run.output, healthy);
      if (Object.keys(found).length === 0) for (const name of healthy) found[name] = [`terraform ${label} failed:\n${run.output}`];
      for (const [name, blocks] of Object.entries(found)) (errors[name] ??= []).push(...blocks);
      healthy = healthy.filter((name) => found[name] === undefined);
    }
    return undefined;
  };

  const init = await step("init", ["init", ...flags]);
  if (init.code !== 0) {
    for (const name of names) applyErrors[name] = [`terraform init failed:\n${init.output}`];
    return { work, steps, seeded, stacks: outcome() };
  }
  // Deploy order: the stacks that look another stack's load balancer up (data sources read at plan
  // time) after all the others, which apply together (the load balancers' 60 s of provider waits
  // overlap everyone else's work).
  const later = lookupStacks(stacks);
  const apply = ["apply", "-auto-approve", ...flags, ...parallelism];
  await untilHealthy("apply", apply, names.filter((name) => !later.includes(name)), applyErrors);
  await untilHealthy("apply-lookups", apply, later, applyErrors);
  // The plan must refresh (no -refresh=false): drift between what moto stored and the config is the point.
  const last = await untilHealthy("plan", ["plan", "-out=after-apply.plan", ...flags, ...parallelism], names, planErrors);
  if (last === undefined) return { work, steps, seeded, stacks: outcome() };
  const show = await step("show", ["show", "-json", "after-apply.plan"]);
  if (show.code !== 0) throw new Error(`terraform show of a plan it just wrote failed:\n${show.output}`);
  const document = JSON.parse(show.output) as { resource_changes?: { address: string; module_address?: string; change: { actions: string[] } }[] };
  for (const name of last.healthy) planned.add(name);
  for (const change of document.resource_changes ?? []) {
    if (change.change.actions.every((action) => action === "no-op" || action === "read")) continue;
    const owner = /^module\.([A-Za-z0-9_-]+)/.exec(change.module_address ?? "")?.[1] ?? "";
    for (const name of last.healthy.includes(owner) ? [owner] : last.healthy) (planChanges[name] ??= []).push(`${change.address}: ${change.change.actions.join("+")}`);
  }
  return { work, steps, plan: last.run, seeded, stacks: outcome() };
}

/** The planned change of one resource in human form (the lines of `terraform plan` about it). */
export function planExcerpt(run: EngineRun, address: string): string {
  const output = run.plan?.output ?? "";
  const start = output.indexOf(`# ${address} `);
  if (start < 0) return "";
  const end = output.indexOf("\n\n  #", start + 1);
  return output.slice(start, end < 0 ? undefined : end);
}
