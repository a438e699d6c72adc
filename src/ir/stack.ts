import type { AlarmResource } from "./alarms.js";
import type { CodeDeployApplicationResource, CodeDeployConfigResource, CodeDeployGroupResource, Delivery } from "./deploy.js";
import type {
  AutoScalingGroupResource,
  CapacityProviderResource,
  ClusterCapacityProvidersResource,
  ClusterResource,
  InstanceProfileResource,
  LaunchTemplateResource,
} from "./cluster.js";
import type { DiscoveryServiceResource, PrivateDnsNamespaceResource } from "./discovery.js";
import type { LogGroupResource } from "./logs.js";
import type { StackOverrides } from "./overrides.js";
import type { ExistingRole, RoleResource } from "./iam.js";
import type { SecurityGroupResource } from "./network.js";
import type { ListenerRuleResource, TargetGroupResource } from "./load-balancer.js";
import type { DnsAliasRecordResource, ListenerCertificateResource, ListenerResource, LoadBalancerResource, NetworkTargetGroupResource } from "./load-balancer-stack.js";
import type { StringValue } from "./refs.js";
import type { RunTask } from "./run-task.js";
import type { ScalableTargetResource, ScalingPolicyResource } from "./scaling.js";
import type { ScheduleResource, ScheduleRuleResource } from "./schedule.js";
import type { ServiceResource } from "./service.js";
import type { TaskDefinitionResource } from "./task.js";

/** Every resource kind the IR knows. Adding a kind is a compile error in each backend until it is emitted. */
export type Resource =
  | LogGroupResource
  | RoleResource
  | SecurityGroupResource
  | TargetGroupResource
  | ListenerRuleResource
  | TaskDefinitionResource
  | ServiceResource
  | AlarmResource
  | CodeDeployApplicationResource
  | CodeDeployConfigResource
  | CodeDeployGroupResource
  | ScalableTargetResource
  | ScalingPolicyResource
  | ScheduleResource
  | ScheduleRuleResource
  | ClusterResource
  | ClusterCapacityProvidersResource
  | CapacityProviderResource
  | LaunchTemplateResource
  | AutoScalingGroupResource
  | InstanceProfileResource
  | DiscoveryServiceResource
  | PrivateDnsNamespaceResource
  | LoadBalancerResource
  | ListenerResource
  | ListenerCertificateResource
  | NetworkTargetGroupResource
  | DnsAliasRecordResource;

/** The `kind` tags of all resources. */
export type ResourceKind = Resource["kind"];

/** A value the deployer sets at deploy time (CloudFormation Parameter / Terraform variable). */
export interface StackInput {
  /** PascalCase id, e.g. `ImageTag`. */
  readonly id: string;
  readonly description: string;
  /** The value when the deployer sets none; for an SSM-backed input, the parameter's name (equal to `ssmParameter`). */
  readonly default: string;
  /**
   * Set when the input's value is read from SSM Parameter Store at deploy time instead of being
   * given literally: the deployer keeps (or overrides) the parameter *name*, and every resource
   * referencing the input receives the parameter's *value*. CloudFormation: a parameter of type
   * `AWS::SSM::Parameter::Value<String>` (or `<AWS::EC2::Image::Id>`, see `valueType`);
   * Terraform: a variable holding the name plus an `aws_ssm_parameter` data source. Only for
   * non-secret `String` parameters: Terraform reads the value as `insecure_value`.
   */
  readonly ssmParameter?: string;
  /**
   * What an SSM-backed input holds, when more specific than a string: `"ec2ImageId"` makes
   * CloudFormation check at deploy time that the parameter holds an AMI id. Absent: a string.
   */
  readonly valueType?: "ec2ImageId";
}

/**
 * A value another stack creates, read at deploy time, so stacks stay independent (each deploys on
 * its own, in order). CloudFormation imports the other stack's export (`Fn::ImportValue`);
 * Terraform, which has no exports between separate states, looks the value up with a data source.
 */
export interface StackImport {
  /** PascalCase id, e.g. `DiscoveryNamespace`; resources reference it with an {@link ImportRef}. */
  readonly id: string;
  readonly description: string;
  /** The export name the other stack's CloudFormation output declares ({@link StackOutput.exportName}). */
  readonly exportName: string;
  /** How Terraform finds the same value: the id of the Cloud Map DNS namespace of this name and type. */
  readonly lookup:
    | { readonly kind: "dnsNamespaceId"; readonly name: string; readonly type: "DNS_PRIVATE" }
    // A listener of a load balancer stack: the load balancer by name, then its listener by port.
    | { readonly kind: "listenerArn"; readonly loadBalancer: string; readonly port: number }
    // A target group of a load balancer stack, by name.
    | { readonly kind: "targetGroupArn"; readonly name: string }
    // A security group, by name in a VPC.
    | { readonly kind: "securityGroupId"; readonly name: string; readonly vpc: string };
}

/** A reference to the value of a {@link StackImport} of the same stack. */
export interface ImportRef {
  readonly import: string;
}

/** True for a reference to a stack import. */
export function isImportRef(value: StringValue | ImportRef): value is ImportRef {
  return typeof value === "object" && "import" in value;
}

/** A value the stack exports (CloudFormation Output / Terraform output). */
export interface StackOutput {
  /** PascalCase id, e.g. `ServiceArn`. */
  readonly id: string;
  readonly description: string;
  /** An attribute of a resource, or a literal known at compile time (e.g. a DNS name). */
  readonly value: StringValue;
  /**
   * A fixed CloudFormation export name that other stacks import ({@link StackImport.exportName}).
   * Absent: `<stack name>-<id>`, whatever the stack is named at deploy time.
   */
  readonly exportName?: string;
}

/**
 * One deployable unit: everything a backend needs to emit a template, with every default
 * resolved and no engine syntax. Resources are in a stable order (the order lowering adds them).
 */
export interface Stack {
  /** Service name; the output folder is `out/<name>/`. */
  readonly name: string;
  /** Spec file the stack came from, relative, `/`-separated. */
  readonly source: string;
  readonly description: string;
  readonly account: string;
  readonly region: string;
  readonly inputs: readonly StackInput[];
  /** Values of other stacks this one needs; those stacks deploy first. Absent: none. */
  readonly imports?: readonly StackImport[];
  readonly resources: readonly Resource[];
  readonly outputs: readonly StackOutput[];
  /**
   * Roles the spec gives by ARN instead of letting berth create them, with what they must allow
   * (read by the generated README). Absent: none.
   */
  readonly existingRoles?: readonly ExistingRole[];
  /**
   * The spec's escape-hatch overrides, applied by each backend after emission and listed in the
   * README as not validated by berth. Absent: none.
   */
  readonly overrides?: StackOverrides;
  /** How new versions reach production (services only); read by the generated README. */
  readonly delivery?: Delivery;
  /** How to start the task once (tasks only); quoted in an output and the generated README. */
  readonly runTask?: RunTask;
}
