import { DataAwsLb } from "@cdktf/provider-aws/lib/data-aws-lb/index.js";
import { DataAwsLbListener } from "@cdktf/provider-aws/lib/data-aws-lb-listener/index.js";
import { DataAwsLbTargetGroup } from "@cdktf/provider-aws/lib/data-aws-lb-target-group/index.js";
import { DataAwsSecurityGroup } from "@cdktf/provider-aws/lib/data-aws-security-group/index.js";
import { DataAwsServiceDiscoveryDnsNamespace } from "@cdktf/provider-aws/lib/data-aws-service-discovery-dns-namespace/index.js";
import type { StackImport } from "../../ir/index.js";
import type { EmitContext } from "./context.js";
import { escapeTemplate, primaryName } from "./names.js";

/**
 * Declares one stack import. Separate Terraform states share no exports, so the value is looked
 * up where it lives, with a data source named after the import: a Cloud Map namespace id by the
 * namespace's name and type; a listener ARN by its load balancer's name and its port; a target
 * group by name; a security group by name in its VPC. The stack that creates it must be applied
 * first; the lookup fails, rather than guessing, when nothing (or several things) match.
 * Literals are templates in Terraform, so they are escaped like every resource argument.
 */
export function registerImport(imported: StackImport, ctx: EmitContext): void {
  const name = primaryName(imported.id);
  const lookup = imported.lookup;
  switch (lookup.kind) {
    case "dnsNamespaceId": {
      const namespace = new DataAwsServiceDiscoveryDnsNamespace(ctx.scope, `data.aws_service_discovery_dns_namespace.${name}`, {
        name: escapeTemplate(lookup.name),
        type: lookup.type,
      });
      namespace.overrideLogicalId(name);
      ctx.registerImport(imported.id, namespace.id);
      return;
    }
    case "listenerArn": {
      const balancer = new DataAwsLb(ctx.scope, `data.aws_lb.${name}`, { name: escapeTemplate(lookup.loadBalancer) });
      balancer.overrideLogicalId(name);
      const listener = new DataAwsLbListener(ctx.scope, `data.aws_lb_listener.${name}`, { loadBalancerArn: balancer.arn, port: lookup.port });
      listener.overrideLogicalId(name);
      ctx.registerImport(imported.id, listener.arn);
      return;
    }
    case "targetGroupArn": {
      const group = new DataAwsLbTargetGroup(ctx.scope, `data.aws_lb_target_group.${name}`, { name: escapeTemplate(lookup.name) });
      group.overrideLogicalId(name);
      ctx.registerImport(imported.id, group.arn);
      return;
    }
    case "securityGroupId": {
      const group = new DataAwsSecurityGroup(ctx.scope, `data.aws_security_group.${name}`, { name: escapeTemplate(lookup.name), vpcId: escapeTemplate(lookup.vpc) });
      group.overrideLogicalId(name);
      ctx.registerImport(imported.id, group.id);
      return;
    }
  }
}
