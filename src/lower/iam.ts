import { containersOf } from "../spec/containers.js";
import type { ExistingRole, PolicyStatement, RoleResource, StringValue } from "../ir/index.js";
import { arn, type Environment } from "./aws.js";
import type { WorkloadContext } from "./context.js";
import { execTaskRoleStatements } from "./exec.js";
import { firelensExecutionStatements, firelensTaskRoleStatements } from "./firelens.js";
import { ecrRepositoryArn, parseImage } from "./image.js";
import { logStreamsArn } from "./logs.js";
import { allSecretRefs, secretPolicyResources, ssmParameterArn } from "./secrets.js";
import { executionRoleName, taskRoleName } from "../spec/names.js";
import { efsTaskRoleStatements } from "./volumes.js";
import { environmentFileStatements } from "./container-runtime.js";

const ECS_TASKS = "ecs-tasks.amazonaws.com";

/**
 * Only ECS tasks of this account and region may assume the roles, so another account's
 * service cannot be tricked into using them (the confused-deputy guard AWS recommends).
 */
function trustConditions(ctx: WorkloadContext): RoleResource["trustConditions"] {
  return {
    ArnLike: { "aws:SourceArn": arn(ctx.env, "ecs", "*") },
    StringEquals: { "aws:SourceAccount": ctx.env.account },
  };
}

/** What shapes every role a stack creates: the spec's IAM path and permissions boundary. */
export interface RoleSettingsSpec {
  readonly rolePath?: string | undefined;
  readonly permissionsBoundary?: string | undefined;
}

/**
 * The IAM path and permissions boundary every role of the stack gets (execution, task, schedule,
 * CodeDeploy); empty when the spec sets neither, so stacks without them are unchanged.
 */
export function roleSettings(spec: RoleSettingsSpec): Pick<RoleResource, "path" | "permissionsBoundary"> {
  return {
    ...(spec.rolePath === undefined || spec.rolePath === "/" ? {} : { path: spec.rolePath }),
    ...(spec.permissionsBoundary === undefined ? {} : { permissionsBoundary: spec.permissionsBoundary }),
  };
}

/** The ARN IAM gives a role berth creates: the path is part of it (`role/<path>/<name>`). */
export function createdRoleArn(env: Environment, spec: RoleSettingsSpec, name: string): string {
  return arn(env, "iam", `role${roleSettings(spec).path ?? "/"}${name}`, { global: true });
}

/** The execution role's ARN as a literal (PassRole statements need it): the given one, or the one berth creates. */
export function executionRoleArn(ctx: WorkloadContext): string {
  return ctx.spec.executionRole?.arn ?? createdRoleArn(ctx.env, ctx.spec, executionRoleName(ctx.spec));
}

/** The task role's ARN as a literal: the given one, or the one berth creates. */
export function taskRoleArn(ctx: WorkloadContext): string {
  return ctx.spec.taskRole.arn ?? createdRoleArn(ctx.env, ctx.spec, taskRoleName(ctx.spec));
}

/** What the task definition names: the given ARN, or a reference to the role the stack creates. */
export function roleValue(given: string | undefined, id: string): StringValue {
  return given ?? { resource: id, attribute: "arn" };
}

/**
 * The task's two roles. Each is built the same way whether or not the spec brings its own; a
 * role given by ARN becomes an {@link ExistingRole} carrying exactly the permissions and trust
 * berth would have created, for the README, and no resource.
 */
export function lowerWorkloadRoles(ctx: WorkloadContext): { readonly created: RoleResource[]; readonly existing: ExistingRole[] } {
  const created: RoleResource[] = [];
  const existing: ExistingRole[] = [];
  const place = (role: RoleResource, given: string | undefined, purpose: ExistingRole["purpose"]) => {
    if (given === undefined) {
      created.push(role);
      return;
    }
    existing.push({
      id: role.id,
      arn: given,
      purpose,
      principal: role.principal,
      ...(role.trustConditions === undefined ? {} : { trustConditions: role.trustConditions }),
      managedPolicies: role.managedPolicies,
      inlinePolicies: role.inlinePolicies,
    });
  };
  place(lowerExecutionRole(ctx), ctx.spec.executionRole?.arn, "execution");
  place(lowerTaskRole(ctx), ctx.spec.taskRole.arn, "task");
  return { created, existing };
}

/**
 * The execution role used by the ECS agent: pull the task's private ECR images, write its log
 * streams, and read exactly the secrets and parameters the containers reference. No managed
 * policy, because AmazonECSTaskExecutionRolePolicy grants these on every resource.
 */
export function lowerExecutionRole(ctx: WorkloadContext): RoleResource {
  const repositories = unique(containersOf(ctx.spec).map((c) => ecrRepositoryArn(parseImage(c.image).repository)));
  const statements: PolicyStatement[] = [];
  if (repositories.length > 0) {
    // GetAuthorizationToken has no resource-level permissions; "*" is the only valid resource.
    statements.push({ sid: "EcrAuth", effect: "Allow", actions: ["ecr:GetAuthorizationToken"], resources: ["*"] });
    statements.push({ sid: "EcrPull", effect: "Allow", actions: ["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"], resources: repositories });
  }
  // The stack's log group, plus existing groups containers name with awslogs `group`.
  const otherGroups = containersOf(ctx.spec).flatMap((c) => (c.logging?.driver !== "firelens" && c.logging?.group ? [c.logging.group] : []));
  const logStreams = [logStreamsArn(ctx), ...unique(otherGroups.map((group) => arn(ctx.env, "logs", `log-group:${group}:log-stream:*`)))];
  statements.push({ sid: "Logs", effect: "Allow", actions: ["logs:CreateLogStream", "logs:PutLogEvents"], resources: [...new Set(logStreams)] });
  const refs = allSecretRefs(ctx);
  // A private registry's credentials are a secret the agent reads like any other.
  const registryCredentials = containersOf(ctx.spec).flatMap((c) => (c.repositoryCredentials ? [c.repositoryCredentials] : []));
  const secretArns = unique([
    ...refs.flatMap((r) => (r.source === "secretsManager" ? secretPolicyResources(r.arn) : [])),
    ...registryCredentials.flatMap((r) => secretPolicyResources(r.secret)),
  ]);
  const parameterArns = unique(refs.map((r) => (r.source === "ssm" ? ssmParameterArn(ctx, r.parameter) : undefined)));
  const kmsKeys = unique([...refs.map((r) => r.kmsKey), ...registryCredentials.map((r) => r.kmsKey)]);
  if (secretArns.length) statements.push({ sid: "ReadSecrets", effect: "Allow", actions: ["secretsmanager:GetSecretValue"], resources: secretArns });
  if (parameterArns.length) statements.push({ sid: "ReadParameters", effect: "Allow", actions: ["ssm:GetParameters"], resources: parameterArns });
  if (kmsKeys.length) statements.push({ sid: "DecryptSecrets", effect: "Allow", actions: ["kms:Decrypt"], resources: kmsKeys });
  statements.push(...firelensExecutionStatements(ctx));
  statements.push(...environmentFileStatements(ctx));
  return {
    kind: "role",
    id: ctx.ids.executionRole,
    name: executionRoleName(ctx.spec),
    description: `ECS agent role of ${ctx.spec.name}: image pull, logs, secrets`,
    principal: ECS_TASKS,
    trustConditions: trustConditions(ctx),
    managedPolicies: [],
    inlinePolicies: [{ name: "execution", statements }],
    ...roleSettings(ctx.spec),
    tags: ctx.tags,
  };
}

/**
 * The task role assumed by the application code: the spec's statements and policies, plus what
 * the FireLens log router needs to ship to CloudWatch Logs, plus ECS Exec when enabled: the
 * session channels, and — when the cluster is a `defineCluster()` spec of the same run — what
 * its session logging and KMS key need (see {@link execTaskRoleStatements}). A cluster defined
 * elsewhere is not known: its exec logging or KMS key needs `taskRole.statements`.
 */
export function lowerTaskRole(ctx: WorkloadContext): RoleResource {
  const { taskRole, exec } = ctx.spec;
  const inlinePolicies: RoleResource["inlinePolicies"][number][] = [];
  if (taskRole.statements.length > 0) {
    inlinePolicies.push({
      name: "application",
      statements: taskRole.statements.map((s) => ({
        effect: s.effect,
        actions: s.actions,
        resources: s.resources,
        ...(s.conditions ? { conditions: s.conditions } : {}),
      })),
    });
  }
  const firelens = firelensTaskRoleStatements(ctx);
  if (firelens.length > 0) inlinePolicies.push({ name: "firelens", statements: firelens });
  if (exec) inlinePolicies.push({ name: "ecs-exec", statements: execTaskRoleStatements(ctx) });
  const efs = efsTaskRoleStatements(ctx);
  if (efs.length > 0) inlinePolicies.push({ name: "efs", statements: efs });
  return {
    kind: "role",
    id: ctx.ids.taskRole,
    name: taskRoleName(ctx.spec),
    description: `Application role of ${ctx.spec.name}`,
    principal: ECS_TASKS,
    trustConditions: trustConditions(ctx),
    managedPolicies: [...taskRole.managedPolicies].sort(),
    inlinePolicies,
    ...roleSettings(ctx.spec),
    tags: ctx.tags,
  };
}

function unique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined))].sort();
}
