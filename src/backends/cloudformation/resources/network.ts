import type { EgressRule, IngressRule, IngressSource, SecurityGroupResource } from "../../../ir/index.js";
import type { References } from "../attributes.js";
import { cfnTags, type CfnObject, type CfnResource } from "../values.js";

/** The properties naming a rule's other end; a CIDR with `:` is IPv6. */
function endpoint(end: IngressSource, direction: "Source" | "Destination", refs: References): CfnObject {
  // A group imported from a load balancer stack is only known at deploy time (Fn::ImportValue).
  if ("securityGroupId" in end) return { [`${direction}SecurityGroupId`]: refs.literalOrImport(end.securityGroupId) };
  if ("prefixListId" in end) return { [`${direction}PrefixListId`]: end.prefixListId };
  return end.cidr.includes(":") ? { CidrIpv6: end.cidr } : { CidrIp: end.cidr };
}

/** An egress rule; "-1" is every protocol, so no ports are given. */
function egressRule(rule: EgressRule, refs: References): CfnObject {
  return {
    IpProtocol: rule.protocol === "all" ? "-1" : rule.protocol,
    FromPort: rule.fromPort,
    ToPort: rule.toPort,
    ...endpoint(rule.destination, "Destination", refs),
    Description: rule.description,
  };
}

function ingressRule(rule: IngressRule, refs: References): CfnObject {
  return {
    IpProtocol: rule.protocol,
    FromPort: rule.fromPort,
    ToPort: rule.toPort,
    ...endpoint(rule.source, "Source", refs),
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
      SecurityGroupEgress: group.egress.map((rule) => egressRule(rule, refs)),
      Tags: cfnTags(group.tags),
    },
  };
}
