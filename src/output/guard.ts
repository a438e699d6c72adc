import { lstat } from "node:fs/promises";
import { join } from "node:path";
import { OutputError } from "./output-error.js";

/**
 * Refuses a symbolic link anywhere inside the output folder on the way to a path berth will
 * read, write or delete. A link committed into out/ (say `out/my-api -> /etc`) would otherwise
 * make berth overwrite and delete files outside out/. The output folder itself may be a link:
 * pointing out/ somewhere is the user's choice, links inside it are not berth's to follow.
 */
export async function assertNoSymlinks(outDir: string, paths: Iterable<string>): Promise<void> {
  const checked = new Map<string, Promise<boolean>>();
  const isLink = (relative: string): Promise<boolean> => {
    let found = checked.get(relative);
    if (found === undefined) {
      found = lstat(join(outDir, relative)).then(
        (stats) => stats.isSymbolicLink(),
        () => false,
      );
      checked.set(relative, found);
    }
    return found;
  };
  const candidates = new Set<string>();
  for (const path of paths) {
    const parts = path.split("/");
    for (let i = 1; i <= parts.length; i++) candidates.add(parts.slice(0, i).join("/"));
  }
  const links = (await Promise.all([...candidates].map(async (c) => ((await isLink(c)) ? c : undefined)))).filter((c): c is string => c !== undefined);
  if (links.length > 0) {
    const first = links.sort()[0]!;
    throw new OutputError(
      `${first} inside the output folder is a symbolic link; berth does not write, read or delete through links.`,
      "Replace the link with a real folder (or point --out at the target), then run again.",
    );
  }
}
