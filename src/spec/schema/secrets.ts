import { z } from "zod";

/** A secret read from AWS Secrets Manager and injected as an environment variable at task start. */
export const secretsManagerRef = z.strictObject({
  source: z.literal("secretsManager"),
  /** Secret ARN (complete, or partial without the random 6-character suffix). */
  arn: z.string(),
  /** Key inside a JSON secret; the whole secret string is injected when absent. */
  jsonKey: z.string().min(1).optional(),
  /** Version stage such as `AWSCURRENT`; mutually exclusive with `versionId`. */
  versionStage: z.string().min(1).optional(),
  /** Version id; mutually exclusive with `versionStage`. */
  versionId: z.string().min(1).optional(),
  /** ARN of the customer managed KMS key the secret is encrypted with; grants kms:Decrypt on it. */
  kmsKey: z.string().optional(),
});

/** A parameter read from SSM Parameter Store and injected as an environment variable at task start. */
export const ssmParameterRef = z.strictObject({
  source: z.literal("ssm"),
  /** Parameter ARN, or a parameter name starting with `/` (resolved in the spec's account and region). */
  parameter: z.string(),
  /** ARN of the customer managed KMS key of a SecureString parameter; grants kms:Decrypt on it. */
  kmsKey: z.string().optional(),
});

/** Where a secret's value comes from. Build one with `secretsManager()` or `ssmParameter()`. */
export const secretRef = z.discriminatedUnion("source", [secretsManagerRef, ssmParameterRef]);

export type SecretsManagerRef = z.input<typeof secretsManagerRef>;
export type SsmParameterRef = z.input<typeof ssmParameterRef>;
export type SecretRef = z.input<typeof secretRef>;
