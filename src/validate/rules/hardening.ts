/**
 * Rules for what passes every field check but that AWS refuses at deploy time (resource ARNs,
 * image references, the task definition's size), and for security defaults a production team
 * expects a warning about (root users, administrator task roles). Catalogue: B660–B679.
 */
import type { SpecPath } from "../../diagnostics/diagnostic.js";
import { taskContainers } from "../../spec/containers.js";
import { firelensLoggingOf, routesThroughFluentBit } from "../../spec/firelens.js";
import { streamOutput } from "../../spec/firelens-streams.js";
import type { RuleContext } from "../context.js";
import type { WorkloadRule } from "./rule.js";

/** Where a policy may use an IAM variable (`${aws:username}`); checked as if it were `*`. */
const POLICY_VARIABLE = /\$\{[^}]+\}/g;

/**
 * Why an IAM statement resource is not an ARN, or undefined when it is one: `*`, or
 * `arn:partition:service:region:account:resource` where any field may hold wildcards.
 */
export function resourceArnProblem(value: string): string | undefined {
  if (value === "*") return undefined;
  const parts = value.replace(POLICY_VARIABLE, "*").split(":");
  if (parts[0] !== "arn") return 'it must start with "arn:" (or be "*")';
  if (parts.length < 6) return `it has ${parts.length - 1} of the 5 colons an ARN needs`;
  const [, partition = "", service = "", region = "", account = "", ...resource] = parts;
  if (!/^(?:aws|aws-cn|aws-us-gov|aws-iso(?:-[a-z])?|[a-z*-]*\*[a-z*-]*)$/.test(partition)) return `"${partition}" is not a partition (aws, aws-cn, aws-us-gov)`;
  if (!/^[a-z0-9*?-]+$/.test(service)) return `"${service}" is not a service prefix such as s3 or sqs`;
  if (!/^[a-z0-9*?-]*$/.test(region)) return `"${region}" is not a region such as us-east-1 (or empty)`;
  if (!/^(?:\d{12}|aws|[0-9*?]*)$/.test(account)) return `"${account}" is not a 12-digit account id (or empty)`;
  if (resource.join(":") === "") return "its resource part is empty";
  return undefined;
}

/** B660: statement resources ECS would pass to IAM, which refuses the whole policy for one bad ARN. */
export const statementResources: WorkloadRule = (spec, context) => {
  spec.taskRole.statements.forEach((statement, i) =>
    statement.resources.forEach((value, j) => {
      const problem = resourceArnProblem(value);
      if (problem !== undefined) context.report("B660", ["taskRole", "statements", i, "resources", j], { value, problem });
    }),
  );
};

// The reference grammar of the distribution project (docker/distribution reference/regexp.go).
const PATH_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
const DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`;
const TAG = "[\\w][\\w.-]{0,127}";
const DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
const IMAGE_REFERENCE = new RegExp(`^(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*(?::${TAG})?(?:@${DIGEST})?$`);

/** Whether ECS (and the registry behind it) can pull this reference; ECS allows 255 characters. */
export function isImageReference(value: string): boolean {
  return value.length <= 255 && IMAGE_REFERENCE.test(value);
}

/** B661: an image reference the container agent cannot parse fails every task at start, not at deploy. */
export const imageReferences: WorkloadRule = (spec, context) => {
  for (const { container, path } of taskContainers(spec)) {
    if (!isImageReference(container.image)) context.report("B661", [...path, "image"], { value: container.image });
  }
};

/** ECS's limit on a RegisterTaskDefinition request: 64 KiB. */
export const TASK_DEFINITION_LIMIT = 65_536;

/**
 * B662: the container definitions alone, as the spec writes them, already exceed what ECS
 * accepts for the whole task definition. The spec's JSON is a lower bound of the definition
 * ECS receives (which adds log configuration and defaults), so this never fires falsely.
 */
export const taskDefinitionSize: WorkloadRule = (spec, context) => {
  const bytes = Buffer.byteLength(JSON.stringify([spec.container, ...spec.sidecars]), "utf8");
  if (bytes > TASK_DEFINITION_LIMIT) context.report("B662", ["container"], { bytes, limit: TASK_DEFINITION_LIMIT });
};

/** `root`, uid 0, or either with a group. */
function isRootUser(user: string): boolean {
  return /^(?:root|0)(?::.*)?$/.test(user.trim());
}

/**
 * B663/B664 (warnings; AWS Control Tower's ECS proactive controls fail them): a container that
 * runs as root, and a host-mode task whose container sets no user. In host mode the container
 * shares the instance's network namespace, so root there is close to root on the instance.
 */
export const rootUsers: WorkloadRule = (spec, context) => {
  for (const { container, path } of taskContainers(spec)) {
    if (container.user !== undefined && isRootUser(container.user)) context.report("B663", [...path, "user"], { user: container.user }, "warning");
    else if (container.user === undefined && spec.networkMode === "host") context.report("B664", path, {}, "warning");
  }
};

/** B665 (warning) and B666: an administrator task role, and a managed policy listed twice. */
export const taskRolePower: WorkloadRule = (spec, context) => {
  spec.taskRole.statements.forEach((statement, i) => {
    if (statement.effect === "Allow" && statement.actions.includes("*") && statement.resources.includes("*") && statement.conditions === undefined) {
      context.report("B665", ["taskRole", "statements", i], { what: '"*" on "*"' }, "warning");
    }
  });
  const seen = new Set<string>();
  spec.taskRole.managedPolicies.forEach((arn, i) => {
    const at: SpecPath = ["taskRole", "managedPolicies", i];
    if (seen.has(arn)) context.report("B666", at, { arn });
    seen.add(arn);
    if (/^arn:[a-z-]+:iam::aws:policy\/AdministratorAccess$/.test(arn)) context.report("B665", at, { what: "AdministratorAccess" }, "warning");
  });
};

/** B667 (warning): a Firehose, Kinesis or S3 output whose destination berth cannot name for the task role. */
export const firelensStreamDestinations: WorkloadRule = (spec, context: RuleContext) => {
  if (!routesThroughFluentBit(spec)) return;
  for (const { container, path } of taskContainers(spec)) {
    const output = streamOutput(firelensLoggingOf(container)?.options ?? {});
    if (output !== undefined && output.destination === undefined && output.roleArn === undefined) {
      context.report("B667", [...path, "logging", "options"], { plugin: output.plugin, option: output.kind.option }, "warning");
    }
  }
};

/** The rules of this file, in report order. */
export const HARDENING_RULES: readonly WorkloadRule[] = [statementResources, imageReferences, taskDefinitionSize, rootUsers, taskRolePower, firelensStreamDestinations];
