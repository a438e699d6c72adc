#!/usr/bin/env node
// The published entry point runs the bundled CLI (dist/cli-bundle/, built by `npm run build`);
// in a source checkout run `npm run build` first.
import { existsSync } from "node:fs";
import module from "node:module";

// Node 22.1+ keeps V8's compiled code of the bundle on disk (NODE_COMPILE_CACHE or the OS temp
// folder), so later runs skip parsing and compiling it; on Node 20 the call does not exist and
// every run compiles the bundle (bench/RESULTS.md measures what that costs).
module.enableCompileCache?.();

const entry = new URL("../dist/cli-bundle/main.mjs", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("berth: dist/ is missing; run `npm run build` (or `npm run generate`) first.\n");
  process.exit(2);
}
await import(entry.href);
