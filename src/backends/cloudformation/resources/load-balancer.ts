import type { ListenerRuleResource, TargetGroupResource } from "../../../ir/index.js";
import type { References } from "../attributes.js";
import { cfnTags, type CfnObject, type CfnResource } from "../values.js";

/**
 * `targetGroup` → `AWS::ElasticLoadBalancingV2::TargetGroup`. Fargate tasks register by IP
 * (awsvpc), hence `TargetType: ip`.
 */
export function targetGroupResource(group: TargetGroupResource): CfnResource {
  const health = group.healthCheck;
  return {
    Type: "AWS::ElasticLoadBalancingV2::TargetGroup",
    Properties: {
      Name: group.name,
      VpcId: group.vpcId,
      Port: group.port,
      Protocol: group.protocol,
      TargetType: group.targetType,
      HealthCheckPath: health.path,
      HealthCheckProtocol: health.protocol,
      HealthCheckIntervalSeconds: health.intervalSeconds,
      HealthCheckTimeoutSeconds: health.timeoutSeconds,
      HealthyThresholdCount: health.healthyThreshold,
      UnhealthyThresholdCount: health.unhealthyThreshold,
      Matcher: { HttpCode: health.matcher },
      TargetGroupAttributes: [
        // Attribute values are strings in the ELB API, numbers included.
        { Key: "deregistration_delay.timeout_seconds", Value: String(group.deregistrationDelaySeconds) },
      ],
      Tags: cfnTags(group.tags),
    },
  };
}

/**
 * `listenerRule` → `AWS::ElasticLoadBalancingV2::ListenerRule` on an existing listener. Uses the
 * `PathPatternConfig` / `HostHeaderConfig` forms: the legacy `Values` form takes one value only.
 * @throws Error when the rule has neither paths nor hosts (validation guarantees one of them).
 */
export function listenerRuleResource(rule: ListenerRuleResource, refs: References): CfnResource {
  const conditions: CfnObject[] = [];
  if (rule.pathPatterns.length > 0) {
    conditions.push({ Field: "path-pattern", PathPatternConfig: { Values: [...rule.pathPatterns] } });
  }
  if (rule.hostHeaders.length > 0) {
    conditions.push({ Field: "host-header", HostHeaderConfig: { Values: [...rule.hostHeaders] } });
  }
  if (conditions.length === 0) {
    throw new Error(`CloudFormation backend: listener rule ${rule.id} has no path or host condition`);
  }
  return {
    Type: "AWS::ElasticLoadBalancingV2::ListenerRule",
    Properties: {
      ListenerArn: refs.literalOrImport(rule.listenerArn),
      Priority: rule.priority,
      Conditions: conditions,
      Actions: [
        {
          Type: "forward",
          TargetGroupArn: refs.attribute({ resource: rule.targetGroup, attribute: "arn" }, "targetGroup"),
        },
      ],
    },
  };
}
