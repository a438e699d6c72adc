import { entry } from "./entry.js";

/** Security-group rules beyond `allowFrom`: CIDR/prefix-list ingress and restricted egress (B310–B329). */
export const securityGroupRulesEntries = {
  B310: entry<{ value: string; securityGroup: boolean }>({
    message: (a) =>
      a.securityGroup
        ? `"${a.value}" is a security group; network.ingress takes CIDR blocks and prefix lists.`
        : `"${a.value}" is neither an IPv4 or IPv6 CIDR block nor a managed prefix list id.`,
    hint: (a) =>
      a.securityGroup
        ? `Put security groups in network.allowFrom (e.g. allowFrom: ["${a.value}"]): they are admitted on the container ports.`
        : 'Use a CIDR such as "10.20.0.0/16" or "2001:db8::/32", or a prefix list id ("pl-" followed by 8 or 17 lower-case hex digits, as `aws ec2 describe-managed-prefix-lists` shows it).',
  }),
  B311: entry<{ field: string }>({
    message: (a) => `network.${a.field} only applies to the security group berth generates, but securityGroups are given.`,
    hint: () => "Either remove securityGroups (berth then creates a group with these rules) or add the rules to your own groups.",
  }),
  B312: entry<{ port: number; toPort: number }>({
    message: (a) => `toPort ${a.toPort} is below port ${a.port}: a port range runs from port up to toPort.`,
    hint: () => "Swap the two, or drop toPort for a single port.",
  }),
  B313: entry<{ value: string }>({
    message: (a) => `"${a.value}" is not an egress destination: neither a CIDR block (IPv4 or IPv6), a prefix list id nor a security group id.`,
    hint: () => 'Use e.g. "0.0.0.0/0", "10.0.0.0/8", "::/0", a prefix list such as "pl-63a5400a" (S3) or a security group "sg-0a1b2c3d".',
  }),
  B314: entry<{ protocol: string }>({
    message: (a) => `A ${a.protocol} egress rule needs a port.`,
    hint: () => 'Add port (and toPort for a range), e.g. { destination: "0.0.0.0/0", port: 443 }; or protocol: "all" for every protocol and port.',
  }),
  B315: entry<{ field: string }>({
    message: (a) => `An egress rule with protocol "all" covers every port, so ${a.field} means nothing.`,
    hint: () => 'Remove the ports, or use protocol "tcp" or "udp" to restrict the rule to them.',
  }),
  B316: entry<{ description: string }>({
    message: (a) => `Duplicate security group rule: ${a.description}.`,
    hint: () => "EC2 refuses two identical rules in one group; keep one.",
  }),
  B317: entry<{ source: string; field: string }>({
    message: (a) => `network.${a.field} admits ${a.source} (the whole internet) and assignPublicIp is true: every task is reachable from the internet on its own public IP, bypassing any load balancer.`,
    hint: () =>
      "Run tasks in private subnets with assignPublicIp: false and put a load balancer in front; or narrow the source to the clients that need it.",
  }),
  B318: entry({
    message: () => "network.egress is empty. CloudFormation would keep AWS's default allow-all egress rule, while Terraform would allow nothing.",
    hint: () => 'Give at least one egress rule (e.g. { destination: "10.0.0.0/8", port: 443 } for VPC endpoints), or remove egress for all outbound traffic.',
  }),
  B319: entry({
    message: () => "network.egress allows no HTTPS (TCP 443): the tasks cannot pull images from ECR, write awslogs to CloudWatch Logs or call AWS APIs.",
    hint: () =>
      'Allow TCP 443 to the VPC endpoints\' CIDR or security group (and the S3 prefix list for ECR layers), e.g. { destination: "10.0.0.0/16", port: 443 }, or to "0.0.0.0/0" through a NAT gateway.',
  }),
  B320: entry<{ field: string; mode: string }>({
    message: (a) => `network.${a.field} has no effect in ${a.mode} network mode: the tasks use the container instances' security groups.`,
    hint: () => "Configure the instances' security groups in the cluster instead, or use networkMode \"awsvpc\".",
  }),
} as const;
