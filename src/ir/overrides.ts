/** A JSON value as a spec's override gives it. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * One escape-hatch change to the emitted output of one backend, applied after emission and not
 * validated by berth beyond its target and path existing.
 */
export interface Override {
  /** CloudFormation logical id, or Terraform resource address (`<type>.<name>`). */
  readonly target: string;
  /** Dot-separated path inside the resource's `Properties` (CloudFormation) or arguments (Terraform). */
  readonly path: string;
  /** The value to set; `null` removes the key or list item. */
  readonly value: JsonValue;
}

/** The spec's overrides per backend, each sorted by target, then path. */
export interface StackOverrides {
  readonly cloudformation: readonly Override[];
  readonly terraform: readonly Override[];
}
