import type {
  DnsAliasRecordResource,
  ListenerCertificateResource,
  ListenerDefaultAction,
  ListenerResource,
  LoadBalancerResource,
  NetworkTargetGroupResource,
} from "../../../ir/index.js";
import type { References } from "../attributes.js";
import { cfnTags, type CfnObject, type CfnResource } from "../values.js";

/** ELB attribute values are strings in the API, booleans and numbers included. */
function attribute(key: string, value: string | number | boolean): CfnObject {
  return { Key: key, Value: String(value) };
}

/** The load balancer's attributes, in a fixed order; only those the IR sets for its type. */
function loadBalancerAttributes(lb: LoadBalancerResource): CfnObject[] {
  const s = lb.settings;
  const list: CfnObject[] = [attribute("deletion_protection.enabled", s.deletionProtection)];
  if (s.idleTimeoutSeconds !== undefined) list.push(attribute("idle_timeout.timeout_seconds", s.idleTimeoutSeconds));
  if (s.dropInvalidHeaderFields !== undefined) list.push(attribute("routing.http.drop_invalid_header_fields.enabled", s.dropInvalidHeaderFields));
  if (s.crossZone !== undefined) list.push(attribute("load_balancing.cross_zone.enabled", s.crossZone));
  list.push(attribute("access_logs.s3.enabled", s.accessLogs !== undefined));
  if (s.accessLogs) {
    list.push(attribute("access_logs.s3.bucket", s.accessLogs.bucket));
    if (s.accessLogs.prefix !== undefined) list.push(attribute("access_logs.s3.prefix", s.accessLogs.prefix));
  }
  return list;
}

/** `loadBalancer` → `AWS::ElasticLoadBalancingV2::LoadBalancer`. */
export function loadBalancerResource(lb: LoadBalancerResource, refs: References): CfnResource {
  return {
    Type: "AWS::ElasticLoadBalancingV2::LoadBalancer",
    Properties: {
      Name: lb.name,
      Type: lb.type,
      Scheme: lb.scheme,
      Subnets: [...lb.subnets],
      SecurityGroups: lb.securityGroups.map((g) => refs.value(g)),
      LoadBalancerAttributes: loadBalancerAttributes(lb),
      Tags: cfnTags(lb.tags),
    },
  };
}

function defaultAction(action: ListenerDefaultAction, refs: References): CfnObject {
  switch (action.type) {
    case "fixedResponse":
      return { Type: "fixed-response", FixedResponseConfig: { StatusCode: action.statusCode, ContentType: action.contentType, MessageBody: action.body } };
    case "redirectToHttps":
      // Host, path and query default to the request's own (#{host}, /#{path}, #{query}).
      return { Type: "redirect", RedirectConfig: { Protocol: "HTTPS", Port: String(action.port), StatusCode: "HTTP_301" } };
    case "forward":
      return { Type: "forward", TargetGroupArn: refs.attribute({ resource: action.targetGroup, attribute: "arn" }, "networkTargetGroup") };
  }
}

/** `listener` → `AWS::ElasticLoadBalancingV2::Listener`. */
export function listenerResource(listener: ListenerResource, refs: References): CfnResource {
  return {
    Type: "AWS::ElasticLoadBalancingV2::Listener",
    Properties: {
      LoadBalancerArn: refs.attribute({ resource: listener.loadBalancer, attribute: "arn" }, "loadBalancer"),
      Port: listener.port,
      Protocol: listener.protocol,
      Certificates: listener.tls === undefined ? undefined : [{ CertificateArn: listener.tls.certificate }],
      SslPolicy: listener.tls?.sslPolicy,
      DefaultActions: [defaultAction(listener.defaultAction, refs)],
    },
  };
}

/** `listenerCertificate` → `AWS::ElasticLoadBalancingV2::ListenerCertificate` (one certificate per resource). */
export function listenerCertificateResource(certificate: ListenerCertificateResource, refs: References): CfnResource {
  return {
    Type: "AWS::ElasticLoadBalancingV2::ListenerCertificate",
    Properties: {
      ListenerArn: refs.attribute({ resource: certificate.listener, attribute: "arn" }, "listener"),
      Certificates: [{ CertificateArn: certificate.certificate }],
    },
  };
}

/** `networkTargetGroup` → `AWS::ElasticLoadBalancingV2::TargetGroup` of an NLB listener. */
export function networkTargetGroupResource(group: NetworkTargetGroupResource): CfnResource {
  const health = group.healthCheck;
  const attributes: CfnObject[] = [attribute("deregistration_delay.timeout_seconds", group.deregistrationDelaySeconds)];
  if (group.preserveClientIp !== undefined) attributes.push(attribute("preserve_client_ip.enabled", group.preserveClientIp));
  return {
    Type: "AWS::ElasticLoadBalancingV2::TargetGroup",
    Properties: {
      Name: group.name,
      VpcId: group.vpcId,
      Port: group.port,
      Protocol: group.protocol,
      TargetType: group.targetType,
      HealthCheckProtocol: health.protocol,
      HealthCheckPath: health.path,
      HealthCheckIntervalSeconds: health.intervalSeconds,
      HealthyThresholdCount: health.healthyThreshold,
      UnhealthyThresholdCount: health.unhealthyThreshold,
      TargetGroupAttributes: attributes,
      Tags: cfnTags(group.tags),
    },
  };
}

/** `dnsAliasRecord` → `AWS::Route53::RecordSet`, an alias A record for the load balancer. */
export function dnsAliasRecordResource(record: DnsAliasRecordResource, refs: References): CfnResource {
  return {
    Type: "AWS::Route53::RecordSet",
    Properties: {
      HostedZoneId: record.hostedZoneId,
      Name: record.name,
      Type: "A",
      AliasTarget: {
        DNSName: refs.attribute({ resource: record.loadBalancer, attribute: "dnsName" }, "loadBalancer"),
        HostedZoneId: refs.attribute({ resource: record.loadBalancer, attribute: "hostedZoneId" }, "loadBalancer"),
        EvaluateTargetHealth: true,
      },
    },
  };
}
