#!/usr/bin/env node
// The published entry point runs the bundled CLI (dist/cli-bundle/, built by `npm run build`);
// in a source checkout run `npm run build` first.
import { existsSync } from "node:fs";

const entry = new URL("../dist/cli-bundle/main.mjs", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("berth: dist/ is missing; run `npm run build` (or `npm run generate`) first.\n");
  process.exit(2);
}
await import(entry.href);
