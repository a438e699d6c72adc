import { Lb } from "@cdktf/provider-aws/lib/lb/index.js";
import { LbListener, type LbListenerDefaultAction } from "@cdktf/provider-aws/lib/lb-listener/index.js";
import { LbListenerCertificate } from "@cdktf/provider-aws/lib/lb-listener-certificate/index.js";
import { LbTargetGroup } from "@cdktf/provider-aws/lib/lb-target-group/index.js";
import { Route53Record } from "@cdktf/provider-aws/lib/route53-record/index.js";
import type {
  DnsAliasRecordResource,
  ListenerCertificateResource,
  ListenerDefaultAction,
  ListenerResource,
  LoadBalancerResource,
  NetworkTargetGroupResource,
} from "../../../ir/index.js";
import type { EmitContext, KindEmitter } from "../context.js";
import { primaryName } from "../names.js";
import { tagsArgument } from "./tags.js";

/** `loadBalancer` → `aws_lb`; only the settings the IR sets for the load balancer's type. */
export const loadBalancerEmitter: KindEmitter<LoadBalancerResource> = {
  // arn_suffix is what CloudWatch calls the load balancer's full name (app/<name>/<id>).
  attributes: { arn: "arn", name: "name", id: "id", fullName: "arn_suffix", dnsName: "dns_name", hostedZoneId: "zone_id" },
  emit(lb, ctx) {
    const s = lb.settings;
    return ctx.create(Lb, primaryName(lb.id), {
      name: lb.name,
      loadBalancerType: lb.type,
      internal: lb.scheme === "internal",
      subnets: [...lb.subnets],
      securityGroups: lb.securityGroups.map((g) => ctx.value(g)),
      enableDeletionProtection: s.deletionProtection,
      ...(s.idleTimeoutSeconds === undefined ? {} : { idleTimeout: s.idleTimeoutSeconds }),
      ...(s.dropInvalidHeaderFields === undefined ? {} : { dropInvalidHeaderFields: s.dropInvalidHeaderFields }),
      ...(s.crossZone === undefined ? {} : { enableCrossZoneLoadBalancing: s.crossZone }),
      ...(s.accessLogs === undefined ? {} : { accessLogs: { enabled: true, bucket: s.accessLogs.bucket, ...(s.accessLogs.prefix === undefined ? {} : { prefix: s.accessLogs.prefix }) } }),
      ...tagsArgument(lb.tags),
    });
  },
};

function defaultAction(action: ListenerDefaultAction, ctx: EmitContext): LbListenerDefaultAction {
  switch (action.type) {
    case "fixedResponse":
      return { type: "fixed-response", fixedResponse: { statusCode: action.statusCode, contentType: action.contentType, messageBody: action.body } };
    case "redirectToHttps":
      return { type: "redirect", redirect: { protocol: "HTTPS", port: String(action.port), statusCode: "HTTP_301" } };
    case "forward":
      return { type: "forward", targetGroupArn: ctx.ref({ resource: action.targetGroup, attribute: "arn" }) };
  }
}

/** `listener` → `aws_lb_listener`. */
export const listenerEmitter: KindEmitter<ListenerResource> = {
  attributes: { arn: "arn", id: "id" },
  emit(listener, ctx) {
    return ctx.create(LbListener, primaryName(listener.id), {
      loadBalancerArn: ctx.ref({ resource: listener.loadBalancer, attribute: "arn" }),
      port: listener.port,
      protocol: listener.protocol,
      ...(listener.tls === undefined ? {} : { certificateArn: listener.tls.certificate, sslPolicy: listener.tls.sslPolicy }),
      defaultAction: [defaultAction(listener.defaultAction, ctx)],
    });
  },
};

/** `listenerCertificate` → `aws_lb_listener_certificate`. */
export const listenerCertificateEmitter: KindEmitter<ListenerCertificateResource> = {
  attributes: { id: "id" },
  emit(certificate, ctx) {
    return ctx.create(LbListenerCertificate, primaryName(certificate.id), {
      listenerArn: ctx.ref({ resource: certificate.listener, attribute: "arn" }),
      certificateArn: certificate.certificate,
    });
  },
};

/** `networkTargetGroup` → `aws_lb_target_group` of an NLB listener. */
export const networkTargetGroupEmitter: KindEmitter<NetworkTargetGroupResource> = {
  attributes: { arn: "arn", name: "name", id: "id", fullName: "arn_suffix" },
  emit(group, ctx) {
    const check = group.healthCheck;
    return ctx.create(LbTargetGroup, primaryName(group.id), {
      name: group.name,
      vpcId: group.vpcId,
      port: group.port,
      protocol: group.protocol,
      targetType: group.targetType,
      // The provider types these as strings.
      deregistrationDelay: String(group.deregistrationDelaySeconds),
      ...(group.preserveClientIp === undefined ? {} : { preserveClientIp: String(group.preserveClientIp) }),
      healthCheck: {
        protocol: check.protocol,
        ...(check.path === undefined ? {} : { path: check.path }),
        interval: check.intervalSeconds,
        healthyThreshold: check.healthyThreshold,
        unhealthyThreshold: check.unhealthyThreshold,
      },
      ...tagsArgument(group.tags),
    });
  },
};

/** `dnsAliasRecord` → `aws_route53_record` with an alias to the load balancer. */
export const dnsAliasRecordEmitter: KindEmitter<DnsAliasRecordResource> = {
  attributes: { name: "fqdn", id: "id" },
  emit(record, ctx) {
    return ctx.create(Route53Record, primaryName(record.id), {
      zoneId: record.hostedZoneId,
      name: record.name,
      type: "A",
      alias: {
        name: ctx.ref({ resource: record.loadBalancer, attribute: "dnsName" }),
        zoneId: ctx.ref({ resource: record.loadBalancer, attribute: "hostedZoneId" }),
        evaluateTargetHealth: true,
      },
    });
  },
};
