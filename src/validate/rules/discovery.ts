import type { SpecPath } from "../../diagnostics/diagnostic.js";
import { isEc2Id } from "../../spec/aws-formats.js";
import { desiredCountOf } from "../../spec/compute.js";
import { DISCOVERY_NAME_MAX, discoveryDnsType, discoveryName, isDnsName, isNamespaceId, srvTarget } from "../../spec/discovery.js";
import type { ParsedCluster } from "../../spec/schema/index.js";
import type { RuleContext } from "../context.js";
import type { ServiceRule } from "./rule.js";
import { taskContainers, portMappingsOf } from "../../spec/containers.js";

/** Above this TTL (seconds), clients cache addresses of replaced tasks long enough to notice. */
const LONG_TTL = 300;

/** Route 53's quota on the records of one Cloud Map service, hence ECS's limit per service. */
const MAX_TASKS = 1000;

/** One label of a Cloud Map DNS service name. */
const LABEL = /^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$/;

/** Why one label of a name is invalid (it failed {@link LABEL}). */
function labelProblem(label: string): string {
  if (label === "") return "it has an empty label (two dots in a row, or a dot at an end)";
  if (label.length > 63) return `label "${label}" has ${label.length} characters, more than 63`;
  if (label.startsWith("-") || label.endsWith("-")) return `label "${label}" ${label.startsWith("-") ? "starts" : "ends"} with a hyphen`;
  return `label "${label}" has characters other than letters, digits, hyphens and underscores`;
}

/** Why a Cloud Map service name is invalid, or undefined when it is fine. */
function nameProblem(name: string, namespace: string | undefined): string | undefined {
  if (name.length > DISCOVERY_NAME_MAX) return `it has ${name.length} characters, more than ${DISCOVERY_NAME_MAX}`;
  const bad = name.split(".").find((label) => !LABEL.test(label));
  if (bad !== undefined) return labelProblem(bad);
  const full = namespace === undefined ? undefined : `${name}.${namespace}`;
  if (full !== undefined && full.length > 253) return `the DNS name ${full} is longer than 253 characters`;
  return undefined;
}

/**
 * B850/B851: the namespace is an `ns-` id, or a DNS name (which a cluster spec of the run must
 * create; the project rules check that). An ARN or a malformed id is caught here.
 */
export const discoveryNamespace: ServiceRule = (spec, context) => {
  if (!spec.discovery) return;
  const value = spec.discovery.namespace;
  const at: SpecPath = ["discovery", "namespace"];
  if (isNamespaceId(value)) return;
  if (value.startsWith("ns-") || value.startsWith("arn:")) context.report("B850", at, { value });
  else if (!isDnsName(value)) context.report("B851", at, { value, orId: true });
};

/** B852: the Cloud Map service name (`discovery.name`, or the service's name) must be DNS labels. */
export const discoveryServiceName: ServiceRule = (spec, context) => {
  if (!spec.discovery) return;
  const name = discoveryName(spec);
  const namespace = isNamespaceId(spec.discovery.namespace) ? undefined : spec.discovery.namespace;
  const reason = nameProblem(name, namespace);
  if (reason !== undefined) context.report("B852", spec.discovery.name === undefined ? ["discovery"] : ["discovery", "name"], { value: name, reason });
};

/**
 * B853–B856: the records ECS can register. In bridge and host mode only SRV records (the host
 * port varies per task); an SRV record publishes a port mapping of a container of the task; the
 * container and port settings mean nothing for A records.
 */
export const discoveryRecords: ServiceRule = (spec, context) => {
  const { discovery } = spec;
  if (!discovery) return;
  const type = discoveryDnsType(spec);
  if (type === "A") {
    if (spec.networkMode !== "awsvpc") context.report("B853", ["discovery", "dnsType"], { mode: spec.networkMode });
    if (discovery.container !== undefined) context.report("B856", ["discovery", "container"], { field: "container" });
    if (discovery.port !== undefined) context.report("B856", ["discovery", "port"], { field: "port" });
    return;
  }
  const target = srvTarget(spec);
  const containers = taskContainers(spec);
  const found = containers.find((c) => c.name === target.containerName);
  if (!found) {
    context.report("B854", ["discovery", "container"], { name: target.containerName, known: containers.flatMap((c) => (c.name ? [c.name] : [])) });
    return;
  }
  const ports = [...new Set(portMappingsOf(found.container).map((m) => m.containerPort))];
  const at: SpecPath = discovery.port !== undefined ? ["discovery", "port"] : discovery.container !== undefined ? ["discovery", "container"] : ["discovery"];
  if (target.port === undefined || !ports.includes(target.port)) {
    context.report("B855", at, { container: target.containerName, port: discovery.port, ports });
  }
};

/**
 * B857 (warning) / B858: the record TTL and the custom health check. A long TTL keeps clients
 * on replaced tasks; Cloud Map ignores any failure threshold but 1 (and reports 1 back).
 */
export const discoveryHealth: ServiceRule = (spec, context) => {
  const { discovery } = spec;
  if (!discovery) return;
  if (discovery.ttl > LONG_TTL) context.report("B857", ["discovery", "ttl"], { ttl: discovery.ttl }, "warning");
  if (discovery.failureThreshold !== 1) context.report("B858", ["discovery", "failureThreshold"], { value: discovery.failureThreshold });
};

/** B859: ECS registers at most 1,000 tasks of one service in Cloud Map (a Route 53 quota). */
export const discoveryTaskLimit: ServiceRule = (spec, context) => {
  if (!spec.discovery || spec.scheduling === "DAEMON") return;
  if (spec.scaling && spec.scaling.max > MAX_TASKS) context.report("B859", ["scaling", "max"], { field: "scaling.max", count: spec.scaling.max });
  else if (desiredCountOf(spec) > MAX_TASKS) context.report("B859", ["desiredCount"], { field: "desiredCount", count: desiredCountOf(spec) });
};

/** The service discovery rules of a service spec, in report order. */
export const DISCOVERY_RULES: readonly ServiceRule[] = [discoveryNamespace, discoveryServiceName, discoveryRecords, discoveryHealth, discoveryTaskLimit];

/** B851 and B301 on a cluster's namespace: a DNS name, in a VPC given by its id. */
export function clusterNamespace(spec: ParsedCluster, context: RuleContext): void {
  const { namespace } = spec;
  if (!namespace) return;
  if (!isDnsName(namespace.name)) context.report("B851", ["namespace", "name"], { value: namespace.name, orId: false });
  if (!isEc2Id(namespace.vpc, "vpc")) context.report("B301", ["namespace", "vpc"], { kind: "VPC", value: namespace.vpc, prefix: "vpc" });
}
