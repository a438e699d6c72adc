import type { SpecPath } from "../../diagnostics/diagnostic.js";
import { isEc2Id, isIpv4Cidr, isIpv6Cidr, isPrefixListId } from "../../spec/aws-formats.js";
import type { ParsedNetwork } from "../../spec/schema/index.js";
import type { RuleContext } from "../context.js";
import type { WorkloadRule } from "./rule.js";

/** The sources that mean "anywhere". */
const ANYWHERE = new Set(["0.0.0.0/0", "::/0"]);

const isCidr = (value: string): boolean => isIpv4Cidr(value) || isIpv6Cidr(value);

/** A port range, checked that it runs upwards (B312). */
function checkRange(port: number | undefined, toPort: number | undefined, at: SpecPath, context: RuleContext): void {
  if (port !== undefined && toPort !== undefined && toPort < port) context.report("B312", [...at, "toPort"], { port, toPort });
}

/** Reports each rule whose key repeats an earlier one (B316). */
function reportDuplicates(keys: readonly string[], at: SpecPath, context: RuleContext): void {
  const seen = new Set<string>();
  keys.forEach((key, i) => {
    if (seen.has(key)) context.report("B316", [...at, i], { description: key });
    seen.add(key);
  });
}

/** "tcp 8080-8090 from 10.0.0.0/16", as duplicates are named. */
const ruleKey = (protocol: string, port: number | undefined, toPort: number | undefined, direction: string, end: string): string =>
  `${protocol}${port === undefined ? "" : ` ${port}${toPort !== undefined && toPort !== port ? `-${toPort}` : ""}`} ${direction} ${end}`;

/**
 * B310/B312/B316: `network.ingress` admits CIDR blocks (IPv4, IPv6) and managed prefix lists on
 * given ports; security groups belong in `allowFrom`. Ranges run upwards; EC2 refuses a rule twice.
 */
export const ingressRules: WorkloadRule = (spec, context) => {
  const network = spec.network;
  if (!network) return;
  network.ingress.forEach((rule, i) => {
    const at: SpecPath = ["network", "ingress", i];
    if (!isCidr(rule.source) && !isPrefixListId(rule.source)) {
      context.report("B310", [...at, "source"], { value: rule.source, securityGroup: isEc2Id(rule.source, "sg") });
    }
    checkRange(rule.port, rule.toPort, at, context);
  });
  reportDuplicates(
    network.ingress.map((r) => ruleKey(r.protocol, r.port, r.toPort ?? r.port, "from", r.source)),
    ["network", "ingress"],
    context,
  );
};

/**
 * B313–B316, B318, B319: explicit egress replaces "all traffic", so each rule must say where and
 * on which ports, and the set must still let the tasks start: an empty list means different
 * things to the two engines (CloudFormation keeps AWS's default rule), and without HTTPS the
 * image pull and awslogs fail before the application runs (a warning: a proxy could be in use).
 */
export const egressRules: WorkloadRule = (spec, context) => {
  const egress = spec.network?.egress;
  if (egress === undefined) return;
  if (egress.length === 0) {
    context.report("B318", ["network", "egress"], {});
    return;
  }
  egress.forEach((rule, i) => {
    const at: SpecPath = ["network", "egress", i];
    if (!isCidr(rule.destination) && !isPrefixListId(rule.destination) && !isEc2Id(rule.destination, "sg")) {
      context.report("B313", [...at, "destination"], { value: rule.destination });
    }
    if (rule.protocol === "all") {
      if (rule.port !== undefined) context.report("B315", [...at, "port"], { field: "port" });
      if (rule.toPort !== undefined) context.report("B315", [...at, "toPort"], { field: "toPort" });
      return;
    }
    if (rule.port === undefined) context.report("B314", [...at, "protocol"], { protocol: rule.protocol });
    checkRange(rule.port, rule.toPort, at, context);
  });
  reportDuplicates(
    egress.map((r) => ruleKey(r.protocol, r.port, r.toPort ?? r.port, "to", r.destination)),
    ["network", "egress"],
    context,
  );
  const https = egress.some((r) => r.protocol === "all" || (r.protocol === "tcp" && r.port !== undefined && r.port <= 443 && (r.toPort ?? r.port) >= 443));
  if (!https) context.report("B319", ["network", "egress"], {}, "warning");
};

/**
 * B311/B320: `ingress` and `egress` shape the generated group only. With `securityGroups` given
 * there is none (an error, like `allowFrom`, B303); in bridge and host mode the tasks use the
 * instances' groups (a warning, like the other ignored network fields, B746).
 */
export const ruleFieldsApply: WorkloadRule = (spec, context) => {
  const network = spec.network;
  if (!network) return;
  const given = (["ingress", "egress"] as const).filter((field) => (field === "ingress" ? network.ingress.length > 0 : network.egress !== undefined));
  for (const field of given) {
    if (network.securityGroups !== undefined) context.report("B311", ["network", field], { field });
    else if (spec.networkMode !== "awsvpc") context.report("B320", ["network", field], { field, mode: spec.networkMode }, "warning");
  }
};

/**
 * B317 (warning): ingress from anywhere (`0.0.0.0/0`, `::/0`, in `allowFrom` or `ingress`) on
 * tasks with a public IP puts every task on the internet directly, past any load balancer, WAF
 * or TLS termination in front of it.
 */
export const publicIngress: WorkloadRule = (spec, context) => {
  const network: ParsedNetwork | undefined = spec.network;
  if (!network || !network.assignPublicIp || network.securityGroups !== undefined) return;
  network.allowFrom.forEach((source, i) => {
    if (ANYWHERE.has(source)) context.report("B317", ["network", "allowFrom", i], { source, field: "allowFrom" }, "warning");
  });
  network.ingress.forEach((rule, i) => {
    if (ANYWHERE.has(rule.source)) context.report("B317", ["network", "ingress", i, "source"], { source: rule.source, field: "ingress" }, "warning");
  });
};

/** The security-group rule checks of a workload, in report order. */
export const SECURITY_GROUP_RULES: readonly WorkloadRule[] = [ingressRules, egressRules, ruleFieldsApply, publicIngress];
