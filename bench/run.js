// Measures what a user waits for: a cold `berth generate` process over the examples, per target,
// wall time and peak memory (median of several runs). Run with `npm run bench` after a build.
// Timings vary by machine; this prints numbers, it asserts nothing.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "bin", "berth.js");
const runs = Number(process.env.BENCH_RUNS ?? 7);
const cases = [
  ["validate", ["validate"]],
  ["generate cloudformation", ["generate", "--target", "cloudformation"]],
  ["generate terraform", ["generate", "--target", "terraform"]],
  ["generate all", ["generate"]],
];

/** One cold process; GNU time reports wall seconds and max RSS in KiB. */
function measure(args) {
  const out = mkdtempSync(join(tmpdir(), "berth-bench-"));
  const result = spawnSync("/usr/bin/time", ["-f", "%e %M", process.execPath, cli, ...args, ...(args[0] === "generate" ? ["--out", out] : [])], {
    cwd: root,
    encoding: "utf8",
  });
  rmSync(out, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`berth ${args.join(" ")} failed:\n${result.stderr}`);
  const [seconds, kib] = result.stderr.trim().split("\n").pop().split(" ").map(Number);
  return { ms: seconds * 1000, mib: kib / 1024 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

console.log(`berth bench: ${runs} cold runs each over specs/ (node ${process.version})`);
for (const [name, args] of cases) {
  const samples = Array.from({ length: runs }, () => measure(args));
  console.log(`${name.padEnd(26)} ${String(Math.round(median(samples.map((s) => s.ms)))).padStart(6)} ms   ${median(samples.map((s) => s.mib)).toFixed(0).padStart(5)} MiB peak`);
}
