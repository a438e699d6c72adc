import type { ListenerCertificateResource, ListenerDefaultAction, ListenerResource, NetworkTargetGroupResource, Resource, Tags } from "../../ir/index.js";
import {
  LOAD_BALANCER_IDS,
  httpsListener,
  listenerCertificateId,
  listenerId,
  listenerProtocol,
  listenerTargetGroupId,
  listenerTargetGroupName,
  redirectsToHttps,
  sslPolicyOf,
  terminatesTls,
} from "../../spec/load-balancer-facts.js";
import type { ParsedListener, ParsedLoadBalancer } from "../../spec/schema/index.js";

/** What an ALB answers for a request no service's rule matches: a plain 404, never a default backend. */
const NOT_FOUND: ListenerDefaultAction = { type: "fixedResponse", statusCode: "404", contentType: "text/plain", body: "Not Found" };

/** An NLB listener's target group: the spec's target settings, or ip targets on the listener's port checked over TCP. */
function networkTargetGroup(spec: ParsedLoadBalancer, listener: ParsedListener, tags: Tags): NetworkTargetGroupResource {
  const protocol = listenerProtocol(spec, listener);
  const target = listener.target;
  const check = target?.healthCheck ?? { protocol: "TCP" as const, interval: 30, threshold: 3 };
  // TLS is terminated by the listener, so its targets receive plain TCP.
  const targetProtocol = protocol === "UDP" || protocol === "TCP_UDP" ? protocol : "TCP";
  return {
    kind: "networkTargetGroup",
    id: listenerTargetGroupId(listener.port),
    name: listenerTargetGroupName(spec, listener.port),
    vpcId: spec.vpc,
    port: target?.port ?? listener.port,
    protocol: targetProtocol,
    targetType: target?.type ?? "ip",
    healthCheck: {
      protocol: check.protocol,
      ...(check.protocol === "TCP" ? {} : { path: check.path ?? "/" }),
      intervalSeconds: check.interval,
      healthyThreshold: check.threshold,
      unhealthyThreshold: check.threshold,
    },
    deregistrationDelaySeconds: target?.deregistrationDelay ?? 300,
    ...(target?.preserveClientIp === undefined ? {} : { preserveClientIp: target.preserveClientIp }),
    tags,
  };
}

/** The default action of one listener: NLB forward, ALB redirect to HTTPS or berth's 404. */
function defaultAction(spec: ParsedLoadBalancer, listener: ParsedListener): ListenerDefaultAction {
  if (spec.type === "network") return { type: "forward", targetGroup: listenerTargetGroupId(listener.port) };
  const https = httpsListener(spec);
  if (https && redirectsToHttps(spec, listener)) return { type: "redirectToHttps", port: https.port };
  return NOT_FOUND;
}

/**
 * One listener's resources: its target group (NLB), the listener, and one listener certificate
 * per certificate after the first (the first is the listener's default certificate).
 */
export function lowerListener(spec: ParsedLoadBalancer, listener: ParsedListener, tags: Tags): Resource[] {
  const protocol = listenerProtocol(spec, listener);
  const [first, ...extra] = listener.certificates;
  const resource: ListenerResource = {
    kind: "listener",
    id: listenerId(listener.port),
    loadBalancer: LOAD_BALANCER_IDS.loadBalancer,
    port: listener.port,
    protocol,
    ...(terminatesTls(protocol) && first !== undefined ? { tls: { certificate: first, sslPolicy: sslPolicyOf(listener) } } : {}),
    defaultAction: defaultAction(spec, listener),
  };
  const certificates = extra.map(
    (certificate, i): ListenerCertificateResource => ({ kind: "listenerCertificate", id: listenerCertificateId(listener.port, i + 1), listener: resource.id, certificate }),
  );
  return [...(spec.type === "network" ? [networkTargetGroup(spec, listener, tags)] : []), resource, ...certificates];
}
