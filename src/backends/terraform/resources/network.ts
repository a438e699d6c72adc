import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group/index.js";
import { VpcSecurityGroupEgressRule } from "@cdktf/provider-aws/lib/vpc-security-group-egress-rule/index.js";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule/index.js";
import type { IngressRule, IngressSource, SecurityGroupResource } from "../../../ir/index.js";
import type { EmitContext, KindEmitter } from "../context.js";
import { auxiliaryName, primaryName } from "../names.js";
import { tagsArgument } from "./tags.js";

/** The source argument of an ingress rule; a CIDR with `:` is IPv6. */
function sourceArguments(source: IngressSource, ctx: EmitContext): { cidrIpv4?: string; cidrIpv6?: string; referencedSecurityGroupId?: string; prefixListId?: string } {
  if ("cidr" in source) return source.cidr.includes(":") ? { cidrIpv6: source.cidr } : { cidrIpv4: source.cidr };
  if ("prefixListId" in source) return { prefixListId: source.prefixListId };
  return { referencedSecurityGroupId: ctx.literalOrImport(source.securityGroupId) };
}

/** Suffix naming an ingress rule by what it allows, so reordering rules does not replace them. */
function ingressSuffix(rule: IngressRule): string {
  const ports = rule.fromPort === rule.toPort ? `${rule.fromPort}` : `${rule.fromPort}_${rule.toPort}`;
  const { source: from } = rule;
  // An imported group is named after the import (its id is only known at apply time).
  const source = "cidr" in from ? from.cidr : "prefixListId" in from ? from.prefixListId : typeof from.securityGroupId === "string" ? from.securityGroupId : from.securityGroupId.import;
  return `ingress_${rule.protocol}_${ports}_${source}`;
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
        ...sourceArguments(rule.source, ctx),
      });
    }
    for (const rule of group.egress) {
      ctx.create(VpcSecurityGroupEgressRule, auxiliaryName(group.id, `egress_all_${rule.cidr}`), {
        securityGroupId: construct.id,
        description: rule.description,
        // "-1" is every protocol; ports must then be omitted.
        ipProtocol: "-1",
        ...(rule.cidr.includes(":") ? { cidrIpv6: rule.cidr } : { cidrIpv4: rule.cidr }),
      });
    }
    return construct;
  },
};
