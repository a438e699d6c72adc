import type { SpecPath } from "../../diagnostics/diagnostic.js";
import { parseArn } from "../../spec/aws-formats.js";
import type { WorkloadSpec } from "../../spec/workload.js";
import type { RuleContext } from "../context.js";
import type { ServiceRule, TaskRule, WorkloadRule } from "./rule.js";

/** IAM's limit on a path. */
const MAX_ROLE_PATH = 512;

/**
 * B930: a task role given by ARN together with statements or managed policies. berth would have
 * to attach them to a role it does not own (and a later `terraform destroy` or stack deletion
 * would take them off again behind the owner's back), so the combination is refused rather than
 * half-done: the owner of the role grants them.
 */
export const existingTaskRole: WorkloadRule = (spec, context) => {
  if (spec.taskRole.arn === undefined) return;
  for (const field of ["statements", "managedPolicies"] as const) {
    const count = spec.taskRole[field].length;
    if (count > 0) context.report("B930", ["taskRole", field], { field, count });
  }
};

/**
 * B933: a service-linked role (`role/aws-service-role/…`) trusts only its own service, so ECS
 * tasks can never assume it; registering the task definition would work and every task would
 * fail to start. Malformed ARNs are B401's (arns.ts).
 */
export const serviceLinkedRoles: WorkloadRule = (spec, context) => {
  const given: [string | undefined, string, SpecPath][] = [
    [spec.executionRole?.arn, "execution", ["executionRole", "arn"]],
    [spec.taskRole.arn, "task", ["taskRole", "arn"]],
  ];
  for (const [value, which, path] of given) {
    if (value !== undefined && parseArn(value)?.resource.startsWith("role/aws-service-role/")) context.report("B933", path, { value, which });
  }
};

/** B931: `rolePath` must be an IAM path, or CloudFormation and Terraform fail at deploy time. */
export const rolePathFormat: WorkloadRule = (spec, context) => checkRolePath(spec.rolePath, context);

/** B931 on a spec's `rolePath`, when it has one (services, tasks and clusters alike). */
export function checkRolePath(path: string | undefined, context: RuleContext): void {
  if (path === undefined) return;
  const reason = rolePathProblem(path);
  if (reason !== undefined) context.report("B931", ["rolePath"], { value: path, reason });
}

/** B932 (warning) when a spec sets `permissionsBoundary` or `rolePath` and its stack creates no role. */
export function reportUnusedRoleSettings(spec: { readonly permissionsBoundary?: string | undefined; readonly rolePath?: string | undefined }, context: RuleContext): void {
  const fields = [...(spec.permissionsBoundary === undefined ? [] : ["permissionsBoundary"]), ...(spec.rolePath === undefined ? [] : ["rolePath"])];
  if (fields.length > 0) context.report("B932", [fields[0] as string], { fields }, "warning");
}

function rolePathProblem(path: string): string | undefined {
  if (!path.startsWith("/")) return 'it must start with "/"';
  if (!path.endsWith("/")) return 'it must end with "/"';
  if (path.length > MAX_ROLE_PATH) return `it has ${path.length} characters, at most ${MAX_ROLE_PATH} are allowed`;
  // IAM allows the printable ASCII characters after the space.
  if (!/^[\x21-\x7e]+$/.test(path)) return "it may only contain printable ASCII characters, no spaces";
  return undefined;
}

/**
 * B932 (warning): `permissionsBoundary` and `rolePath` shape the roles berth creates; when every
 * role the stack needs is given by ARN they change nothing, which is worth saying before someone
 * relies on them. `createsOtherRoles` is whether the kind creates a role besides the two task
 * roles (CodeDeploy for blue/green services, EventBridge for scheduled tasks).
 */
function unusedRoleSettings(spec: WorkloadSpec, createsOtherRoles: boolean, context: RuleContext): void {
  if (createsOtherRoles || spec.executionRole === undefined || spec.taskRole.arn === undefined) return;
  reportUnusedRoleSettings(spec, context);
}

/**
 * B932 for services: a blue/green service still creates the CodeDeploy role, and a service with
 * an EBS volume the ECS infrastructure role.
 */
export const serviceRoleSettings: ServiceRule = (spec, context) =>
  unusedRoleSettings(spec, spec.deploy.strategy !== "rolling" || spec.volumes.some((volume) => volume.type === "ebs"), context);

/** B932 for tasks: a scheduled task still creates the role EventBridge assumes. */
export const taskRoleSettings: TaskRule = (spec, context) => unusedRoleSettings(spec, spec.schedule !== undefined, context);

/** The role rules every workload runs. */
export const ROLE_RULES: readonly WorkloadRule[] = [existingTaskRole, serviceLinkedRoles, rolePathFormat];
