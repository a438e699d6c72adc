import { DataAwsServiceDiscoveryDnsNamespace } from "@cdktf/provider-aws/lib/data-aws-service-discovery-dns-namespace/index.js";
import type { StackImport } from "../../ir/index.js";
import type { EmitContext } from "./context.js";
import { escapeTemplate, primaryName } from "./names.js";

/**
 * Declares one stack import. Separate Terraform states share no exports, so the value is looked
 * up where it lives: a Cloud Map namespace id by the namespace's name and type (a data source
 * named after the import). The stack that creates it must be applied first; the lookup fails,
 * rather than guessing, when no namespace or several of that name and type exist.
 */
export function registerImport(imported: StackImport, ctx: EmitContext): void {
  const name = primaryName(imported.id);
  switch (imported.lookup.kind) {
    case "dnsNamespaceId": {
      const namespace = new DataAwsServiceDiscoveryDnsNamespace(ctx.scope, `data.aws_service_discovery_dns_namespace.${name}`, {
        // Literals are templates in Terraform; escaped like every resource argument.
        name: escapeTemplate(imported.lookup.name),
        type: imported.lookup.type,
      });
      namespace.overrideLogicalId(name);
      ctx.registerImport(imported.id, namespace.id);
      return;
    }
  }
}
