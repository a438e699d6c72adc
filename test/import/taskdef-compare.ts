import { GetAtt, Ref, Sub } from "../../src/backends/cloudformation/intrinsics.js";
import type { Json } from "./taskdef-shape.js";

/**
 * The allowed differences between an imported task definition and the one berth generates from
 * the imported spec. Everything else must match exactly.
 *
 * 1. image: the generated image keeps the input's repository but takes its tag from the stack's
 *    image-tag input (CloudFormation `!Sub "repo:${ImageTag}"`, Terraform `${var.image_tag}`).
 * 2. `awslogs-group`: a reference to the log group the stack creates (`!Ref LogGroup`,
 *    `${aws_cloudwatch_log_group….name}`); the importer marks a different input group with a TODO.
 * 3. `executionRoleArn` / `taskRoleArn` the input does not name: references to the roles the
 *    stack creates (a role the input names is kept as an existing role and must match exactly).
 * Before comparing, both sides get ECS's documented defaults filled in (essential true, tcp,
 * health-check timings, …), empty lists dropped, and environment/secrets sorted by name.
 * 4. tags (berth tags every resource itself) and the fields describe-task-definition adds
 *    (revision, status, registeredAt, compatibilities, …): removed before comparing.
 */
export const ALLOWED_DIFFERENCES = ["image tag via the stack input", "awslogs-group as a log group reference", "roles the input lacks as created-role references", "tags and describe-only fields"] as const;

/** Stands for a role the input does not name, which berth creates. */
const CREATED_ROLE = "<created by the stack>";

/** The template form of a generated value, when it is a reference rather than a literal. */
function reference(value: Json): string | undefined {
  if (value instanceof Sub) return value.template;
  if (value instanceof Ref) return `\${${value.logicalId}}`;
  if (value instanceof GetAtt) return `\${${value.logicalId}.${value.attribute}}`;
  return typeof value === "string" && value.includes("${") ? value : undefined;
}

/** Whether a generated reference stands for the input's literal (a `${…}` placeholder may be any text). */
function placeholderMatches(template: string, literal: string): boolean {
  const pattern = template.split(/\$\{[^}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[^:@/]*");
  return new RegExp(`^${pattern}$`).test(literal);
}

/** The outcome of one comparison: fields that matched and every difference, by path. */
export interface Comparison {
  compared: number;
  differences: string[];
}

/** Compares the expected (input) and the generated task definition field by field. */
export function compareTaskDefinitions(expected: Json, actual: Json): Comparison {
  const result: Comparison = { compared: 0, differences: [] };
  const walk = (e: Json, a: Json, path: string): void => {
    const leaf = path.split(".").pop() ?? "";
    if ((leaf === "executionRoleArn" || leaf === "taskRoleArn") && e === CREATED_ROLE) {
      if (reference(a) !== undefined) result.compared++;
      else result.differences.push(`${path}: expected a reference to the created role, got ${JSON.stringify(a)}`);
      return;
    }
    if (leaf === "awslogs-group" && reference(a) !== undefined) {
      result.compared++;
      return;
    }
    if (/\.image$/.test(path) && typeof e === "string" && reference(a) !== undefined) {
      if (placeholderMatches(reference(a)!, e)) result.compared++;
      else result.differences.push(`${path}: ${reference(a)} does not stand for ${e}`);
      return;
    }
    if (Array.isArray(e) || Array.isArray(a)) {
      if (!Array.isArray(e) || !Array.isArray(a) || e.length !== a.length) {
        result.differences.push(`${path}: expected ${JSON.stringify(e)}, got ${JSON.stringify(a)}`);
        return;
      }
      e.forEach((item, i) => walk(item, a[i], `${path}[${i}]`));
      return;
    }
    if (e !== null && typeof e === "object" && a !== null && typeof a === "object" && reference(a) === undefined) {
      for (const key of new Set([...Object.keys(e), ...Object.keys(a)])) walk(e[key], a[key], path === "" ? key : `${path}.${key}`);
      return;
    }
    if (e === a) result.compared++;
    else result.differences.push(`${path}: expected ${JSON.stringify(e)}, got ${a instanceof Object ? (reference(a) ?? JSON.stringify(a)) : JSON.stringify(a)}`);
  };
  // berth creates a role the input does not name; the generated side then holds a reference (difference 3).
  walk({ ...expected, executionRoleArn: expected.executionRoleArn ?? CREATED_ROLE, taskRoleArn: expected.taskRoleArn ?? CREATED_ROLE }, actual, "");
  return result;
}
