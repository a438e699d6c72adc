import type { PrivateDnsNamespaceResource, StackOutput } from "../../ir/index.js";
import { namespaceExportName } from "../../spec/discovery.js";
import { CLUSTER_IDS, type ClusterLowerContext } from "./context.js";

/**
 * The cluster's Cloud Map private DNS namespace, when the spec asks for one. It lives in the
 * cluster stack because it outlives any one service and several services register in it.
 */
export function lowerNamespace(ctx: ClusterLowerContext): PrivateDnsNamespaceResource | undefined {
  const { namespace } = ctx.spec;
  if (!namespace) return undefined;
  return {
    kind: "privateDnsNamespace",
    id: CLUSTER_IDS.namespace,
    name: namespace.name,
    description: `Service discovery namespace of ECS cluster ${ctx.spec.name}`,
    vpc: namespace.vpc,
    tags: ctx.tags,
  };
}

/**
 * The namespace's id and ARN. The id is exported under a fixed name (`<cluster>-NamespaceId`):
 * the service stacks that register in the namespace import exactly that name.
 */
export function namespaceOutputs(ctx: ClusterLowerContext): StackOutput[] {
  if (!ctx.spec.namespace) return [];
  const { name } = ctx.spec.namespace;
  return [
    {
      id: "NamespaceId",
      description: `Id of Cloud Map namespace ${name}, imported by the services that register in it`,
      value: { resource: CLUSTER_IDS.namespace, attribute: "id" },
      exportName: namespaceExportName(ctx.spec.name),
    },
    { id: "NamespaceArn", description: `ARN of Cloud Map namespace ${name}`, value: { resource: CLUSTER_IDS.namespace, attribute: "arn" } },
  ];
}
