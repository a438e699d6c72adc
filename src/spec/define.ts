import type { SecretsManagerRef, ServiceSpec, SsmParameterRef } from "./schema/index.js";

/** What a spec module exports by default: a tagged definition that the loader recognises. */
export interface ServiceDefinition {
  readonly kind: "service";
  readonly spec: ServiceSpec;
}

/** Any definition a spec file can export. Later kinds (task, cluster) join this union. */
export type Definition = ServiceDefinition;

/**
 * Declares a long-running ECS service. Validation happens in `berth generate`, not here, so that
 * every problem in a spec is reported at once with its path.
 */
export function defineService(spec: ServiceSpec): ServiceDefinition {
  return { kind: "service", spec };
}

/** Options of a Secrets Manager reference. */
export type SecretsManagerOptions = Omit<SecretsManagerRef, "source" | "arn">;

/** A secret from AWS Secrets Manager, optionally one key of a JSON secret at a given version. */
export function secretsManager(arn: string, options: SecretsManagerOptions = {}): SecretsManagerRef {
  return { source: "secretsManager", arn, ...options };
}

/** A parameter from SSM Parameter Store, by ARN or by name (`/path/name`). */
export function ssmParameter(parameter: string, options: Omit<SsmParameterRef, "source" | "parameter"> = {}): SsmParameterRef {
  return { source: "ssm", parameter, ...options };
}
