import { containersOf } from "../spec/containers.js";
import type { z } from "zod";
import type { secretRef } from "../spec/schema/index.js";
import { arn } from "./aws.js";
import type { WorkloadContext } from "./context.js";

type ParsedSecretRef = z.output<typeof secretRef>;

/** The `valueFrom` ECS needs for a secret: the ARN, plus `:jsonKey:versionStage:versionId` when any is set. */
export function secretValueFrom(ctx: WorkloadContext, ref: ParsedSecretRef): string {
  if (ref.source === "ssm") return ssmParameterArn(ctx, ref.parameter);
  if (ref.jsonKey === undefined && ref.versionStage === undefined && ref.versionId === undefined) return ref.arn;
  return [ref.arn, ref.jsonKey ?? "", ref.versionStage ?? "", ref.versionId ?? ""].join(":");
}

/** An SSM parameter given by name (`/a/b`) or ARN, as an ARN in the stack's account and region. */
export function ssmParameterArn(ctx: WorkloadContext, parameter: string): string {
  return parameter.startsWith("arn:") ? parameter : arn(ctx.env, "ssm", `parameter${parameter}`);
}

/**
 * IAM resources that let the execution role read a Secrets Manager secret. Secret ARNs end with
 * a random 6-character suffix that specs often leave out (the guide does); IAM matches the full
 * ARN, so a partial ARN needs the `-??????` wildcard or the task fails to start with
 * AccessDenied. When the ARN already looks complete, both forms are granted: a name that merely
 * ends in six letters would otherwise be denied.
 */
export function secretPolicyResources(secretArn: string): string[] {
  const looksComplete = /-[A-Za-z0-9]{6}$/.test(secretArn);
  return looksComplete ? [secretArn, `${secretArn}-??????`] : [`${secretArn}-??????`];
}

/**
 * Every secret reference of every container in the task, in spec order: its `secrets`, then the
 * `secretOptions` of its FireLens logging (the ECS agent resolves both with the execution role).
 */
export function allSecretRefs(ctx: WorkloadContext): ParsedSecretRef[] {
  return containersOf(ctx.spec).flatMap((c) => [
    ...Object.values(c.secrets),
    ...(c.logging?.driver === "firelens" ? Object.values(c.logging.secretOptions) : []),
  ]);
}
