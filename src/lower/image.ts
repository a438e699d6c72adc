import type { Image } from "../ir/index.js";
import { partitionOf } from "../spec/aws-formats.js";

/** An image reference split into repository and tag or digest. */
export interface ParsedImage {
  readonly repository: string;
  readonly separator: ":" | "@";
  /** Tag or digest; `latest` when the reference names none. */
  readonly version: string;
}

/**
 * Splits `registry[:port]/repo[:tag]` or `repo@sha256:…`. A colon only starts a tag after the
 * last slash, so registry ports are not mistaken for tags.
 */
export function parseImage(reference: string): ParsedImage {
  const at = reference.indexOf("@");
  if (at >= 0) return { repository: reference.slice(0, at), separator: "@", version: reference.slice(at + 1) };
  const colon = reference.lastIndexOf(":");
  if (colon > reference.lastIndexOf("/")) return { repository: reference.slice(0, colon), separator: ":", version: reference.slice(colon + 1) };
  return { repository: reference, separator: ":", version: "latest" };
}

/** The IR image of a container whose version is the stack input `inputId`. */
export function inputImage(parsed: ParsedImage, inputId: string): Image {
  return { kind: "input", repository: parsed.repository, separator: parsed.separator, input: inputId };
}

/**
 * The ECR repository ARN of an image hosted in a private ECR registry, or undefined for other
 * registries (public images need no pull permissions).
 */
export function ecrRepositoryArn(repository: string): string | undefined {
  const match = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?\/(.+)$/.exec(repository);
  if (!match) return undefined;
  const [, account, region, cn, name] = match;
  return `arn:${cn ? "aws-cn" : partitionOf(region ?? "")}:ecr:${region}:${account}:repository/${name}`;
}
