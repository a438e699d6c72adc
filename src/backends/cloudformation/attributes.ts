import type { AttributeRef, ImportRef, ResourceKind, Stack, StringValue } from "../../ir/index.js";
import { GetAtt, ImportValue, Ref, type Intrinsic } from "./intrinsics.js";

/** A backend-neutral attribute name, as the IR spells it. */
export type Attribute = AttributeRef["attribute"];

type AttributeMapping = Readonly<Partial<Record<Attribute, (logicalId: string) => Intrinsic>>>;

/**
 * How each IR attribute reads in CloudFormation, per resource kind. What `Ref` returns differs by
 * resource type (an ARN for a service, a name for a role or log group), so the mapping is spelled
 * out per kind from the CloudFormation reference rather than derived. A complete record over
 * `ResourceKind`: a new IR kind does not compile until its attributes are decided here.
 * Combinations left out are not exposed; asking for one is a lowering bug.
 */
export const ATTRIBUTES: Readonly<Record<ResourceKind, AttributeMapping>> = {
  // Ref on AWS::ECS::Service returns the service ARN.
  service: { arn: (id) => new Ref(id), name: (id) => new GetAtt(id, "Name") },
  // Ref on AWS::ECS::TaskDefinition returns the ARN (family:revision).
  taskDefinition: { arn: (id) => new Ref(id) },
  targetGroup: { arn: (id) => new Ref(id), name: (id) => new GetAtt(id, "TargetGroupName"), fullName: (id) => new GetAtt(id, "TargetGroupFullName") },
  listenerRule: { arn: (id) => new Ref(id) },
  logGroup: { name: (id) => new Ref(id), arn: (id) => new GetAtt(id, "Arn") },
  role: { name: (id) => new Ref(id), arn: (id) => new GetAtt(id, "Arn") },
  // Ref on a VPC security group also returns the id, but GetAtt GroupId is unambiguous
  // (Ref returns the name for EC2-Classic/default-VPC groups).
  securityGroup: { id: (id) => new GetAtt(id, "GroupId") },
  // Ref on AWS::CloudWatch::Alarm returns the alarm name.
  alarm: { name: (id) => new Ref(id), arn: (id) => new GetAtt(id, "Arn") },
  // Ref on AWS::CodeDeploy::Application, ::DeploymentConfig and ::DeploymentGroup returns the name.
  codeDeployApplication: { name: (id) => new Ref(id) },
  codeDeployConfig: { name: (id) => new Ref(id) },
  codeDeployGroup: { name: (id) => new Ref(id) },
  // Ref on a scalable target returns its id (`<resource id>|<dimension>|<namespace>`), which is
  // what a scaling policy's ScalingTargetId takes.
  scalableTarget: { id: (id) => new Ref(id) },
  // Ref on a scaling policy also returns the ARN; GetAtt Arn says so explicitly.
  scalingPolicy: { arn: (id) => new GetAtt(id, "Arn") },
  // Ref on AWS::Scheduler::Schedule returns the schedule name.
  schedule: { name: (id) => new Ref(id), arn: (id) => new GetAtt(id, "Arn") },
  // Ref on AWS::Events::Rule returns the rule name (on the default event bus).
  scheduleRule: { name: (id) => new Ref(id), arn: (id) => new GetAtt(id, "Arn") },
  // Ref on AWS::ECS::Cluster returns the cluster name.
  cluster: { name: (id) => new Ref(id), arn: (id) => new GetAtt(id, "Arn") },
  // Ref on AWS::ECS::ClusterCapacityProviderAssociations returns the cluster name; nothing references it.
  clusterCapacityProviders: {},
  // Ref on AWS::ECS::CapacityProvider returns the capacity provider name.
  capacityProvider: { name: (id) => new Ref(id) },
  // Ref on AWS::EC2::LaunchTemplate returns the launch template id.
  launchTemplate: { id: (id) => new Ref(id) },
  // Ref on AWS::AutoScaling::AutoScalingGroup returns the group name.
  autoScalingGroup: { name: (id) => new Ref(id), arn: (id) => new GetAtt(id, "AutoScalingGroupARN") },
  // Ref on AWS::IAM::InstanceProfile returns the profile name.
  instanceProfile: { name: (id) => new Ref(id), arn: (id) => new GetAtt(id, "Arn") },
  // Ref on AWS::ServiceDiscovery::Service and ::PrivateDnsNamespace returns the id.
  discoveryService: { id: (id) => new Ref(id), arn: (id) => new GetAtt(id, "Arn") },
  privateDnsNamespace: { id: (id) => new Ref(id), arn: (id) => new GetAtt(id, "Arn") },
  // Ref on AWS::ElasticLoadBalancingV2::LoadBalancer returns its ARN.
  loadBalancer: {
    arn: (id) => new Ref(id),
    name: (id) => new GetAtt(id, "LoadBalancerName"),
    fullName: (id) => new GetAtt(id, "LoadBalancerFullName"),
    dnsName: (id) => new GetAtt(id, "DNSName"),
    hostedZoneId: (id) => new GetAtt(id, "CanonicalHostedZoneID"),
  },
  // Ref on AWS::ElasticLoadBalancingV2::Listener returns its ARN.
  listener: { arn: (id) => new Ref(id) },
  listenerCertificate: {},
  networkTargetGroup: { arn: (id) => new Ref(id), name: (id) => new GetAtt(id, "TargetGroupName"), fullName: (id) => new GetAtt(id, "TargetGroupFullName") },
  // Ref on AWS::Route53::RecordSet returns the record's domain name.
  dnsAliasRecord: { name: (id) => new Ref(id) },
};

/**
 * Resolves references between resources of one stack. Every cross-resource value a resource
 * builder writes goes through here, so a dangling id or a reference to the wrong kind of
 * resource fails loudly at emit time instead of producing a template CloudFormation rejects.
 */
export class References {
  private readonly kinds: ReadonlyMap<string, ResourceKind>;
  /** Export name of each stack import, by import id. */
  private readonly exports: ReadonlyMap<string, string>;

  /** @param stack The stack whose resources and imports may be referenced. */
  constructor(stack: Stack) {
    this.kinds = new Map(stack.resources.map((resource) => [resource.id, resource.kind]));
    this.exports = new Map((stack.imports ?? []).map((imported) => [imported.id, imported.exportName]));
  }

  /**
   * `!ImportValue` of a stack import's export.
   * @throws Error when the stack declares no such import.
   */
  imported(ref: ImportRef): ImportValue {
    const name = this.exports.get(ref.import);
    if (name === undefined) throw new Error(`CloudFormation backend: reference to unknown import "${ref.import}"`);
    return new ImportValue(name);
  }

  /**
   * The intrinsic reading `ref.attribute` of `ref.resource`.
   * @param expected When given, the referenced resource must be of this kind.
   * @throws Error when the resource does not exist, is of another kind, or lacks the attribute.
   */
  attribute(ref: AttributeRef, expected?: ResourceKind): Intrinsic {
    const kind = this.kindOf(ref.resource);
    if (expected !== undefined && kind !== expected) {
      throw new Error(`CloudFormation backend: ${ref.resource} is a ${kind}, expected a ${expected}`);
    }
    const read = ATTRIBUTES[kind][ref.attribute];
    if (read === undefined) {
      throw new Error(`CloudFormation backend: attribute "${ref.attribute}" of a ${kind} (${ref.resource}) is not supported`);
    }
    return read(ref.resource);
  }

  /** A literal passes through; an import becomes `!ImportValue` (a listener of a load balancer stack, say). */
  literalOrImport(value: string | ImportRef): string | ImportValue {
    return typeof value === "string" ? value : this.imported(value);
  }

  /** A literal passes through; an attribute reference becomes `!Ref` / `!GetAtt`. */
  value(value: StringValue): string | Intrinsic {
    return typeof value === "string" ? value : this.attribute(value);
  }

  /**
   * Checks that `id` names a resource of this stack (for `DependsOn`) and returns it.
   * @throws Error when it does not.
   */
  logicalId(id: string): string {
    this.kindOf(id);
    return id;
  }

  private kindOf(id: string): ResourceKind {
    const kind = this.kinds.get(id);
    if (kind === undefined) throw new Error(`CloudFormation backend: reference to unknown resource "${id}"`);
    return kind;
  }
}
