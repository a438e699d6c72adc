import type { Backend, Target } from "./backend.js";

/**
 * Every target, mapped to a loader for its backend. Typed as a complete record, so adding a
 * target to TARGETS is a compile error until it is wired here. Loaded lazily: the Terraform
 * backend pulls in cdktf, which only costs start-up time when that target runs.
 */
export const BACKENDS: Readonly<Record<Target, () => Promise<Backend>>> = {
  cloudformation: async () => (await import("./cloudformation/index.js")).cloudformationBackend,
  terraform: async () => (await import("./terraform/index.js")).terraformBackend,
};
