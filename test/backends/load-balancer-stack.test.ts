import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { CFN_SCHEMA, GetAtt, ImportValue, Ref } from "../../src/backends/cloudformation/intrinsics.js";
import { compile } from "../../src/compile.js";
import checkoutWeb from "../../specs/checkout-web.js";
import pgProxy from "../../specs/pg-proxy.js";
import privateTcp from "../../specs/private-tcp.js";
import publicApi from "../../specs/public-api.js";
import publicWeb from "../../specs/public-web.js";

type Json = Record<string, any>;

/** CloudFormation and Terraform JSON of every stack of one run, by stack name. */
async function run(specs: { file: string; exported: unknown }[]): Promise<Record<string, { cfn: Json; tf: Json }>> {
  const result = await compile(specs, { targets: ["cloudformation", "terraform"], hcl: false });
  expect(result.diagnostics).toEqual([]);
  const text = (path: string) => result.files.find((f) => f.path === path)?.contents ?? "";
  return Object.fromEntries(
    result.stacks.map((s) => [
      s.name,
      { cfn: yaml.load(text(`${s.name}/cloudformation/template.yaml`), { schema: CFN_SCHEMA }) as Json, tf: JSON.parse(text(`${s.name}/terraform/main.tf.json`)) as Json },
    ]),
  );
}

const stacks = await run([
  { file: "specs/public-web.ts", exported: publicWeb },
  { file: "specs/public-api.ts", exported: publicApi },
  { file: "specs/checkout-web.ts", exported: checkoutWeb },
  { file: "specs/private-tcp.ts", exported: privateTcp },
  { file: "specs/pg-proxy.ts", exported: pgProxy },
]);
const at = (name: string) => stacks[name] as { cfn: Json; tf: Json };

describe("the public-web load balancer stack", () => {
  const { cfn, tf } = at("public-web");
  const props = (id: string): Json => cfn.Resources[id].Properties;

  it("CloudFormation: an ALB with its security group and its attributes as ELB keys", () => {
    expect(props("LoadBalancer")).toMatchObject({ Name: "public-web", Type: "application", Scheme: "internet-facing", SecurityGroups: [new GetAtt("LoadBalancerSecurityGroup", "GroupId")] });
    expect(props("LoadBalancer").LoadBalancerAttributes).toEqual([
      { Key: "deletion_protection.enabled", Value: "true" },
      { Key: "idle_timeout.timeout_seconds", Value: "120" },
      { Key: "routing.http.drop_invalid_header_fields.enabled", Value: "true" },
      { Key: "access_logs.s3.enabled", Value: "true" },
      { Key: "access_logs.s3.bucket", Value: "example-elb-access-logs" },
      { Key: "access_logs.s3.prefix", Value: "public-web" },
    ]);
  });

  it("CloudFormation: HTTPS with its certificate and policy, an SNI certificate, a redirect and an alias record", () => {
    expect(props("Listener443")).toMatchObject({ Protocol: "HTTPS", SslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06", LoadBalancerArn: new Ref("LoadBalancer") });
    expect(props("Listener443Certificate1").ListenerArn).toEqual(new Ref("Listener443"));
    expect(props("Listener80").DefaultActions).toEqual([{ Type: "redirect", RedirectConfig: { Protocol: "HTTPS", Port: "443", StatusCode: "HTTP_301" } }]);
    expect(props("DnsRecord").AliasTarget).toEqual({ DNSName: new GetAtt("LoadBalancer", "DNSName"), HostedZoneId: new GetAtt("LoadBalancer", "CanonicalHostedZoneID"), EvaluateTargetHealth: true });
    expect(cfn.Outputs.Listener443Arn.Export).toEqual({ Name: "public-web-Listener443Arn" });
  });

  it("Terraform: the same load balancer, listeners, certificate and record", () => {
    const lb = tf.resource.aws_lb.load_balancer;
    expect(lb).toMatchObject({ name: "public-web", load_balancer_type: "application", internal: false, idle_timeout: 120, enable_deletion_protection: true, drop_invalid_header_fields: true });
    expect(lb.access_logs).toEqual({ enabled: true, bucket: "example-elb-access-logs", prefix: "public-web" });
    expect(tf.resource.aws_lb_listener.listener80.default_action).toEqual([{ type: "redirect", redirect: { port: "443", protocol: "HTTPS", status_code: "HTTP_301" } }]);
    expect(tf.resource.aws_lb_listener.listener443).toMatchObject({ certificate_arn: expect.stringContaining(":certificate/"), ssl_policy: "ELBSecurityPolicy-TLS13-1-2-2021-06" });
    expect(tf.resource.aws_lb_listener_certificate.listener443_certificate1.listener_arn).toBe("${aws_lb_listener.listener443.arn}");
    expect(tf.resource.aws_route53_record.dns_record.alias).toEqual({ name: "${aws_lb.load_balancer.dns_name}", zone_id: "${aws_lb.load_balancer.zone_id}", evaluate_target_health: true });
  });
});

describe("a service on a listener of a load balancer spec", () => {
  it("CloudFormation: imports the listener and the load balancer's group, and admits only that group", () => {
    const { cfn } = at("public-api");
    expect(cfn.Resources.ListenerRule.Properties.ListenerArn).toEqual(new ImportValue("public-web-Listener443Arn"));
    expect(cfn.Resources.ServiceSecurityGroup.Properties.SecurityGroupIngress).toEqual([
      { IpProtocol: "tcp", FromPort: 8080, ToPort: 8080, SourceSecurityGroupId: new ImportValue("public-web-SecurityGroupId"), Description: "TCP 8080 from load balancer public-web" },
    ]);
  });

  it("Terraform: looks the listener up by load balancer name and port, and the group by name in the VPC", () => {
    const { tf } = at("public-api");
    expect(tf.data.aws_lb.public_web_listener443_arn).toEqual({ name: "public-web" });
    expect(tf.data.aws_lb_listener.public_web_listener443_arn).toEqual({ load_balancer_arn: "${data.aws_lb.public_web_listener443_arn.arn}", port: 443 });
    expect(tf.data.aws_security_group.public_web_security_group_id).toEqual({ name: "public-web-lb", vpc_id: "vpc-0a1b2c3d" });
    expect(tf.resource.aws_lb_listener_rule.listener_rule.listener_arn).toBe("${data.aws_lb_listener.public_web_listener443_arn.arn}");
    const rules = Object.values(tf.resource.aws_vpc_security_group_ingress_rule) as Json[];
    expect(rules.map((r) => r.referenced_security_group_id)).toEqual(["${data.aws_security_group.public_web_security_group_id.id}"]);
  });

  it("blue/green: CodeDeploy's production and test routes are the imported 443 and 8443 listeners, on both engines", () => {
    const { cfn, tf } = at("checkout-web");
    const pair = cfn.Resources.CodeDeployDeploymentGroup.Properties.LoadBalancerInfo.TargetGroupPairInfoList[0];
    expect(pair.ProdTrafficRoute).toEqual({ ListenerArns: [new ImportValue("public-web-Listener443Arn")] });
    expect(pair.TestTrafficRoute).toEqual({ ListenerArns: [new ImportValue("public-web-Listener8443Arn")] });
    expect(cfn.Resources.TestListenerRule.Properties.ListenerArn).toEqual(new ImportValue("public-web-Listener8443Arn"));
    const info = tf.resource.aws_codedeploy_deployment_group.code_deploy_deployment_group.load_balancer_info.target_group_pair_info;
    expect(info.prod_traffic_route.listener_arns).toEqual(["${data.aws_lb_listener.public_web_listener443_arn.arn}"]);
    expect(info.test_traffic_route.listener_arns).toEqual(["${data.aws_lb_listener.public_web_listener8443_arn.arn}"]);
  });

  it("on an NLB listener: registers into the load balancer stack's target group, with no target group or rule of its own", () => {
    const { cfn, tf } = at("pg-proxy");
    expect(cfn.Resources.Service.Properties.LoadBalancers).toEqual([{ TargetGroupArn: new ImportValue("private-tcp-Listener5432TargetGroupArn"), ContainerName: "pgbouncer", ContainerPort: 5432 }]);
    expect(cfn.Resources.Service.DependsOn ?? []).not.toContain("ListenerRule");
    expect(Object.keys(cfn.Resources).some((id) => /TargetGroup|ListenerRule/.test(id))).toBe(false);
    expect(tf.data.aws_lb_target_group.private_tcp_listener5432_target_group_arn).toEqual({ name: "private-tcp-5432" });
    expect(tf.resource.aws_ecs_service.service.load_balancer).toEqual([
      { target_group_arn: "${data.aws_lb_target_group.private_tcp_listener5432_target_group_arn.arn}", container_name: "pgbouncer", container_port: 5432 },
    ]);
  });
});

describe("the private-tcp NLB stack", () => {
  const { cfn, tf } = at("private-tcp");

  it("CloudFormation: TCP and TLS listeners forwarding to their target groups; cross-zone on; prefix-list ingress", () => {
    expect(cfn.Resources.Listener5432.Properties.DefaultActions).toEqual([{ Type: "forward", TargetGroupArn: new Ref("Listener5432TargetGroup") }]);
    expect(cfn.Resources.Listener5433TargetGroup.Properties.TargetGroupAttributes).toContainEqual({ Key: "preserve_client_ip.enabled", Value: "false" });
    expect(cfn.Resources.LoadBalancer.Properties.LoadBalancerAttributes).toContainEqual({ Key: "load_balancing.cross_zone.enabled", Value: "true" });
    expect(cfn.Resources.LoadBalancerSecurityGroup.Properties.SecurityGroupIngress).toContainEqual(expect.objectContaining({ SourcePrefixListId: "pl-0a1b2c3d", FromPort: 5432 }));
  });

  it("Terraform: the same target groups and load balancer settings", () => {
    expect(tf.resource.aws_lb.load_balancer).toMatchObject({ load_balancer_type: "network", internal: true, enable_cross_zone_load_balancing: true });
    expect(tf.resource.aws_lb.load_balancer.idle_timeout).toBeUndefined();
    expect(tf.resource.aws_lb_target_group.listener5433_target_group).toMatchObject({ preserve_client_ip: "false", port: 5432, protocol: "TCP", health_check: { protocol: "HTTP", path: "/ready" } });
    expect(tf.resource.aws_lb_listener.listener5433).toMatchObject({ protocol: "TLS", ssl_policy: "ELBSecurityPolicy-TLS13-1-2-2021-06" });
    const rules = Object.values(tf.resource.aws_vpc_security_group_ingress_rule) as Json[];
    expect(rules.map((r) => r.prefix_list_id).filter(Boolean)).toEqual(["pl-0a1b2c3d", "pl-0a1b2c3d"]);
  });
});
