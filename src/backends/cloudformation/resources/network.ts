import type { EgressRule, IngressRule, IngressSource, SecurityGroupResource } from "../../../ir/index.js";
import { cfnTags, type CfnObject, type CfnResource } from "../values.js";

/** The properties naming a rule's other end; a CIDR with `:` is IPv6. */
function endpoint(end: IngressSource, direction: "Source" | "Destination"): CfnObject {
  if ("securityGroupId" in end) return { [`${direction}SecurityGroupId`]: end.securityGroupId };
  if ("prefixListId" in end) return { [`${direction}PrefixListId`]: end.prefixListId };
  return end.cidr.includes(":") ? { CidrIpv6: end.cidr } : { CidrIp: end.cidr };
}

/** An egress rule; "-1" is every protocol, so no ports are given. */
function egressRule(rule: EgressRule): CfnObject {
  return {
    IpProtocol: rule.protocol === "all" ? "-1" : rule.protocol,
    FromPort: rule.fromPort,
    ToPort: rule.toPort,
    ...endpoint(rule.destination, "Destination"),
    Description: rule.description,
  };
}

function ingressRule(rule: IngressRule): CfnObject {
  return {
    IpProtocol: rule.protocol,
    FromPort: rule.fromPort,
    ToPort: rule.toPort,
    ...endpoint(rule.source, "Source"),
    Description: rule.description,
  };
}

/**
 * `securityGroup` → `AWS::EC2::SecurityGroup` with its rules inline: the group is created for
 * these tasks only, so separate ingress resources would add nothing but noise.
 */
export function securityGroupResource(group: SecurityGroupResource): CfnResource {
  return {
    Type: "AWS::EC2::SecurityGroup",
    Properties: {
      GroupName: group.name,
      GroupDescription: group.description,
      VpcId: group.vpcId,
      SecurityGroupIngress: group.ingress.map(ingressRule),
      SecurityGroupEgress: group.egress.map(egressRule),
      Tags: cfnTags(group.tags),
    },
  };
}
