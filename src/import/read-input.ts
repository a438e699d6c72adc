import { ImportReport, obj, objs, str, type Json } from "./spec-tree.js";

/** Fields `describe-task-definition` adds that are ECS's bookkeeping, not part of the definition. */
export const DESCRIBE_ONLY_FIELDS = [
  "taskDefinitionArn", "revision", "status", "requiresAttributes", "compatibilities",
  "registeredAt", "registeredBy", "deregisteredAt",
] as const;

/** Where the account and region of the spec came from. */
export interface Placement {
  readonly account?: string;
  readonly region?: string;
}

/**
 * Parses the input text: a `describe-task-definition` answer (`{ "taskDefinition": {…}, "tags" }`)
 * or a bare `register-task-definition` input. Returns undefined (with B960) for anything else.
 */
export function readTaskDefinition(text: string, report: ImportReport): Json | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    report.add("error", "B960", "", { reason: `invalid JSON (${(error as Error).message})` });
    return undefined;
  }
  const outer = obj(parsed);
  const inner = "taskDefinition" in outer ? obj(outer.taskDefinition) : outer;
  if (!Array.isArray(inner.containerDefinitions)) {
    report.add("error", "B960", "", { reason: "no containerDefinitions list" });
    return undefined;
  }
  // describe-task-definition --include TAGS prints the tags beside the definition.
  const tags = inner.tags ?? outer.tags;
  return tags === undefined ? { ...inner } : { ...inner, tags };
}

const ARN = /^arn:aws[a-z-]*:[a-z0-9-]+:([a-z0-9-]*):(\d{12}):/;
const ECR = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com/;

/**
 * Account and region from the definition's own ARNs and ECR image hosts, first found wins:
 * taskDefinitionArn, executionRoleArn/taskRoleArn (account only: IAM is global), images, secrets.
 */
export function inferPlacement(definition: Json): Placement {
  const candidates: string[] = [];
  for (const key of ["taskDefinitionArn", "executionRoleArn", "taskRoleArn"]) {
    const value = str(definition[key]);
    if (value) candidates.push(value);
  }
  for (const container of objs(definition.containerDefinitions)) {
    const image = str(container.image);
    if (image) candidates.push(image);
    for (const secret of objs(container.secrets)) candidates.push(str(secret.valueFrom) ?? "");
    const logging = obj(container.logConfiguration);
    for (const secret of objs(logging.secretOptions)) candidates.push(str(secret.valueFrom) ?? "");
    const region = str(obj(logging.options)["awslogs-region"]);
    if (region) candidates.push(`region:${region}`);
  }
  let account: string | undefined;
  let region: string | undefined;
  for (const candidate of candidates) {
    const arn = ARN.exec(candidate);
    const ecr = ECR.exec(candidate);
    account ??= arn?.[2] ?? ecr?.[1];
    if (arn?.[1]) region ??= arn[1];
    region ??= ecr?.[2] ?? (candidate.startsWith("region:") ? candidate.slice(7) : undefined);
  }
  return { ...(account ? { account } : {}), ...(region ? { region } : {}) };
}
