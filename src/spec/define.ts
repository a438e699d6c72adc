import type { ClusterSpec, LoadBalancerStackSpec, SecretsManagerRef, ServiceSpec, SsmParameterRef, TaskSpec } from "./schema/index.js";
import type { WithEnvironments } from "./environments.js";

/** What a spec module exports by default: a tagged definition that the loader recognises. */
export interface ServiceDefinition {
  readonly kind: "service";
  readonly spec: WithEnvironments<ServiceSpec>;
}

/**
 * What `defineTask()` returns: a berth definition of kind "task" (it becomes an ECS task
 * definition, its roles and, when scheduled, the schedule that runs it).
 */
export interface TaskDefinition {
  readonly kind: "task";
  readonly spec: WithEnvironments<TaskSpec>;
}

/** Any definition a spec file can export. Later kinds (task, cluster) join this union. */
export type Definition = ServiceDefinition | TaskDefinition | ClusterDefinition | LoadBalancerDefinition;

/**
 * Declares a long-running ECS service. Validation happens in `berth generate`, not here, so that
 * every problem in a spec is reported at once with its path.
 */
export function defineService(spec: WithEnvironments<ServiceSpec>): ServiceDefinition {
  return { kind: "service", spec };
}

/**
 * Declares a scheduled or one-off ECS task: a task definition with its execution and task roles
 * and log group, plus, with `schedule`, an EventBridge Scheduler schedule (or rule) and the role
 * that may run it. Without `schedule`, a pipeline starts it with `aws ecs run-task` (the stack
 * outputs show the command). Validation happens in `berth generate`, as for services.
 */
export function defineTask(spec: WithEnvironments<TaskSpec>): TaskDefinition {
  return { kind: "task", spec };
}

/** What `defineCluster()` returns: a berth definition of kind "cluster". */
export interface ClusterDefinition {
  readonly kind: "cluster";
  readonly spec: WithEnvironments<ClusterSpec>;
}

/**
 * Declares an ECS cluster with its capacity providers: Fargate, Fargate Spot and EC2 Auto
 * Scaling groups launched from the ECS-optimized AMI. Services run on it by naming it in their
 * `cluster` (and its EC2 providers in their `capacityProviders`). Validation happens in
 * `berth generate`, as for services.
 */
export function defineCluster(spec: WithEnvironments<ClusterSpec>): ClusterDefinition {
  return { kind: "cluster", spec };
}

/** What `defineLoadBalancer()` returns: a berth definition of kind "load-balancer". */
export interface LoadBalancerDefinition {
  readonly kind: "load-balancer";
  readonly spec: LoadBalancerStackSpec;
}

/**
 * Declares an Application or Network Load Balancer with its own security group, listeners
 * (HTTPS with ACM certificates, HTTP redirecting to HTTPS, TCP/TLS/UDP on an NLB) and an optional
 * Route 53 alias record. Its own stack: several services attach to it by naming it in
 * `loadBalancer.listener` (`{ loadBalancer: "<name>", port: 443 }`). Validation happens in
 * `berth generate`, as for services.
 */
export function defineLoadBalancer(spec: LoadBalancerStackSpec): LoadBalancerDefinition {
  return { kind: "load-balancer", spec };
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
