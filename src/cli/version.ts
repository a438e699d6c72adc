import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The installed berth's version, from its package.json. Every module of the CLI sits two folders
 * below the package root (src/cli/, tsc's dist/cli/, the bundle's dist/cli-bundle/), and the
 * package.json always ships, so this reads the version of the code that runs.
 */
export function berthVersion(): string {
  const manifest = JSON.parse(readFileSync(fileURLToPath(new URL("../../package.json", import.meta.url)), "utf8")) as { version?: unknown };
  if (typeof manifest.version !== "string") throw new Error("berth bug: package.json has no version");
  return manifest.version;
}
