/** Where a stack deploys: enough to build ARNs of resources it creates or reads. */
export interface Environment {
  readonly account: string;
  readonly region: string;
  readonly partition: string;
}

/** Builds an ARN in the stack's own account and region. */
export function arn(env: Environment, service: string, resource: string, options: { global?: boolean } = {}): string {
  return `arn:${env.partition}:${service}:${options.global ? "" : env.region}:${env.account}:${resource}`;
}

/** Sorts a string-keyed record into an object with code-point ordered keys. */
export function sortedRecord<V>(record: Readonly<Record<string, V>>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const key of Object.keys(record).sort()) out[key] = record[key] as V;
  return out;
}
