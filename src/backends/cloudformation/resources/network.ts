import type { EgressRule, IngressRule, SecurityGroupResource } from "../../../ir/index.js";
import { cfnTags, type CfnObject, type CfnResource } from "../values.js";

/** An egress rule; "-1" is every protocol, so no ports are given. */
function egressRule(rule: EgressRule): CfnObject {
  return { IpProtocol: "-1", CidrIp: rule.cidr, Description: rule.description };
}

function ingressRule(rule: IngressRule): CfnObject {
  return {
    IpProtocol: rule.protocol,
    FromPort: rule.fromPort,
    ToPort: rule.toPort,
    CidrIp: "cidr" in rule.source ? rule.source.cidr : undefined,
    SourceSecurityGroupId: "securityGroupId" in rule.source ? rule.source.securityGroupId : undefined,
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
