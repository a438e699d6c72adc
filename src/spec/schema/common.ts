import { z } from "zod";

/** A resource or service name: lower-case letters, digits and hyphens, starting with a letter. */
export const resourceName = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, "must be lower-case letters, digits and hyphens, starting with a letter");

/**
 * The characters every AWS service accepts in tag keys and values: letters, digits and spaces
 * in any script, and `_ . : / = + - @` (the tagging API's `[\p{L}\p{Z}\p{N}_.:/=+\-@]*`).
 */
const TAG_CHARACTERS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const TAG_CHARACTERS_MESSAGE = "may contain only letters, digits, spaces and _ . : / = + - @";

/** A tag key: 1–128 tag characters, not starting with `aws:`, which AWS reserves for its own tags. */
const tagKey = z
  .string()
  .min(1)
  .max(128)
  .regex(TAG_CHARACTERS, TAG_CHARACTERS_MESSAGE)
  .refine((key) => !key.toLowerCase().startsWith("aws:"), "must not start with aws: (AWS reserves that prefix for its own tags)");

/** Tags as a plain string map; applied to every taggable resource. */
export const tags = z.record(
  tagKey,
  // Not empty: the tagging API allows an empty value, but some resources' CloudFormation schemas
  // (cfn-lint E3033) do not, and berth puts the tags on every resource.
  z.string().min(1, "the value must not be empty (some AWS resources refuse an empty tag value)").max(256).regex(TAG_CHARACTERS, `the value ${TAG_CHARACTERS_MESSAGE}`),
);

/** A TCP/UDP port number. */
export const port = z.number().int().min(1).max(65535);

/** A non-empty list of strings. */
export const nonEmptyStrings = z.array(z.string().min(1)).min(1);

/** A name ECS accepts for a container or a volume: 1–255 letters (either case), digits, `_` and `-`. */
export const containerName = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,255}$/, "must be 1–255 letters, digits, underscores and hyphens");
