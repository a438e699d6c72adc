/**
 * berth's public API: what spec files import, plus the pure compiler for programmatic use.
 * @packageDocumentation
 */
export { defineCluster, defineLoadBalancer, defineService, defineTask, secretsManager, ssmParameter } from "./spec/define.js";
export type { ClusterDefinition, Definition, LoadBalancerDefinition, ServiceDefinition, SecretsManagerOptions, TaskDefinition } from "./spec/define.js";
export type { EnvironmentOverrides, WithEnvironments } from "./spec/environments.js";
export type {
  ClusterSpec,
  ContainerSpec,
  Ec2CapacityProviderSpec,
  DeploySpec,
  DiscoverySpec,
  ClusterNamespaceSpec,
  LoadBalancerSpec,
  LoadBalancerStackSpec,
  ListenerReference,
  LoggingSpec,
  ContainerLoggingSpec,
  FirelensOptionsSpec,
  FirelensRouterSpec,
  NetworkSpec,
  ScheduleSpec,
  SecretRef,
  ServiceSpec,
  TaskRoleSpec,
  TaskSpec,
} from "./spec/schema/index.js";
