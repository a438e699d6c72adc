import type { EgressRule, IngressRule, SecurityGroupResource } from "../../../ir/index.js";
import type { References } from "../attributes.js";
import { cfnTags, type CfnObject, type CfnResource } from "../values.js";

/** An egress rule; "-1" is every protocol, so no ports are given. */
function egressRule(rule: EgressRule): CfnObject {
  return { IpProtocol: "-1", CidrIp: rule.cidr, Description: rule.description };
}

function ingressRule(rule: IngressRule, refs: References): CfnObject {
  const group = "securityGroupId" in rule.source ? rule.source.securityGroupId : undefined;
  return {
    IpProtocol: rule.protocol,
    FromPort: rule.fromPort,
    ToPort: rule.toPort,
    // An IPv6 block (one with ":") goes in its own property.
    CidrIp: "cidr" in rule.source && !rule.source.cidr.includes(":") ? rule.source.cidr : undefined,
    CidrIpv6: "cidr" in rule.source && rule.source.cidr.includes(":") ? rule.source.cidr : undefined,
    SourceSecurityGroupId: group === undefined ? undefined : refs.literalOrImport(group),
    SourcePrefixListId: "prefixListId" in rule.source ? rule.source.prefixListId : undefined,
    Description: rule.description,
  };
}

/**
 * `securityGroup` → `AWS::EC2::SecurityGroup` with its rules inline: the group is created for
 * these tasks only, so separate ingress resources would add nothing but noise.
 */
export function securityGroupResource(group: SecurityGroupResource, refs: References): CfnResource {
  return {
    Type: "AWS::EC2::SecurityGroup",
    Properties: {
      GroupName: group.name,
      GroupDescription: group.description,
      VpcId: group.vpcId,
      SecurityGroupIngress: group.ingress.map((rule) => ingressRule(rule, refs)),
      SecurityGroupEgress: group.egress.map(egressRule),
      Tags: cfnTags(group.tags),
    },
  };
}
