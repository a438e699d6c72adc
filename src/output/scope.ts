import type { Target } from "../backends/backend.js";

/**
 * What one generate run is responsible for in the output folder. A partial run (some spec
 * files, one target, some environments) owns only the output it produced, so it may replace or
 * delete only that; everything else the manifest lists stays, untouched and still owned.
 */
export interface OutputScope {
  /** Output folders (`out/<name>/`) of every spec the run compiled, by spec name. */
  readonly specs: readonly string[];
  /** The targets the run emitted. README.md and appspec.yaml belong to every target. */
  readonly targets: readonly Target[];
  /** The environments the run generated (`--env`); absent: all of them. */
  readonly environments?: readonly string[];
  /** The specs (of `specs`) that declare environments; `environments` narrows only their output. */
  readonly environmentSpecs?: readonly string[];
  /**
   * Also delete output of specs the run did not compile (specs that no longer exist). Only
   * right when the run saw every spec: a full run, or `--prune`.
   */
  readonly prune: boolean;
}

/** Folder names a stack folder holds per target; never an environment name (B141 refuses them). */
const TARGET_FOLDERS: Readonly<Record<string, Target>> = { cloudformation: "cloudformation", terraform: "terraform" };

/** Where a generated file sits: its spec folder, its environment folder (if any) and its target (if any). */
export interface OutputOwner {
  readonly spec: string;
  readonly environment?: string;
  readonly target?: Target;
}

/**
 * Reads the owner of a generated path back from the layout `<name>[/<env>]/<target>/…` or
 * `<name>[/<env>]/<file>`: the second segment is an environment when it is a folder that is not
 * a target's folder.
 */
export function ownerOf(path: string): OutputOwner {
  const [spec = "", ...rest] = path.split("/");
  const second = rest[0];
  const hasEnvironment = rest.length >= 2 && second !== undefined && TARGET_FOLDERS[second] === undefined;
  const inside = hasEnvironment ? rest.slice(1) : rest;
  const target = inside.length >= 2 ? TARGET_FOLDERS[inside[0]!] : undefined;
  return { spec, ...(hasEnvironment ? { environment: second } : {}), ...(target ? { target } : {}) };
}

/**
 * True when the run is responsible for `path`, i.e. may delete it when it did not generate it.
 * Output of a spec the run compiled is owned for the run's targets (and the shared README and
 * appspec) and, with `--env`, only inside the selected environments' folders; a spec's files
 * outside any environment folder (left from before it had environments) are owned only by a
 * run of all its environments. Output of other specs is owned only when pruning.
 */
export function ownsPath(scope: OutputScope, path: string): boolean {
  const owner = ownerOf(path);
  if (!scope.specs.includes(owner.spec)) return scope.prune;
  if (owner.target !== undefined && !scope.targets.includes(owner.target)) return false;
  if (scope.environments === undefined || !(scope.environmentSpecs ?? []).includes(owner.spec)) return true;
  return owner.environment !== undefined && scope.environments.includes(owner.environment);
}
