import { Lazy, type ITerraformDependable, type TerraformResource, type TerraformStack, type TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import type { AttributeRef, Resource, ResourceId, ResourceKind, StringValue } from "../../ir/index.js";
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
  private readonly inputs = new Map<string, TerraformVariable>();

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

  /** Records the variable that holds a stack input. */
  registerInput(id: string, variable: TerraformVariable): void {
    if (this.inputs.has(id)) throw new Error(`berth bug: duplicate input id "${id}"`);
    this.inputs.set(id, variable);
  }

  /** A token that renders as `${<type>.<name>.<attribute>}` for an IR attribute reference. */
  ref(ref: AttributeRef): string {
    return Lazy.stringValue({ produce: () => this.attribute(ref) });
  }

  /** A literal as is, or a reference as a token. */
  value(value: StringValue): string {
    return isRef(value) ? this.ref(value) : value;
  }

  /** A token that renders as `${var.<name>}` for a stack input. */
  input(id: string): string {
    const variable = this.inputs.get(id);
    if (variable === undefined) throw new Error(`berth bug: reference to unknown input "${id}"`);
    return variable.stringValue;
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
