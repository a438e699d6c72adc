import type { Property, SpecDatabase, TypeDefinition } from "@aws-cdk/service-spec-types";

/**
 * What berth needs to know about one CloudFormation resource type to predict an update: the
 * property paths whose change makes CloudFormation replace the resource ("create-only"), as the
 * CloudFormation resource schemas say and `@aws-cdk/aws-service-spec` packages them. Paths are
 * property names joined by `.`; `[]` steps into every element of a list.
 */
export interface ResourceTypeFacts {
  readonly type: string;
  /** Create-only paths, sorted; e.g. `Port`, `DeploymentController.Type`, `LoadBalancers[].ContainerName`. */
  readonly createOnly: readonly string[];
}

/** Looks up the facts of a resource type; `undefined` when the database does not know the type. */
export type ResourceFacts = (type: string) => ResourceTypeFacts | undefined;

// The package name is a variable so the CLI bundler leaves it an ordinary runtime import: the
// package reads its database file next to its own module, which bundling would break.
const SERVICE_SPEC_PACKAGE = "@aws-cdk/aws-service-spec";

let loading: Promise<ResourceFacts> | undefined;

/**
 * Loads the CloudFormation resource database (~2 s: a 1 MB gzipped JSON) once per process and
 * returns a cached lookup. Only `berth diff` and a generate run that must check a replacement
 * call it, so a plain `generate` never pays for it.
 */
export function loadResourceFacts(): Promise<ResourceFacts> {
  loading ??= (async () => {
    const module = (await import(SERVICE_SPEC_PACKAGE)) as { loadAwsServiceSpec: () => Promise<SpecDatabase> };
    return factsFrom(await module.loadAwsServiceSpec());
  })();
  return loading;
}

/** A cached lookup over an already loaded database. */
export function factsFrom(db: SpecDatabase): ResourceFacts {
  const cache = new Map<string, ResourceTypeFacts | undefined>();
  return (type) => {
    if (!cache.has(type)) {
      const resource = db.lookup("resource", "cloudFormationType", "equals", type)[0];
      if (resource === undefined) cache.set(type, undefined);
      else {
        const paths = createOnlyPaths(db, resource.properties, "", new Set());
        for (const extra of resource.additionalReplacementProperties ?? []) paths.push(extra.join("."));
        cache.set(type, { type, createOnly: [...new Set(paths)].sort() });
      }
    }
    return cache.get(type);
  };
}

/** Create-only paths of a property map, descending into property types (each visited once per path, so recursive types end). */
function createOnlyPaths(db: SpecDatabase, properties: Readonly<Record<string, Property>>, prefix: string, seen: ReadonlySet<string>): string[] {
  const paths: string[] = [];
  for (const [name, property] of Object.entries(properties)) {
    const path = prefix + name;
    // "maybe" means "depends on the value" (e.g. some changes only); berth reports it as an
    // update, since CloudFormation decides at deploy time and most such changes stay in place.
    if (property.causesReplacement === "yes") {
      paths.push(path);
      continue;
    }
    for (const { definition, suffix } of nestedTypes(db, property.type as TypeShape, "")) {
      if (seen.has(definition.$id)) continue;
      paths.push(...createOnlyPaths(db, definition.properties, `${path}${suffix}.`, new Set([...seen, definition.$id])));
    }
  }
  return paths;
}

/** The property type as a loose shape: the database's type union, read structurally. */
interface TypeShape {
  readonly type: string;
  readonly reference?: { readonly $ref: string };
  readonly element?: TypeShape;
  readonly types?: readonly TypeShape[];
}

function nestedTypes(db: SpecDatabase, type: TypeShape, suffix: string): { definition: TypeDefinition; suffix: string }[] {
  if (type.type === "ref" && type.reference) return [{ definition: db.get("typeDefinition", type.reference.$ref), suffix }];
  // A list's elements are addressed with `[]`; a map's values would need a key, so a create-only
  // field inside a map value is reported at the map itself by the caller's comparison.
  if (type.type === "array" && type.element) return nestedTypes(db, type.element, `${suffix}[]`);
  if (type.type === "union" && type.types) return type.types.flatMap((member) => nestedTypes(db, member, suffix));
  return [];
}
