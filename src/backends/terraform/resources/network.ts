import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group/index.js";
import { VpcSecurityGroupEgressRule } from "@cdktf/provider-aws/lib/vpc-security-group-egress-rule/index.js";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule/index.js";
import type { EgressRule, IngressRule, IngressSource, SecurityGroupResource } from "../../../ir/index.js";
import type { EmitContext, KindEmitter } from "../context.js";
import { auxiliaryName, primaryName } from "../names.js";
import { tagsArgument } from "./tags.js";

/** The argument naming a rule's other end; a CIDR with `:` is IPv6; an imported group resolves at apply time. */
function endpointArguments(end: IngressSource, ctx: EmitContext): { cidrIpv4?: string; cidrIpv6?: string; referencedSecurityGroupId?: string; prefixListId?: string } {
  if ("cidr" in end) return end.cidr.includes(":") ? { cidrIpv6: end.cidr } : { cidrIpv4: end.cidr };
  if ("prefixListId" in end) return { prefixListId: end.prefixListId };
  return { referencedSecurityGroupId: ctx.literalOrImport(end.securityGroupId) };
}

/** How a rule's other end appears in its Terraform name; an imported group by its import's name. */
function endpointName(end: IngressSource): string {
  if ("cidr" in end) return end.cidr;
  if ("prefixListId" in end) return end.prefixListId;
  return typeof end.securityGroupId === "string" ? end.securityGroupId : end.securityGroupId.import;
}

/** Suffix naming an ingress rule by what it allows, so reordering rules does not replace them. */
function ingressSuffix(rule: IngressRule): string {
  const ports = rule.fromPort === rule.toPort ? `${rule.fromPort}` : `${rule.fromPort}_${rule.toPort}`;
  return `ingress_${rule.protocol}_${ports}_${endpointName(rule.source)}`;
}

/** Suffix naming an egress rule by what it allows (`egress_all_<cidr>` for all traffic, as before ports existed). */
function egressSuffix(rule: EgressRule): string {
  if (rule.protocol === "all") return `egress_all_${endpointName(rule.destination)}`;
  const ports = rule.fromPort === rule.toPort ? `${rule.fromPort}` : `${rule.fromPort}_${rule.toPort}`;
  return `egress_${rule.protocol}_${ports}_${endpointName(rule.destination)}`;
}

/**
 * `securityGroup` → `aws_security_group` with each rule as its own
 * `aws_vpc_security_group_ingress_rule` / `_egress_rule`. Standalone rules (not inline blocks)
 * are what provider 5.x recommends: they carry descriptions and never fight over the rule set.
 * Terraform deletes AWS's default egress rule from groups it creates, so egress is explicit.
 */
export const securityGroupEmitter: KindEmitter<SecurityGroupResource> = {
  attributes: { id: "id", arn: "arn", name: "name" },
  emit(group, ctx) {
    const construct = ctx.create(SecurityGroup, primaryName(group.id), {
      name: group.name,
      description: group.description,
      vpcId: group.vpcId,
      ...tagsArgument(group.tags),
    });
    for (const rule of group.ingress) {
      ctx.create(VpcSecurityGroupIngressRule, auxiliaryName(group.id, ingressSuffix(rule)), {
        securityGroupId: construct.id,
        description: rule.description,
        ipProtocol: rule.protocol,
        fromPort: rule.fromPort,
        toPort: rule.toPort,
        ...endpointArguments(rule.source, ctx),
      });
    }
    for (const rule of group.egress) {
      ctx.create(VpcSecurityGroupEgressRule, auxiliaryName(group.id, egressSuffix(rule)), {
        securityGroupId: construct.id,
        description: rule.description,
        // "-1" is every protocol; ports must then be omitted.
        ipProtocol: rule.protocol === "all" ? "-1" : rule.protocol,
        ...(rule.protocol === "all" ? {} : { fromPort: rule.fromPort, toPort: rule.toPort }),
        ...endpointArguments(rule.destination, ctx),
      });
    }
    return construct;
  },
};
