import type { Resource, ResourceKind, Stack } from "../ir/index.js";
import { primaryName } from "../backends/terraform/names.js";
import { providerIds, CLUSTER_IDS } from "../lower/cluster/context.js";
import { IDS, TASK_IDS } from "../lower/context.js";
import { DEPLOY_IDS } from "../lower/deploy-ids.js";
import { DISCOVERY_IDS } from "../lower/discovery.js";
import { SCALING_IDS } from "../lower/scaling.js";
import { LOAD_BALANCER_IDS, listenerTargetGroupId } from "../spec/load-balancer-facts.js";
import { allOfKind } from "./stack-sections.js";

/**
 * The Terraform resource type standing for each IR kind (its primary resource; auxiliary ones such
 * as policy attachments and security group rules are named after it). test/docs checks every
 * address against the generated main.tf.json.
 */
export const TERRAFORM_TYPES: Readonly<Record<ResourceKind, string>> = {
  logGroup: "aws_cloudwatch_log_group",
  role: "aws_iam_role",
  securityGroup: "aws_security_group",
  targetGroup: "aws_lb_target_group",
  listenerRule: "aws_lb_listener_rule",
  taskDefinition: "aws_ecs_task_definition",
  service: "aws_ecs_service",
  alarm: "aws_cloudwatch_metric_alarm",
  codeDeployApplication: "aws_codedeploy_app",
  codeDeployConfig: "aws_codedeploy_deployment_config",
  codeDeployGroup: "aws_codedeploy_deployment_group",
  scalableTarget: "aws_appautoscaling_target",
  scalingPolicy: "aws_appautoscaling_policy",
  schedule: "aws_scheduler_schedule",
  scheduleRule: "aws_cloudwatch_event_rule",
  cluster: "aws_ecs_cluster",
  clusterCapacityProviders: "aws_ecs_cluster_capacity_providers",
  capacityProvider: "aws_ecs_capacity_provider",
  launchTemplate: "aws_launch_template",
  autoScalingGroup: "aws_autoscaling_group",
  instanceProfile: "aws_iam_instance_profile",
  discoveryService: "aws_service_discovery_service",
  privateDnsNamespace: "aws_service_discovery_private_dns_namespace",
  loadBalancer: "aws_lb",
  listener: "aws_lb_listener",
  listenerCertificate: "aws_lb_listener_certificate",
  networkTargetGroup: "aws_lb_target_group",
  dnsAliasRecord: "aws_route53_record",
};

/** Where a resource comes from in the spec. */
export interface Provenance {
  /** Dotted spec path (`scaling.cpuPercent`, `capacityProviders.ec2[0]`); empty for the spec itself. */
  readonly path: string;
  /** True when the resource exists because the field is left at its default (e.g. no role ARN given). */
  readonly byDefault: boolean;
}

/**
 * The spec field behind each fixed logical id. The ids are the lowering's own constants, so a
 * renamed id cannot silently lose its provenance (test/docs checks every resource of every
 * example has one, and that its path exists in the parsed spec).
 */
const BY_ID: ReadonlyMap<string, Provenance> = new Map<string, Provenance>([
  [IDS.logGroup, { path: "logging", byDefault: false }],
  [IDS.executionRole, { path: "executionRole", byDefault: true }],
  [IDS.taskRole, { path: "taskRole", byDefault: false }],
  [IDS.securityGroup, { path: "network", byDefault: false }],
  [TASK_IDS.securityGroup, { path: "network", byDefault: false }],
  [IDS.targetGroup, { path: "loadBalancer", byDefault: false }],
  // `loadBalancer` is one attachment or a list: its rules come from the field as a whole.
  [IDS.listenerRule, { path: "loadBalancer", byDefault: false }],
  [IDS.taskDefinition, { path: "container", byDefault: false }],
  [IDS.service, { path: "", byDefault: false }],
  [IDS.infrastructureRole, { path: "volumes", byDefault: false }],
  [TASK_IDS.scheduleRole, { path: "schedule", byDefault: false }],
  [TASK_IDS.schedule, { path: "schedule", byDefault: false }],
  [TASK_IDS.scheduleRule, { path: "schedule", byDefault: false }],
  [DEPLOY_IDS.blueTargetGroup, { path: "deploy.targetGroups", byDefault: false }],
  [DEPLOY_IDS.greenTargetGroup, { path: "deploy.targetGroups", byDefault: false }],
  [DEPLOY_IDS.testListenerRule, { path: "deploy.testTraffic", byDefault: false }],
  [DEPLOY_IDS.codeDeployRole, { path: "deploy.strategy", byDefault: false }],
  [DEPLOY_IDS.codeDeployApplication, { path: "deploy.strategy", byDefault: false }],
  [DEPLOY_IDS.codeDeployConfig, { path: "deploy.strategy", byDefault: false }],
  [DEPLOY_IDS.codeDeployGroup, { path: "deploy.strategy", byDefault: false }],
  [DEPLOY_IDS.cpuAlarm, { path: "deploy.alarms.cpuPercent", byDefault: false }],
  [DEPLOY_IDS.memoryAlarm, { path: "deploy.alarms.memoryPercent", byDefault: false }],
  [DEPLOY_IDS.target5xxAlarm, { path: "deploy.alarms.target5xxPerMinute", byDefault: false }],
  [DEPLOY_IDS.blue5xxAlarm, { path: "deploy.alarms.target5xxPerMinute", byDefault: false }],
  [DEPLOY_IDS.green5xxAlarm, { path: "deploy.alarms.target5xxPerMinute", byDefault: false }],
  [DISCOVERY_IDS.service, { path: "discovery", byDefault: false }],
  [SCALING_IDS.scalableTarget, { path: "scaling", byDefault: false }],
  [SCALING_IDS.cpuPolicy, { path: "scaling.cpuPercent", byDefault: false }],
  [SCALING_IDS.memoryPolicy, { path: "scaling.memoryPercent", byDefault: false }],
  [SCALING_IDS.requestsPolicy, { path: "scaling.requestsPerTarget", byDefault: false }],
  [SCALING_IDS.queuePolicy, { path: "scaling.queue", byDefault: false }],
  [CLUSTER_IDS.cluster, { path: "", byDefault: false }],
  [CLUSTER_IDS.capacityProviders, { path: "capacityProviders", byDefault: false }],
  [CLUSTER_IDS.execLogGroup, { path: "exec.logging", byDefault: false }],
  [CLUSTER_IDS.instanceRole, { path: "capacityProviders.ec2", byDefault: false }],
  [CLUSTER_IDS.instanceProfile, { path: "capacityProviders.ec2", byDefault: false }],
  [CLUSTER_IDS.namespace, { path: "namespace", byDefault: false }],
  [LOAD_BALANCER_IDS.loadBalancer, { path: "", byDefault: false }],
  [LOAD_BALANCER_IDS.securityGroup, { path: "allowFrom", byDefault: false }],
  [LOAD_BALANCER_IDS.dnsRecord, { path: "dns", byDefault: false }],
]);

/**
 * The spec field behind every resource of a stack, by logical id. Resources named after a spec
 * list item (an EC2 capacity provider, a step scaling policy) get that item's index, in the order
 * the lowering added them, which is the spec's. Undefined for an id nothing here knows (a family
 * added without its provenance: test/docs fails on it).
 */
export function provenanceOf(stack: Stack): ReadonlyMap<string, Provenance> {
  const found = new Map<string, Provenance>();
  for (const r of stack.resources) {
    const known = BY_ID.get(r.id);
    if (known !== undefined) found.set(r.id, known);
  }
  // Each EC2 capacity provider of a cluster spec makes four resources named after it.
  allOfKind(stack, "capacityProvider").forEach((provider, i) => {
    const ids = providerIds(provider);
    for (const id of [ids.capacityProvider, ids.autoScalingGroup, ids.launchTemplate, ids.securityGroup]) found.set(id, { path: `capacityProviders.ec2[${i}]`, byDefault: false });
  });
  // Step scaling: one policy and one alarm per `scaling.stepScaling` item, in spec order.
  const steps = (kind: "scalingPolicy" | "alarm", suffix: string) =>
    stack.resources.filter((r: Resource) => r.kind === kind && r.id.endsWith(suffix)).forEach((r, i) => found.set(r.id, { path: `scaling.stepScaling[${i}]`, byDefault: false }));
  // Further load balancer attachments' target groups and rules (TargetGroup2…, ListenerRule2…).
  for (const r of stack.resources) {
    if ((r.kind === "targetGroup" || r.kind === "listenerRule") && /^(TargetGroup|ListenerRule)\d+$/.test(r.id)) found.set(r.id, { path: "loadBalancer", byDefault: false });
  }
  // A load balancer spec: each listener (spec order), its extra certificates and its NLB target group.
  allOfKind(stack, "listener").forEach((listener, i) => {
    found.set(listener.id, { path: `listeners[${i}]`, byDefault: false });
    for (const r of stack.resources) {
      if (r.kind === "listenerCertificate" && r.listener === listener.id) found.set(r.id, { path: `listeners[${i}].certificates`, byDefault: false });
      if (r.kind === "networkTargetGroup" && r.id === listenerTargetGroupId(listener.port)) found.set(r.id, { path: `listeners[${i}].target`, byDefault: false });
    }
  });
  steps("scalingPolicy", "StepPolicy");
  steps("alarm", "StepAlarm");
  return found;
}

/** The rows of the README's resource table: CloudFormation logical id, Terraform address, spec field. */
export function provenanceRows(stack: Stack): { id: string; address: string; provenance: Provenance | undefined }[] {
  const found = provenanceOf(stack);
  return stack.resources.map((r) => ({ id: r.id, address: `${TERRAFORM_TYPES[r.kind]}.${primaryName(r.id)}`, provenance: found.get(r.id) }));
}
