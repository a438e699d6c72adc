/** Logical id of a resource in one stack: PascalCase, unique, stable across runs (e.g. `TaskDefinition`). */
export type ResourceId = string;

/**
 * A reference to an attribute of another resource in the same stack. Backends turn it into
 * `!Ref`/`!GetAtt` or a Terraform expression; the attribute names are backend-neutral.
 */
export interface AttributeRef {
  readonly resource: ResourceId;
  /** `dnsName`, `hostedZoneId`: a load balancer's DNS name and canonical hosted zone. `fullName`: a target group's or load balancer's name as CloudWatch dimensions spell it (`targetgroup/<name>/<id>`). */
  readonly attribute: "arn" | "name" | "id" | "fullName" | "dnsName" | "hostedZoneId";
}

/** A literal string, or an attribute of another resource. */
export type StringValue = string | AttributeRef;

/** True for an attribute reference, false for a literal. */
export function isRef(value: StringValue): value is AttributeRef {
  return typeof value !== "string";
}

/** Tags of one resource, keys sorted. */
export type Tags = Readonly<Record<string, string>>;
