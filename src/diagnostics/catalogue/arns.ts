import { entry } from "./entry.js";

/** ARNs, account and region (B4xx). */
export const arnsEntries = {
  B401: entry<{ kind: string; value: string; example: string; reason?: string }>({
    message: (a) => `"${a.value}" is not a valid ${a.kind} ARN${a.reason ? `: ${a.reason}` : ""}.`,
    hint: (a) => `Expected the form ${a.example}.`,
  }),
  B402: entry<{ value: string; found: string; expected: string }>({
    message: (a) => `ARN region "${a.found}" does not match the spec's region "${a.expected}".`,
    hint: () => "Resources referenced by a task must live in the region it runs in; check the ARN or the spec's region.",
  }),
  B403: entry<{ value: string; found: string; expected: string }>({
    message: (a) => `ARN account "${a.found}" does not match the spec's account "${a.expected}".`,
    hint: () => "Cross-account references need resource policies berth does not manage; check the ARN or the spec's account.",
  }),
  B404: entry<{ value: string }>({
    message: (a) => `"${a.value}" is not an AWS account id.`,
    hint: () => "Account ids are exactly 12 digits, e.g. 123456789012.",
  }),
  B405: entry<{ value: string }>({
    message: (a) => `"${a.value}" is not an AWS region name.`,
    hint: () => "Use a region code such as us-east-1, eu-west-2 or ap-southeast-1.",
  }),
  B406: entry<{ value: string }>({
    message: (a) => `KMS key "${a.value}" is an alias; an IAM policy naming an alias grants nothing on the key behind it.`,
    hint: () => "Use the key ARN (arn:…:kms:<region>:<account>:key/<key id>) so the execution role can decrypt the secret.",
  }),
  B407: entry<{ value: string }>({
    message: (a) => `"${a.value}" is not a valid ECS cluster name.`,
    hint: () => "Cluster names are 1–255 letters, digits, hyphens and underscores; or give the cluster ARN.",
  }),
} as const;
