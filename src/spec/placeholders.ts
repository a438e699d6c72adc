/**
 * The placeholder values `berth init` writes where only the user knows the answer. Each has the
 * format the field requires, so a new spec validates as written, and is one no real resource
 * has (account 000000000000 does not exist; ids of all zeros are never allocated), so
 * `validate` can tell them apart from real values and warn (B120) until each is replaced.
 */
export const PLACEHOLDERS = {
  account: "000000000000",
  vpc: "vpc-00000000000000000",
  subnetA: "subnet-00000000000000000",
  subnetB: "subnet-00000000000000001",
  securityGroup: "sg-00000000000000000",
} as const;

/** What each placeholder stands for, as B120 names it. */
const MEANING: Readonly<Record<string, string>> = {
  [PLACEHOLDERS.account]: "the AWS account id",
  [PLACEHOLDERS.vpc]: "the VPC id",
  [PLACEHOLDERS.subnetA]: "a subnet id",
  [PLACEHOLDERS.subnetB]: "a subnet id",
  [PLACEHOLDERS.securityGroup]: "a security group id",
};

/**
 * The placeholder account inside a longer value: an ECR image host or an ARN
 * (`000000000000.dkr.ecr…`, `arn:aws:…:000000000000:…`), delimited so a longer digit run is not one.
 */
const ACCOUNT_INSIDE = new RegExp(`(^|[^0-9])${PLACEHOLDERS.account}([^0-9]|$)`);

/** What a placeholder in `value` stands for, or undefined when `value` holds none. */
export function placeholderIn(value: string): string | undefined {
  const exact = MEANING[value];
  if (exact !== undefined) return exact;
  return ACCOUNT_INSIDE.test(value) ? "the AWS account id inside this value" : undefined;
}

/** One placeholder found in a spec: the path of the field and the value there. */
export interface FoundPlaceholder {
  readonly path: ReadonlyArray<string | number>;
  readonly value: string;
  readonly what: string;
}

/** Every string in a spec (any depth, keys excluded) that holds a placeholder, in document order. */
export function findPlaceholders(value: unknown, path: ReadonlyArray<string | number> = []): FoundPlaceholder[] {
  if (typeof value === "string") {
    const what = placeholderIn(value);
    return what === undefined ? [] : [{ path, value, what }];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => findPlaceholders(item, [...path, i]));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => findPlaceholders(item, [...path, key]));
  return [];
}
