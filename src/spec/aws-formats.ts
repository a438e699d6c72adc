/**
 * Formats of AWS identifiers that several rule families check: account ids, region codes,
 * partitions, resource ids, CIDR blocks and the generic ARN envelope. Pure string predicates.
 */

/** An AWS account id: exactly 12 digits. */
export function isAccountId(value: string): boolean {
  return /^\d{12}$/.test(value);
}

/**
 * Region codes: a two-letter area, an optional isolated-partition infix (`gov`, `iso`, `isob`,
 * `isoe`, `isof`) or the European Sovereign Cloud's `eusc-<country>`, a direction and a number.
 * Covers us-east-1, us-gov-west-1, cn-north-1, ap-southeast-4, il-central-1, mx-central-1 …
 * without a hard-coded list, which would go stale with every new region.
 */
const REGION = /^(?:[a-z]{2}(?:-gov|-iso[bef]?)?|eusc-[a-z]{2})-(?:central|(?:north|south)(?:east|west)?|east|west)-\d{1,2}$/;

/** True for a syntactically valid region code. */
export function isRegion(value: string): boolean {
  return REGION.test(value);
}

/**
 * The ARN partition a region belongs to. ARNs in a stack must use the partition of the region
 * the stack deploys to; `arn:aws:` in a China or GovCloud stack is a classic copy-paste error.
 */
export function partitionOf(region: string): string {
  if (region.startsWith("cn-")) return "aws-cn";
  if (region.startsWith("us-gov-")) return "aws-us-gov";
  if (region.startsWith("us-isob-")) return "aws-iso-b";
  if (region.startsWith("us-isof-")) return "aws-iso-f";
  if (region.startsWith("us-iso-")) return "aws-iso";
  if (region.startsWith("eu-isoe-")) return "aws-iso-e";
  if (region.startsWith("eusc-")) return "aws-eusc";
  return "aws";
}

/** Prefixes of the EC2 resource ids a spec can name. */
export type Ec2IdPrefix = "vpc" | "subnet" | "sg";

/** An EC2 resource id: prefix, `-`, then 8 (older resources) or 17 lower-case hex digits. */
export function isEc2Id(value: string, prefix: Ec2IdPrefix): boolean {
  return new RegExp(`^${prefix}-(?:[0-9a-f]{8}|[0-9a-f]{17})$`).test(value);
}

/** An IPv4 CIDR block such as `10.0.0.0/16`: four octets 0–255 without leading zeros, prefix 0–32. */
export function isIpv4Cidr(value: string): boolean {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(value);
  if (!match) return false;
  const octets = match.slice(1, 5);
  const okOctet = (o: string) => Number(o) <= 255 && (o === "0" || !o.startsWith("0"));
  return octets.every(okOctet) && Number(match[5]) <= 32;
}

/** The six fields of an ARN, split but not yet checked against any service's format. */
export interface ArnParts {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly account: string;
  readonly resource: string;
}

/** Splits `arn:partition:service:region:account:resource`; undefined when it is not an ARN at all. */
export function parseArn(value: string): ArnParts | undefined {
  const match = /^arn:([a-z-]+):([a-z0-9-]+):([a-z0-9-]*):([a-z0-9]*):(.+)$/.exec(value);
  if (!match) return undefined;
  const [, partition = "", service = "", region = "", account = "", resource = ""] = match;
  return { partition, service, region, account, resource };
}

/**
 * An IPv6 CIDR block such as `2001:db8::/32` or `::/0`: up to eight groups of 1–4 hex digits
 * with at most one `::`, and a prefix 0–128. Embedded IPv4 forms are not accepted (EC2 rules
 * never need them).
 */
export function isIpv6Cidr(value: string): boolean {
  const match = /^([0-9a-fA-F:]+)\/(\d{1,3})$/.exec(value);
  if (!match || Number(match[2]) > 128) return false;
  const address = match[1] ?? "";
  const halves = address.split("::");
  if (halves.length > 2) return false;
  const groups = (half: string | undefined) => (half ? half.split(":") : []);
  const all = [...groups(halves[0]), ...groups(halves[1])];
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? all.length <= 7 : all.length === 8;
}

/** A managed prefix list id: `pl-` and 8 or 17 lower-case hex digits, like other EC2 ids. */
export function isPrefixListId(value: string): boolean {
  return /^pl-(?:[0-9a-f]{8}|[0-9a-f]{17})$/.test(value);
}
