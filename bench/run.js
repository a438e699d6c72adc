// berth's benchmark: what a user waits for, measured on cold processes, next to the AWS CDK
// synthesizing the same service. `npm run bench` (builds first) or `node bench/run.js`.
//
//   BENCH_RUNS=7         samples per case (default 7)
//   BENCH_RUNS_1000=3    samples of the 1,000-spec case (default min(3, BENCH_RUNS))
//   --write / BENCH_WRITE=1   also write the report to bench/RESULTS.md
//
// It prints a Markdown report with PASS/FAIL per budget and exits 0 whatever the budgets say:
// it is a report, not a test. It exits 1 only when a run failed: a failed sample is reported
// (and fails the budgets of its case) rather than retried, so flakiness cannot hide.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "bin", "berth.js");
const cdkDir = join(root, "bench", "cdk");
const count = (value, fallback) => (Number(value) >= 1 ? Math.floor(Number(value)) : fallback);
const runs = count(process.env.BENCH_RUNS, 7);
const runs1000 = count(process.env.BENCH_RUNS_1000, Math.min(3, runs));
const write = process.argv.includes("--write") || process.env.BENCH_WRITE === "1";
const OUT = Symbol("a fresh --out folder per sample");
const log = (line) => process.stderr.write(`bench: ${line}\n`);

/**
 * One cold process. Wall time is taken here around the spawn (GNU time's %e has 10 ms steps;
 * this adds only GNU time's own exec, about a millisecond). CPU (user + sys) and peak RSS come
 * from GNU time, written to its own file so they never mix with the command's stderr; they cover
 * the process and any children it waited for.
 */
function sample(script, args) {
  const dir = mkdtempSync(join(os.tmpdir(), "berth-bench-"));
  const timeFile = join(dir, "time");
  const argv = args.map((arg) => (arg === OUT ? join(dir, "out") : arg));
  try {
    const start = process.hrtime.bigint();
    const result = spawnSync("/usr/bin/time", ["-o", timeFile, "-f", "%U %S %M", process.execPath, script, ...argv], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    });
    const wall = Number(process.hrtime.bigint() - start) / 1e9;
    if (result.error) throw result.error;
    // Ctrl-C reaches the child too; GNU time then exits 128 + SIGINT. Stop the whole run.
    if (result.status === 130) throw Object.assign(new Error("interrupted"), { interrupted: true });
    if (result.status !== 0) {
      const lines = result.stderr.trim().split("\n");
      throw new Error(`exit ${result.status}: ${lines[0]}\n${lines.slice(1, 15).join("\n")}`);
    }
    // GNU time puts "Command exited with non-zero status" before the figures; they are the last line.
    const [user, sys, kib] = readFileSync(timeFile, "utf8").trim().split("\n").pop().split(" ").map(Number);
    return { wall, cpu: user + sys, rss: kib / 1024, stderr: result.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * n copies of specs/my-api.ts inside the repository (so `import … from "berth"` resolves through
 * the package's self-reference), each with its own name and listener-rule priority so the set is
 * one a user could really deploy side by side.
 */
function makeSpecs(n) {
  const dir = join(root, ".tmp", `bench-specs-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const source = readFileSync(join(root, "specs", "my-api.ts"), "utf8");
  if (!source.includes('name: "my-api"') || !source.includes("priority: 100")) {
    throw new Error('specs/my-api.ts no longer has name: "my-api" and priority: 100; update makeSpecs()');
  }
  for (let i = 1; i <= n; i++) {
    const id = String(i).padStart(4, "0");
    const text = source.replace('name: "my-api"', `name: "my-api-${id}"`).replace("priority: 100", `priority: ${100 + i}`);
    writeFileSync(join(dir, `my-api-${id}.ts`), text);
  }
  return dir;
}

/** Installs bench/cdk from its lockfile when missing or not the pinned versions. */
function ensureCdk() {
  const wanted = JSON.parse(readFileSync(join(cdkDir, "package.json"), "utf8")).dependencies;
  const installed = (name) => {
    const file = join(cdkDir, "node_modules", name, "package.json");
    return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).version : undefined;
  };
  if (Object.entries(wanted).some(([name, version]) => installed(name) !== version)) {
    log("installing the pinned AWS CDK: npm ci --prefix bench/cdk");
    const npm = spawnSync("npm", ["ci", "--prefix", cdkDir, "--no-audit", "--no-fund"], { stdio: ["ignore", 2, 2] });
    if (npm.status !== 0) throw new Error("npm ci --prefix bench/cdk failed");
  }
  return Object.entries(wanted).map(([name, version]) => `${name} ${version}`).join(", ");
}

function quantiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1) };
}

function machine() {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  const osRelease = existsSync("/etc/os-release") ? readFileSync("/etc/os-release", "utf8") : "";
  const git = (...args) => execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();
  const dirty = git("status", "--porcelain", "--untracked-files=no") !== "";
  return {
    cpu: /^model name\s*:\s*(.*)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${/^PRETTY_NAME="?([^"\n]*)/m.exec(osRelease)?.[1] ?? os.type()}, kernel ${os.release()}`,
    node: process.version,
    commit: `${git("rev-parse", "--short=12", "HEAD")}${dirty ? " + uncommitted changes to tracked files" : ""}`,
  };
}

// --- the cases -------------------------------------------------------------------------------

for (const tool of ["/usr/bin/time", join(root, "dist", "cli-bundle", "main.mjs")]) {
  if (!existsSync(tool)) {
    console.error(`bench: ${tool} is missing (GNU time: apt-get install time; dist/: npm run build)`);
    process.exit(2);
  }
}
// On Ctrl-C let the child die first: sample() then throws, and the finally below still deletes
// the spec copies (without a listener node would die on the spot, leaving them behind).
process.on("SIGINT", () => {});

const cases = [
  // Node's own start-up on this machine, so every other row can be read against it.
  { id: "node", label: "node -e 0 (Node start-up alone)", command: "node -e 0", script: "-e", args: ["0"] },
  // Node plus importing zod and nothing else: a floor under every berth run, since every spec is
  // validated with zod (the CloudFormation-only budget is read against it).
  { id: "zod", label: "node + import zod (a floor of any run)", command: "node --input-type=module -e \"await import('zod')\"", script: "--input-type=module", args: ["-e", "await import('zod')"] },
  { id: "one", label: "1 spec, both targets", command: "berth generate specs/my-api.ts", script: cli, args: ["generate", "specs/my-api.ts", "--out", OUT] },
  { id: "cdk", label: "AWS CDK synth, same service", command: "node bench/cdk/app.js", script: join(cdkDir, "app.js"), args: [OUT] },
  { id: "cfn", label: "1 spec, CloudFormation only", command: "… --target cloudformation", script: cli, args: ["generate", "specs/my-api.ts", "--target", "cloudformation", "--out", OUT] },
  { id: "tf", label: "1 spec, Terraform only", command: "… --target terraform", script: cli, args: ["generate", "specs/my-api.ts", "--target", "terraform", "--out", OUT] },
  { id: "validate", label: "1 spec, validate", command: "berth validate specs/my-api.ts", script: cli, args: ["validate", "specs/my-api.ts"] },
  { id: "n100", label: "100 specs, both targets", command: "berth generate .tmp/bench-specs-100", specs: 100, script: cli, args: ["generate", ".tmp/bench-specs-100", "--out", OUT] },
  { id: "n1000", label: "1,000 specs, both targets", command: "berth generate .tmp/bench-specs-1000", specs: 1000, script: cli, args: ["generate", ".tmp/bench-specs-1000", "--out", OUT], runs: runs1000 },
].map((c) => ({ runs, samples: [], failures: [], ...c }));
const byId = Object.fromEntries(cases.map((c) => [c.id, c]));

const info = machine();
const loadBefore = os.loadavg()[0];
const notes = [];
let cdkVersions = "not installed";
try {
  cdkVersions = ensureCdk();
} catch (error) {
  byId.cdk.skipped = error.message;
}
try {
  for (const c of cases) if (c.specs) makeSpecs(c.specs);
  const attempt = (c, what) => {
    log(`${what}: ${c.label}`);
    try {
      return sample(c.script, c.args);
    } catch (error) {
      if (error.interrupted) throw error;
      c.failures.push(`${what}: ${error.message}`);
      log(`FAILED: ${c.label}: ${error.message}`);
    }
  };
  // One untimed run per case first: it checks the case works, warms the file cache like any
  // second run would, and keeps what the CDK printed (its synth warnings) for the report.
  for (const c of cases.filter((c) => !c.skipped)) {
    const stderr = attempt(c, "warm-up")?.stderr.trim();
    if (c.id === "cdk" && stderr) notes.push(...stderr.split("\n").map((line) => `CDK synth printed: ${line}`));
  }
  // Rounds, every case once per round, so load from the rest of the machine spreads over all
  // cases alike, and each CDK sample sits right after a berth sample of the same service.
  const rounds = Math.max(...cases.map((c) => c.runs));
  for (let round = 1; round <= rounds; round++) {
    for (const c of cases.filter((c) => !c.skipped && round <= c.runs)) {
      const result = attempt(c, `round ${round}/${rounds}`);
      if (result) c.samples.push(result);
    }
  }
} finally {
  for (const c of cases) if (c.specs) rmSync(join(root, ".tmp", `bench-specs-${c.specs}`), { recursive: true, force: true });
}

// --- the report ------------------------------------------------------------------------------

for (const c of cases) {
  if (!c.samples.length) continue;
  c.wall = quantiles(c.samples.map((s) => s.wall));
  c.cpu = quantiles(c.samples.map((s) => s.cpu));
  c.rss = quantiles(c.samples.map((s) => s.rss));
}
const cell = (q, digits) => (q ? `${q.median.toFixed(digits)} (${q.min.toFixed(digits)}–${q.max.toFixed(digits)})` : "—");
const wallOf = (id) => byId[id].wall?.median;
const ratio = (metric) => (byId.one[metric] && byId.cdk[metric] ? byId.cdk[metric].median / byId.one[metric].median : undefined);
// Cost per spec, "flat" meaning no superlinear growth: the marginal wall time per added spec from
// 100 to 1,000 specs, (t1000 − t100) / 900, against the marginal one from 1 to 100,
// (t100 − t1) / 99. Both differences cancel the fixed start-up cost; dividing t100 by 100
// instead would count start-up as per-spec cost and let real growth pass.
const marginal100 = wallOf("n100") !== undefined && wallOf("one") !== undefined ? (wallOf("n100") - wallOf("one")) / 99 : undefined;
const marginal1000 = wallOf("n1000") !== undefined && wallOf("n100") !== undefined ? (wallOf("n1000") - wallOf("n100")) / 900 : undefined;
const ms = (seconds) => `${(seconds * 1000).toFixed(1)} ms`;
/** A budget passes only when measured, within its limit, and no sample of its cases failed. */
function budget(text, ids, measured, pass) {
  const failed = ids.reduce((sum, id) => sum + byId[id].failures.length, 0);
  const result = measured === undefined || !pass ? "FAIL" : failed ? `FAIL (${failed} failed run${failed === 1 ? "" : "s"})` : "PASS";
  return `| ${text} | ${measured ?? "not measured"} | ${result} |`;
}
const firstLine = (text, lines = 1) => text.split("\n").slice(0, lines).join(" ").replaceAll("|", "\\|");
for (const c of cases) notes.push(...c.failures.map((failure) => `FAILED ${c.label}, ${firstLine(failure, 2)}`));

const report = [
  "# berth benchmark",
  "",
  `- Date: ${new Date().toISOString()}`,
  `- berth commit: ${info.commit}`,
  `- CPU: ${info.cpu}, ${info.cores} cores; memory ${info.memory}`,
  `- OS: ${info.os}; node ${info.node}`,
  `- AWS CDK: ${cdkVersions}`,
  `- Load average (1 min) before / after: ${loadBefore.toFixed(2)} / ${os.loadavg()[0].toFixed(2)}`,
  "",
  `Every sample is a cold \`node\` process (\`node bin/berth.js …\`, \`node bench/cdk/app.js\`), writing to a`,
  `fresh temporary --out folder; samples per case: ${runs} (1,000 specs: ${runs1000}) after one untimed warm-up`,
  "each, taken in rounds across all cases. Wall time is measured around the spawn, CPU (user + sys)",
  "and peak RSS by GNU time. Cells are median (min–max). The CDK side is bench/cdk/app.js, plain JS",
  "run with node: synth only (no `cdk` CLI, no TypeScript compile) and CloudFormation only, while",
  "berth writes CloudFormation, Terraform JSON and a README.",
  "",
  "| case | command | samples | wall s | CPU s | peak RSS MiB |",
  "| --- | --- | ---: | ---: | ---: | ---: |",
  ...cases.map((c) =>
    c.samples.length
      ? `| ${c.label} | \`${c.command}\` | ${c.samples.length}${c.failures.length ? ` (+${c.failures.length} failed)` : ""} | ${cell(c.wall, 3)} | ${cell(c.cpu, 3)} | ${cell(c.rss, 0)} |`
      : `| ${c.label} | \`${c.command}\` | 0 | not measured: ${firstLine(c.skipped ?? c.failures[0] ?? "")} | | |`,
  ),
  "",
  ratio("wall")
    ? `AWS CDK median / berth median, 1 spec both targets: wall ${ratio("wall").toFixed(1)}×, CPU ${ratio("cpu").toFixed(1)}×, peak RSS ${ratio("rss").toFixed(1)}×.`
    : "AWS CDK / berth: not measured.",
  "",
  "Cost per spec: marginal wall time per added spec, from 1 to 100 specs (t100 − t1) / 99 and from",
  "100 to 1,000 specs (t1000 − t100) / 900, medians; flat means the second is at most 1.5× the first.",
  "",
  "## Budgets (on the medians above)",
  "",
  "| budget | measured | result |",
  "| --- | --- | --- |",
  budget("1 spec, both targets: wall ≤ 0.3 s", ["one"], wallOf("one")?.toFixed(3).concat(" s"), wallOf("one") <= 0.3),
  budget("1 spec, both targets: ≥ 10× faster than the AWS CDK (wall)", ["one", "cdk"], ratio("wall")?.toFixed(1).concat("×"), ratio("wall") >= 10),
  budget("CloudFormation only: wall ≤ 0.2 s", ["cfn"], wallOf("cfn")?.toFixed(3).concat(" s"), wallOf("cfn") <= 0.2),
  budget("100 specs, both targets: wall ≤ 2 s", ["n100"], wallOf("n100")?.toFixed(3).concat(" s"), wallOf("n100") <= 2),
  budget("100 specs, both targets: peak RSS ≤ 200 MiB", ["n100"], byId.n100.rss?.median.toFixed(0).concat(" MiB"), byId.n100.rss?.median <= 200),
  budget("1,000 specs, both targets: wall ≤ 15 s", ["n1000"], wallOf("n1000")?.toFixed(3).concat(" s"), wallOf("n1000") <= 15),
  budget(
    "Cost per spec flat: 100→1,000 marginal ≤ 1.5× the 1→100 marginal",
    ["one", "n100", "n1000"],
    marginal100 !== undefined && marginal1000 !== undefined ? `${ms(marginal1000)} vs ${ms(marginal100)} per spec (${(marginal1000 / marginal100).toFixed(2)}×)` : undefined,
    marginal1000 <= 1.5 * marginal100,
  ),
  ...(notes.length ? ["", "## Notes", "", ...notes.map((note) => `- ${note}`)] : []),
  "",
].join("\n");

console.log(report);
if (write) {
  writeFileSync(join(root, "bench", "RESULTS.md"), report);
  log("wrote bench/RESULTS.md");
}
process.exitCode = cases.some((c) => c.skipped || c.failures.length) ? 1 : 0;
