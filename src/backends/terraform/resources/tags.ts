import type { Tags } from "../../../ir/index.js";

/**
 * Terraform `tags` argument for IR tags: the map, or nothing when empty, so a resource without
 * tags has no `tags = {}` line that would only add noise to the diff.
 */
export function tagsArgument(tags: Tags): { tags?: Record<string, string> } {
  return Object.keys(tags).length === 0 ? {} : { tags: { ...tags } };
}
