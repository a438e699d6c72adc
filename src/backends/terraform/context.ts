import { Lazy, type ITerraformDependable, type TerraformResource, type TerraformStack, type TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import type { AttributeRef, ImportRef, Resource, ResourceId, ResourceKind, StringValue } from "../../ir/index.js";
import { isRef } from "../../ir/index.js";

/** Which Terraform attribute of a kind's primary resource answers each backend-neutral attribute. */
export type AttributeMap = Partial<Readonly<Record<AttributeRef["attribute"], string>>>;

/** A provider resource class: constructible, and naming its Terraform type statically. */
export interface ResourceClass<C extends TerraformResource, A> {
  new (scope: Construct, id: string, config: A): C;
  readonly tfResourceType: string;
}

/**
 * How one IR kind becomes Terraform: the resources it creates, and which attributes of its
 * primary resource other resources may reference. A kind missing from `attributes` cannot be
 * referenced that way; asking is a bug and throws.
 */
export interface KindEmitter<R extends Resource> {
  readonly attributes: AttributeMap;
  /** Creates the resources for `resource` and returns the primary one (named after the IR id). */
  emit(resource: R, ctx: EmitContext): TerraformResource;
}

interface Registered {
  readonly kind: ResourceKind;
  readonly construct: TerraformResource;
  readonly attributes: AttributeMap;
}

/**
 * What a family emitter may use while turning one IR resource into constructs: a way to create
 * resources with stable names, and to reference other IR resources and stack inputs.
 *
 * References are lazy (resolved when the stack is rendered), so the IR's resource order never
 * matters: a resource may point at one emitted after it.
 */
export class EmitContext {
  private readonly registered = new Map<ResourceId, Registered>();
  /** Per stack input: a token for its value (the variable's, or the SSM parameter read through it). */
  private readonly inputs = new Map<string, string>();
  /** Per stack import: a token for the looked-up value. */
  private readonly imports = new Map<string, string>();

  /** @param scope the stack every construct is created in. */
  constructor(readonly scope: TerraformStack) {}

  /**
   * Creates a provider resource whose Terraform address is `<type>.<name>`. The construct id
   * includes the type because names only need to be unique per type in Terraform, while
   * construct ids must be unique in the whole scope; overriding the logical id keeps cdktf from
   * appending its hash suffix.
   */
  create<C extends TerraformResource, A>(type: ResourceClass<C, A>, name: string, config: A): C {
    const construct = new type(this.scope, `${type.tfResourceType}.${name}`, config);
    construct.overrideLogicalId(name);
    return construct;
  }

  /** Records the primary resource of an IR resource so others can reference it. */
  register(id: ResourceId, kind: ResourceKind, construct: TerraformResource, attributes: AttributeMap): void {
    if (this.registered.has(id)) throw new Error(`berth bug: duplicate resource id "${id}"`);
    this.registered.set(id, { kind, construct, attributes });
  }

  /**
   * Records a stack input. `value` is what references to the input resolve to: by default the
   * variable itself; for an SSM-backed input, the data source reading the parameter the
   * variable names.
   */
  registerInput(id: string, variable: TerraformVariable, value: string = variable.stringValue): void {
    if (this.inputs.has(id)) throw new Error(`berth bug: duplicate input id "${id}"`);
    this.inputs.set(id, value);
  }

  /** Records a stack import: `value` is the token references to it resolve to (a data source attribute). */
  registerImport(id: string, value: string): void {
    if (this.imports.has(id)) throw new Error(`berth bug: duplicate import id "${id}"`);
    this.imports.set(id, value);
  }

  /** A token for a stack import's value. */
  imported(ref: ImportRef): string {
    const value = this.imports.get(ref.import);
    if (value === undefined) throw new Error(`berth bug: reference to unknown import "${ref.import}"`);
    return value;
  }

  /** A literal as is (escaped by the caller's resource), or an import's looked-up value. */
  literalOrImport(value: string | ImportRef): string {
    return typeof value === "string" ? value : this.imported(value);
  }

  /** A token that renders as `${<type>.<name>.<attribute>}` for an IR attribute reference. */
  ref(ref: AttributeRef): string {
    return Lazy.stringValue({ produce: () => this.attribute(ref) });
  }

  /** A literal as is, or a reference as a token. */
  value(value: StringValue): string {
    return isRef(value) ? this.ref(value) : value;
  }

  /**
   * A token for a stack input's value: `${var.<name>}` for a plain input,
   * `${data.aws_ssm_parameter.<name>.insecure_value}` for an SSM-backed one. Resource emitters
   * use this for every input reference and never need to know which kind it is.
   */
  input(id: string): string {
    const value = this.inputs.get(id);
    if (value === undefined) throw new Error(`berth bug: reference to unknown input "${id}"`);
    return value;
  }

  /**
   * A token for a Terraform attribute of an IR resource's primary resource that has no
   * backend-neutral name (e.g. a launch template's `latest_version`). The family emitter that
   * asks owns the knowledge that `kind` has `attribute`.
   * @throws Error (when rendered) if the resource is unknown or of another kind: a lowering bug.
   */
  terraformAttribute(id: ResourceId, kind: ResourceKind, attribute: string): string {
    return Lazy.stringValue({
      produce: () => {
        const target = this.lookup(id);
        if (target.kind !== kind) throw new Error(`berth bug: "${id}" is a ${target.kind}, expected a ${kind}`);
        return target.construct.getStringAttribute(attribute);
      },
    });
  }

  /** Something `dependsOn` accepts, naming an IR resource's primary Terraform resource. */
  dependency(id: ResourceId): ITerraformDependable {
    // `fqn` is read when depends_on is rendered, after every resource has been registered.
    const lookup = (): string => this.lookup(id).construct.fqn;
    return {
      get fqn() {
        return lookup();
      },
    };
  }

  private attribute(ref: AttributeRef): string {
    const target = this.lookup(ref.resource);
    const attribute = target.attributes[ref.attribute];
    if (attribute === undefined) {
      throw new Error(`berth bug: a ${target.kind} has no "${ref.attribute}" attribute in Terraform (ref to "${ref.resource}")`);
    }
    return target.construct.getStringAttribute(attribute);
  }

  private lookup(id: ResourceId): Registered {
    const target = this.registered.get(id);
    if (target === undefined) throw new Error(`berth bug: reference to unknown resource "${id}"`);
    return target;
  }
}
