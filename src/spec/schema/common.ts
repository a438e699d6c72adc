import { z } from "zod";

/** A resource or service name: lower-case letters, digits and hyphens, starting with a letter. */
export const resourceName = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, "must be lower-case letters, digits and hyphens, starting with a letter");

/** Tags as a plain string map; applied to every taggable resource. */
export const tags = z.record(z.string().min(1).max(128), z.string().max(256));

/** A TCP/UDP port number. */
export const port = z.number().int().min(1).max(65535);

/** A non-empty list of strings. */
export const nonEmptyStrings = z.array(z.string().min(1)).min(1);

/** A name ECS accepts for a container or a volume: 1–255 letters (either case), digits, `_` and `-`. */
export const containerName = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,255}$/, "must be 1–255 letters, digits, underscores and hyphens");
