import type { SpecPath } from "../../diagnostics/diagnostic.js";
import { firelensLoggingOf } from "../../spec/firelens.js";
import type { WorkloadRule } from "./rule.js";
import { taskContainers, type ParsedContainer } from "../../spec/containers.js";

/** What ECS and shells accept as a variable name. */
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Name parts that mark a credential when they appear as a whole word (`STRIPE_KEY`, not `MONKEY`). */
const CREDENTIAL_WORDS = new Set([
  "PASSWORD", "PASSWORDS", "PASSWD", "PASS", "PWD", "PASSPHRASE", "SECRET", "SECRETS", "TOKEN", "TOKENS",
  "KEY", "KEYS", "APIKEY", "PRIVATE", "CREDENTIAL", "CREDENTIALS", "AUTH",
]);

/**
 * A last name part that makes the variable *about* a credential rather than the credential
 * itself (`AUTH_URL`, `TOKEN_TTL`, `SECRET_ARN`, `API_KEY_HEADER`). The rule is an error, so
 * it must not fire on ordinary configuration.
 */
const DESCRIPTIVE_SUFFIXES = new Set([
  "URL", "URI", "URLS", "ENDPOINT", "HOST", "HOSTNAME", "PORT", "FILE", "PATH", "DIR", "ARN", "NAME", "ID", "IDS",
  "TTL", "TIMEOUT", "EXPIRY", "EXPIRES", "EXPIRATION", "DAYS", "HOURS", "MINUTES", "SECONDS", "MS",
  "ENABLED", "DISABLED", "ENABLE", "REQUIRED", "HEADER", "ISSUER", "AUDIENCE", "DOMAIN", "REGION", "TYPE", "MODE",
  "PROVIDER", "LENGTH", "SIZE", "VERSION", "ALGORITHM", "FORMAT", "PREFIX", "SUFFIX", "COUNT", "LIMIT", "LOCATION",
  "BUCKET", "QUEUE", "TOPIC", "TABLE", "SUBNET", "ZONE", "RATE", "THRESHOLD", "PERCENT",
]);

/** Shell variables that only contain a credential word by accident (`PWD` is the working directory). */
const SHELL_VARIABLES = new Set(["PWD", "OLDPWD"]);

/** Words before KEY that make it a data key, not a secret (`PARTITION_KEY`, `ROUTING_KEY`, `PUBLIC_KEY`). */
const DATA_KEY_QUALIFIERS = new Set([
  "PUBLIC", "PARTITION", "SORT", "HASH", "RANGE", "ROUTING", "PRIMARY", "FOREIGN", "CACHE", "OBJECT", "S3",
  "IDEMPOTENCY", "SHARD", "LOOKUP",
]);

/** Values that are switches, not secrets (`USE_AUTH=true`). */
const SWITCH_VALUES = new Set(["true", "false", "yes", "no", "on", "off", "0", "1", "none", "disabled", "enabled"]);

/** A URL with a password in its user info, e.g. `postgres://app:hunter2@db/prod`. */
const URL_WITH_PASSWORD = /:\/\/[^/\s@]*:[^/\s@]+@/;

/**
 * Values whose shape alone marks a credential, whatever the variable is called: AWS access key
 * ids (long-term `AKIA…` and temporary `ASIA…`), GitHub tokens (classic `ghp_`/`gho_`/`ghu_`/
 * `ghs_`/`ghr_` and fine-grained `github_pat_`), Stripe live secret and restricted keys, Slack
 * tokens and PEM private keys. Each pattern is the vendor's documented prefix plus enough of the
 * body that an ordinary value (`ghp_enabled`) does not match.
 */
const CREDENTIAL_VALUES: readonly RegExp[] = [
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/,
  /\bgh[pousr]_[A-Za-z0-9]{36,}\b/,
  /\bgithub_pat_[A-Za-z0-9_]{22,}\b/,
  /\b(?:sk|rk)_live_[A-Za-z0-9]{16,}\b/,
  /\bxox[abpr]-[A-Za-z0-9-]{10,}\b/,
  /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/,
];

/**
 * Whether a plain environment variable looks like a credential written in clear text. Names are
 * split into words at `_` and camelCase boundaries; a credential word must be a whole word.
 */
export function looksLikeCredential(name: string, value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === "" || trimmed.startsWith("arn:") || SWITCH_VALUES.has(trimmed.toLowerCase())) return false;
  if (SHELL_VARIABLES.has(name)) return false;
  if (URL_WITH_PASSWORD.test(trimmed) || CREDENTIAL_VALUES.some((pattern) => pattern.test(trimmed))) return true;
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1_$2")
    .toUpperCase()
    .split(/_+/)
    .filter(Boolean);
  const last = words[words.length - 1];
  if (last === undefined || DESCRIPTIVE_SUFFIXES.has(last)) return false;
  return words.some((word, i) => {
    if (word.includes("PASSWORD") || word.includes("PASSWD")) return true;
    if (!CREDENTIAL_WORDS.has(word)) return false;
    const before = words[i - 1];
    return !(word === "KEY" && before !== undefined && DATA_KEY_QUALIFIERS.has(before));
  });
}

/**
 * B601: credentials in `environment` end up in clear text in the task definition, readable by
 * anyone with ecs:DescribeTaskDefinition and in every template diff. They belong in `secrets`.
 */
export const credentialsInEnvironment: WorkloadRule = (spec, context) => {
  for (const { container, path } of taskContainers(spec)) {
    for (const [name, value] of Object.entries(container.environment)) {
      if (looksLikeCredential(name, value)) context.report("B601", [...path, "environment", name], { name });
    }
  }
};

/**
 * B602/B611: variable names must be valid, and a variable comes from one source only (ECS
 * would otherwise pick one of them silently, depending on ordering).
 */
export const variableNames: WorkloadRule = (spec, context) => {
  for (const { container, path } of taskContainers(spec)) {
    for (const name of Object.keys(container.environment)) {
      if (!VARIABLE_NAME.test(name)) context.report("B611", [...path, "environment", name], { name });
      if (Object.hasOwn(container.secrets, name)) context.report("B602", [...path, "environment", name], { name });
    }
    for (const name of Object.keys(container.secrets)) {
      if (!VARIABLE_NAME.test(name)) context.report("B611", [...path, "secrets", name], { name });
    }
  }
};

/**
 * B606: a Secrets Manager reference pins a version by stage or by id; ECS rejects both at once.
 * FireLens `secretOptions` are resolved the same way as `secrets`, so they are checked alike.
 */
export const secretVersions: WorkloadRule = (spec, context) => {
  for (const { container, path } of taskContainers(spec)) {
    const references: [SpecPath, Record<string, ParsedContainer["secrets"][string]>][] = [
      [[...path, "secrets"], container.secrets],
      [[...path, "logging", "secretOptions"], firelensLoggingOf(container)?.secretOptions ?? {}],
    ];
    for (const [at, refs] of references) {
      for (const [name, ref] of Object.entries(refs)) {
        if (ref.source === "secretsManager" && ref.versionStage !== undefined && ref.versionId !== undefined) {
          context.report("B606", [...at, name, "versionId"], {});
        }
      }
    }
  }
};
