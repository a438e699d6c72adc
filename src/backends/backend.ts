import type { Stack } from "../ir/index.js";
import type { OverrideFinding } from "./overrides.js";

/** The output formats berth can emit. */
export const TARGETS = ["cloudformation", "terraform"] as const;

/** One output format. */
export type Target = (typeof TARGETS)[number];

/** A file a backend produced, with its path relative to the output root (`/`-separated). */
export interface GeneratedFile {
  readonly path: string;
  readonly contents: string;
}

/** Per-run options a backend may honour. */
export interface EmitOptions {
  /**
   * One line naming the spec and the command that regenerates the file. Each backend puts it
   * first in every file it writes, in that format's comment syntax.
   */
  readonly banner: string;
  /** Also write HCL next to the JSON (Terraform only). */
  readonly hcl: boolean;
}

/**
 * A backend turns one IR stack into files. It is pure: no file system, clock or environment.
 * It never invents values or defaults; everything comes from the IR.
 */
export interface Backend {
  readonly target: Target;
  emit(stack: Stack, options: EmitOptions): Promise<readonly GeneratedFile[]>;
  /**
   * What keeps the stack's overrides for this backend from applying (a target the output does
   * not have, a path through a plain value). compile() turns findings into diagnostics before
   * anything is emitted; `emit` may assume there are none.
   */
  overrideFindings(stack: Stack): Promise<readonly OverrideFinding[]>;
}
