import { cp, mkdir, mkdtemp, readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { ROOT } from "./specs.js";

/**
 * A scratch project inside the repository's .tmp/ folder. It must live inside the package so
 * that spec files' `import … from "berth"` resolves to this package (Node's self-reference).
 */
export async function scratchProject(specs: readonly string[] = []): Promise<string> {
  await mkdir(join(ROOT, ".tmp"), { recursive: true });
  const dir = await mkdtemp(join(ROOT, ".tmp", "project-"));
  await mkdir(join(dir, "specs"));
  for (const spec of specs) await cp(join(ROOT, spec), join(dir, "specs", spec.split("/").pop()!));
  return dir;
}

/** Every file under a folder with its bytes, keyed by `/`-separated relative path. */
export async function readTree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (current: string): Promise<void> => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else out.set(relative(dir, full).split("\\").join("/"), await readFile(full, "utf8"));
    }
  };
  await walk(dir);
  return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}
