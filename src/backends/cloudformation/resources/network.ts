import type { IngressRule, SecurityGroupResource } from "../../../ir/index.js";
import { cfnTags, type CfnObject, type CfnResource } from "../values.js";

/**
 * The IR defines egress of a generated group as "open to all" without spelling out the rule, so
 * its one CloudFormation rendering lives here. Written explicitly (rather than relying on
 * EC2's implicit default rule) so the template shows what the group allows.
 */
const ALLOW_ALL_EGRESS: CfnObject = {
  IpProtocol: "-1",
  CidrIp: "0.0.0.0/0",
  Description: "Allow all outbound traffic",
};

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
      SecurityGroupEgress: [ALLOW_ALL_EGRESS],
      Tags: cfnTags(group.tags),
    },
  };
}
