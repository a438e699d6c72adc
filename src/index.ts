/**
 * berth's public API: what spec files import, plus the pure compiler for programmatic use.
 * @packageDocumentation
 */
export { defineService, secretsManager, ssmParameter } from "./spec/define.js";
export type { Definition, ServiceDefinition, SecretsManagerOptions } from "./spec/define.js";
export type {
  ContainerSpec,
  DeploySpec,
  LoadBalancerSpec,
  LoggingSpec,
  NetworkSpec,
  SecretRef,
  ServiceSpec,
  TaskRoleSpec,
} from "./spec/schema/index.js";
