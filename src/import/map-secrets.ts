import { Call, ImportReport, objectOf, objs, str, type SpecObject } from "./spec-tree.js";

const SECRETS_MANAGER = /^(arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[^:]+)(?::([^:]*):([^:]*):([^:]*))?$/;
const SSM = /^(arn:aws[a-z-]*:ssm:[a-z0-9-]+:\d{12}:parameter\/.+|\/.+)$/;

/**
 * One `valueFrom` as a helper call: `secretsManager(arn, { jsonKey, versionStage, versionId })`
 * for a Secrets Manager ARN (ECS's `arn:…:secret:name:jsonKey:stage:id` suffix split back into
 * options), `ssmParameter(arnOrName)` for Parameter Store. Anything else is B966.
 */
export function secretCall(valueFrom: string, report: ImportReport, path: string): Call | undefined {
  const sm = SECRETS_MANAGER.exec(valueFrom);
  if (sm) {
    const [, arn, jsonKey, versionStage, versionId] = sm;
    const options = objectOf({ jsonKey: jsonKey || undefined, versionStage: versionStage || undefined, versionId: versionId || undefined });
    return new Call("secretsManager", options.properties.length === 0 ? [arn!] : [arn!, options]);
  }
  if (SSM.test(valueFrom)) return new Call("ssmParameter", [valueFrom]);
  report.add("error", "B966", path, { valueFrom });
  return undefined;
}

/** A `[{ name, valueFrom }]` list as the spec's `{ NAME: secretsManager(…) }` record; undefined when empty. */
export function secretRecord(list: unknown, report: ImportReport, path: string): SpecObject | undefined {
  const entries = objs(list);
  if (entries.length === 0) return undefined;
  const record: Record<string, Call | undefined> = {};
  entries.forEach((entry, i) => {
    const name = str(entry.name) ?? "";
    record[name] = secretCall(str(entry.valueFrom) ?? "", report, `${path}[${i}].valueFrom`);
  });
  return objectOf(record);
}
