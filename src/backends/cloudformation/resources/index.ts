import type { Resource } from "../../../ir/index.js";
import type { References } from "../attributes.js";
import type { CfnResource } from "../values.js";
import { alarmResource } from "./alarms.js";
import { codeDeployApplicationResource, codeDeployConfigResource, codeDeployGroupResource } from "./deploy.js";
import { capacityProviderResource, clusterCapacityProvidersResource, clusterResource } from "./cluster.js";
import { discoveryServiceResource, privateDnsNamespaceResource } from "./discovery.js";
import { roleResource } from "./iam.js";
import { autoScalingGroupResource, instanceProfileResource, launchTemplateResource } from "./instances.js";
import { listenerRuleResource, targetGroupResource } from "./load-balancer.js";
import { logGroupResource } from "./logs.js";
import {
  dnsAliasRecordResource,
  listenerCertificateResource,
  listenerResource,
  loadBalancerResource,
  networkTargetGroupResource,
} from "./load-balancer-stack.js";
import { scalableTargetResource, scalingPolicyResource } from "./scaling.js";
import { scheduleResource, scheduleRuleResource } from "./schedule.js";
import { securityGroupResource } from "./network.js";
import { serviceResource } from "./service.js";
import { taskDefinitionResource } from "./task.js";

/**
 * Turns one IR resource into its CloudFormation resource. The switch is exhaustive over
 * `ResourceKind`: a kind added to the IR fails to compile here (the `never` assignment) until it
 * has a builder, so no resource is ever dropped silently.
 */
export function cfnResource(resource: Resource, refs: References): CfnResource {
  switch (resource.kind) {
    case "logGroup":
      return logGroupResource(resource);
    case "role":
      return roleResource(resource);
    case "securityGroup":
      return securityGroupResource(resource, refs);
    case "targetGroup":
      return targetGroupResource(resource);
    case "listenerRule":
      return listenerRuleResource(resource, refs);
    case "taskDefinition":
      return taskDefinitionResource(resource, refs);
    case "service":
      return serviceResource(resource, refs);
    case "alarm":
      return alarmResource(resource, refs);
    case "codeDeployApplication":
      return codeDeployApplicationResource(resource);
    case "codeDeployConfig":
      return codeDeployConfigResource(resource);
    case "codeDeployGroup":
      return codeDeployGroupResource(resource, refs);
    case "scalableTarget":
      return scalableTargetResource(resource, refs);
    case "scalingPolicy":
      return scalingPolicyResource(resource, refs);
    case "schedule":
      return scheduleResource(resource, refs);
    case "scheduleRule":
      return scheduleRuleResource(resource, refs);
    case "cluster":
      return clusterResource(resource, refs);
    case "clusterCapacityProviders":
      return clusterCapacityProvidersResource(resource, refs);
    case "capacityProvider":
      return capacityProviderResource(resource, refs);
    case "launchTemplate":
      return launchTemplateResource(resource, refs);
    case "autoScalingGroup":
      return autoScalingGroupResource(resource, refs);
    case "instanceProfile":
      return instanceProfileResource(resource, refs);
    case "discoveryService":
      return discoveryServiceResource(resource, refs);
    case "privateDnsNamespace":
      return privateDnsNamespaceResource(resource);
    case "loadBalancer":
      return loadBalancerResource(resource, refs);
    case "listener":
      return listenerResource(resource, refs);
    case "listenerCertificate":
      return listenerCertificateResource(resource, refs);
    case "networkTargetGroup":
      return networkTargetGroupResource(resource);
    case "dnsAliasRecord":
      return dnsAliasRecordResource(resource, refs);
    default: {
      const unhandled: never = resource;
      throw new Error(`CloudFormation backend: no builder for resource ${JSON.stringify(unhandled)}`);
    }
  }
}
