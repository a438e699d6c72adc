import type { SpecPath } from "../../diagnostics/diagnostic.js";
import { discoveryDnsType, discoveryName, srvTarget } from "../../spec/discovery.js";
import { connectDiscoveryName, namedPorts } from "../../spec/service-connect.js";
import { portMappingsOf, taskContainers } from "../../spec/containers.js";
import { checkServiceConnectArn } from "./arns.js";
import type { ServiceRule } from "./rule.js";

/** Cloud Map's Service Connect discovery names and client alias DNS names. */
const DISCOVERY_NAME = /^[a-z0-9_][a-z0-9_-]{0,63}$/;
const DNS_NAME = /^[a-z0-9_][a-z0-9_.-]{0,126}$/;

/** Why a name fails its pattern, for the message. */
function nameProblem(value: string, max: number, dots: boolean): string {
  if (value.length > max) return `it has ${value.length} characters, more than ${max}`;
  if (value.startsWith("-")) return "it starts with a hyphen";
  return `it has characters other than lower-case letters, digits, underscores${dots ? ", dots" : ""} and hyphens`;
}

/** B891: port mapping names are unique within a task definition (ECS refuses it otherwise). */
export const uniquePortNames: ServiceRule = (spec, context) => {
  const seen = new Set<string>();
  for (const { container, path } of taskContainers(spec)) {
    for (const mapping of portMappingsOf(container)) {
      if (mapping.name === undefined) continue;
      // The mapping's path ends in its port field; the name sits beside it.
      if (seen.has(mapping.name)) context.report("B891", [...path, ...mapping.path.slice(0, -1), "name"], { value: mapping.name });
      seen.add(mapping.name);
    }
  }
};

/**
 * B890, B895, B898–B901: each served port is a named port mapping of the task; names and aliases
 * have Cloud Map's format and are unique; a per-request timeout needs a protocol-aware port; an
 * idle timeout below the per-request one cuts requests short (a warning).
 */
export const connectServices: ServiceRule = (spec, context) => {
  const services = spec.serviceConnect?.services ?? [];
  const ports = namedPorts(spec);
  const seen = { portName: new Set<string>(), discoveryName: new Set<string>(), alias: new Set<string>() };
  const once = (field: "port name" | "discovery name" | "client alias", set: Set<string>, value: string, at: SpecPath) => {
    if (set.has(value)) context.report("B898", at, { field, value });
    set.add(value);
  };
  services.forEach((service, i) => {
    const at: SpecPath = ["serviceConnect", "services", i];
    const port = ports.find((p) => p.name === service.portName);
    if (!port) context.report("B890", [...at, "portName"], { value: service.portName, known: [...new Set(ports.map((p) => p.name))] });
    once("port name", seen.portName, service.portName, [...at, "portName"]);
    const name = connectDiscoveryName(service);
    if (!DISCOVERY_NAME.test(name)) context.report("B899", service.discoveryName === undefined ? [...at, "portName"] : [...at, "discoveryName"], { value: name, reason: nameProblem(name, 64, false) });
    once("discovery name", seen.discoveryName, name, [...at, "discoveryName"]);
    (service.clientAliases ?? []).forEach((alias, j) => {
      if (alias.dnsName !== undefined && !DNS_NAME.test(alias.dnsName)) {
        context.report("B900", [...at, "clientAliases", j, "dnsName"], { value: alias.dnsName, reason: nameProblem(alias.dnsName, 127, true) });
      }
      once("client alias", seen.alias, `${alias.dnsName ?? name}:${alias.port}`, [...at, "clientAliases", j]);
    });
    const { timeouts } = service;
    if (timeouts?.perRequest !== undefined && port && port.mapping.appProtocol === undefined) {
      context.report("B895", [...at, "timeouts", "perRequest"], { portName: service.portName });
    }
    if (timeouts?.idle !== undefined && timeouts.perRequest !== undefined && timeouts.idle > 0 && timeouts.idle < timeouts.perRequest) {
      context.report("B901", [...at, "timeouts", "idle"], { idle: timeouts.idle, perRequest: timeouts.perRequest }, "warning");
    }
  });
};

/**
 * B893 and ARN checks: Service Connect takes a namespace's name or ARN (an `ns-` id is refused by
 * ECS), and the TLS certificate authority, KMS key and role must be ARNs of the service's region
 * (the role of its account).
 */
export const connectReferences: ServiceRule = (spec, context) => {
  const connect = spec.serviceConnect;
  if (!connect) return;
  const namespace = connect.namespace;
  if (namespace !== undefined) {
    if (namespace.startsWith("ns-")) context.report("B893", ["serviceConnect", "namespace"], { value: namespace });
    else if (namespace.startsWith("arn:")) checkServiceConnectArn(namespace, "namespace", ["serviceConnect", "namespace"], spec, context);
  }
  connect.services.forEach((service, i) => {
    const tls = service.tls;
    if (!tls) return;
    const at: SpecPath = ["serviceConnect", "services", i, "tls"];
    checkServiceConnectArn(tls.certificateAuthority, "certificateAuthority", [...at, "certificateAuthority"], spec, context);
    if (tls.kmsKey !== undefined) checkServiceConnectArn(tls.kmsKey, "kmsKey", [...at, "kmsKey"], spec, context);
    if (tls.role !== undefined) checkServiceConnectArn(tls.role, "role", [...at, "role"], spec, context);
  });
};

/** B896/B897: ECS runs the Service Connect proxy only in awsvpc and bridge mode, and only under its own deployment controller. */
export const connectCompatibility: ServiceRule = (spec, context) => {
  if (!spec.serviceConnect) return;
  if (spec.networkMode === "host") context.report("B896", ["networkMode"], {});
  if (spec.deploy.strategy !== "rolling") context.report("B897", ["deploy", "strategy"], { strategy: spec.deploy.strategy });
};

/**
 * B894: Cloud Map discovery and Service Connect can serve one service, but not on the same port
 * (an SRV record and a Service Connect endpoint of one port mapping), and not under the same
 * Cloud Map service name in the same namespace (both create that service).
 */
export const connectBesideDiscovery: ServiceRule = (spec, context) => {
  const { discovery, serviceConnect } = spec;
  if (!discovery || !serviceConnect) return;
  const srv = discoveryDnsType(spec) === "SRV" ? srvTarget(spec) : undefined;
  const ports = namedPorts(spec);
  serviceConnect.services.forEach((service, i) => {
    const port = ports.find((p) => p.name === service.portName);
    if (srv && port && port.containerName === srv.containerName && port.mapping.containerPort === srv.port) {
      context.report("B894", ["serviceConnect", "services", i, "portName"], { what: "port", value: service.portName });
    }
    // Without a namespace of its own, Service Connect joins the cluster spec's, which discovery names too (B860).
    const sameNamespace = (serviceConnect.namespace ?? discovery.namespace) === discovery.namespace && !discovery.namespace.startsWith("ns-");
    if (sameNamespace && connectDiscoveryName(service) === discoveryName(spec)) {
      context.report("B894", ["serviceConnect", "services", i, service.discoveryName === undefined ? "portName" : "discoveryName"], { what: "name", value: discoveryName(spec) });
    }
  });
};

/** The Service Connect rules of a service spec, in report order. */
export const SERVICE_CONNECT_RULES: readonly ServiceRule[] = [uniquePortNames, connectServices, connectReferences, connectCompatibility, connectBesideDiscovery];
