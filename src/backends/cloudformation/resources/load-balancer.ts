import { isExistingTargetGroup, type ListenerRuleResource, type TargetGroupResource, type TargetGroupTarget } from "../../../ir/index.js";
import type { References } from "../attributes.js";
import { cfnTags, type CfnObject, type CfnResource, type CfnValue } from "../values.js";

/**
 * A target group's ARN: `!Ref` to the one the stack creates, the existing one's ARN as is, or the
 * import of a load balancer stack's group.
 */
export function targetGroupArn(target: TargetGroupTarget, refs: References): CfnValue {
  if (typeof target === "string") return refs.attribute({ resource: target, attribute: "arn" }, "targetGroup");
  return isExistingTargetGroup(target) ? target.existingArn : refs.imported(target);
}

/** The target group attributes the IR sets, in a fixed order. Attribute values are strings in the ELB API, numbers included. */
function attributes(group: TargetGroupResource): CfnObject[] {
  const list: [string, string][] = [["deregistration_delay.timeout_seconds", String(group.deregistrationDelaySeconds)]];
  const sticky = group.stickiness;
  if (sticky) {
    list.push(["stickiness.enabled", "true"], ["stickiness.type", sticky.type]);
    if (sticky.type === "lb_cookie") list.push(["stickiness.lb_cookie.duration_seconds", String(sticky.durationSeconds)]);
    else list.push(["stickiness.app_cookie.cookie_name", sticky.cookieName], ["stickiness.app_cookie.duration_seconds", String(sticky.durationSeconds)]);
  }
  if (group.slowStartSeconds !== undefined) list.push(["slow_start.duration_seconds", String(group.slowStartSeconds)]);
  if (group.algorithm !== undefined) list.push(["load_balancing.algorithm.type", group.algorithm]);
  return list.map(([Key, Value]) => ({ Key, Value }));
}

/**
 * `targetGroup` → `AWS::ElasticLoadBalancingV2::TargetGroup`. Fargate tasks register by IP
 * (awsvpc), hence `TargetType: ip`. A GRPC target group's matcher is a gRPC code (`GrpcCode`).
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
      ProtocolVersion: group.protocolVersion,
      TargetType: group.targetType,
      HealthCheckPath: health.path,
      HealthCheckProtocol: health.protocol,
      // The ELB API types the port as a string ("traffic-port" or a number).
      HealthCheckPort: health.port === undefined ? undefined : String(health.port),
      HealthCheckIntervalSeconds: health.intervalSeconds,
      HealthCheckTimeoutSeconds: health.timeoutSeconds,
      HealthyThresholdCount: health.healthyThreshold,
      UnhealthyThresholdCount: health.unhealthyThreshold,
      Matcher: group.protocolVersion === "GRPC" ? { GrpcCode: health.matcher } : { HttpCode: health.matcher },
      TargetGroupAttributes: attributes(group),
      Tags: cfnTags(group.tags),
    },
  };
}

/**
 * The rule's conditions, one per kind (`http-header`: one per header). Uses the `…Config` forms:
 * the legacy `Values` form takes one path or host only.
 */
function conditions(rule: ListenerRuleResource): CfnObject[] {
  const list: CfnObject[] = [];
  if (rule.pathPatterns.length > 0) list.push({ Field: "path-pattern", PathPatternConfig: { Values: [...rule.pathPatterns] } });
  if (rule.hostHeaders.length > 0) list.push({ Field: "host-header", HostHeaderConfig: { Values: [...rule.hostHeaders] } });
  for (const header of rule.httpHeaders) {
    list.push({ Field: "http-header", HttpHeaderConfig: { HttpHeaderName: header.name, Values: [...header.values] } });
  }
  if (rule.queryStrings.length > 0) {
    list.push({ Field: "query-string", QueryStringConfig: { Values: rule.queryStrings.map((q) => (q.key === undefined ? { Value: q.value } : { Key: q.key, Value: q.value })) } });
  }
  if (rule.sourceIps.length > 0) list.push({ Field: "source-ip", SourceIpConfig: { Values: [...rule.sourceIps] } });
  if (rule.httpMethods.length > 0) list.push({ Field: "http-request-method", HttpRequestMethodConfig: { Values: [...rule.httpMethods] } });
  return list;
}

/**
 * `listenerRule` → `AWS::ElasticLoadBalancingV2::ListenerRule` on an existing listener.
 * @throws Error when the rule has no condition (validation guarantees one).
 */
export function listenerRuleResource(rule: ListenerRuleResource, refs: References): CfnResource {
  const list = conditions(rule);
  if (list.length === 0) throw new Error(`CloudFormation backend: listener rule ${rule.id} has no condition`);
  return {
    Type: "AWS::ElasticLoadBalancingV2::ListenerRule",
    Properties: {
      ListenerArn: refs.literalOrImport(rule.listenerArn),
      Priority: rule.priority,
      Conditions: list,
      Actions: [{ Type: "forward", TargetGroupArn: targetGroupArn(rule.targetGroup, refs) }],
    },
  };
}
