/**
 * Random changes that keep a valid spec valid, as fast-check arbitraries. Each change stays
 * inside the documented ranges and combinations of its field, so a spec that fails validation
 * or an engine's validator after them points at berth, not at the generator.
 */
import fc from "fast-check";
import { LOG_RETENTION_DAYS } from "../../src/spec/schema/index.js";
import type { Base } from "./bases.js";

type Json = Record<string, any>;

/** One drawn set of changes; fields left undefined leave the spec alone. */
export interface ValidChanges {
  readonly base: number;
  readonly nameSuffix: string | undefined;
  readonly tags: Record<string, string>;
  readonly environment: Record<string, string>;
  readonly retentionDays: number | undefined;
  readonly desiredCount: number | undefined;
  readonly stopTimeout: number | undefined;
  readonly containerHealth: { interval: number; timeout: number; retries: number; startPeriod: number } | undefined;
  readonly targetHealth: { interval: number; timeout: number; healthyThreshold: number; unhealthyThreshold: number } | undefined;
  readonly deregistrationDelay: number | undefined;
  readonly rolling: { min: number; max: number } | undefined;
}

// Tag keys and values from AWS's tag alphabet, never starting with the reserved aws: prefix.
const tagKey = fc.stringMatching(/^[a-z][a-z0-9_.:/=+@-]{0,20}$/).filter((k) => !k.startsWith("aws:"));
const tagValue = fc.stringMatching(/^[A-Za-z0-9 _.:/=+@-]{1,40}$/);
// Variable names that are no credential word (B601) and values that look like no credential.
const variableName = fc.stringMatching(/^CFG_N[0-9]{1,6}$/);
const variableValue = fc.stringMatching(/^[a-z0-9.-]{0,30}$/);

/** The arbitrary of changes over `bases` (indexes into it). */
export function validChanges(bases: readonly Base[]): fc.Arbitrary<ValidChanges> {
  return fc.record({
    base: fc.nat({ max: bases.length - 1 }),
    nameSuffix: fc.option(fc.stringMatching(/^[a-z0-9]{1,3}$/), { nil: undefined }),
    tags: fc.dictionary(tagKey, tagValue, { maxKeys: 4 }),
    environment: fc.dictionary(variableName, variableValue, { maxKeys: 3 }),
    retentionDays: fc.option(fc.constantFrom(...LOG_RETENTION_DAYS), { nil: undefined }),
    desiredCount: fc.option(fc.nat({ max: 10 }), { nil: undefined }),
    stopTimeout: fc.option(fc.integer({ min: 2, max: 120 }), { nil: undefined }),
    containerHealth: fc.option(
      fc.integer({ min: 6, max: 300 }).chain((interval) =>
        fc.record({
          interval: fc.constant(interval),
          timeout: fc.integer({ min: 2, max: Math.min(120, interval - 1) }),
          retries: fc.integer({ min: 1, max: 10 }),
          startPeriod: fc.integer({ min: 0, max: 300 }),
        }),
      ),
      { nil: undefined },
    ),
    targetHealth: fc.option(
      fc.integer({ min: 6, max: 300 }).chain((interval) =>
        fc.record({
          interval: fc.constant(interval),
          timeout: fc.integer({ min: 2, max: Math.min(120, interval - 1) }),
          healthyThreshold: fc.integer({ min: 2, max: 10 }),
          unhealthyThreshold: fc.integer({ min: 2, max: 10 }),
        }),
      ),
      { nil: undefined },
    ),
    deregistrationDelay: fc.option(fc.integer({ min: 0, max: 3600 }), { nil: undefined }),
    rolling: fc.option(
      fc.integer({ min: 0, max: 100 }).chain((min) => fc.record({ min: fc.constant(min), max: fc.integer({ min: Math.max(100, min + 1), max: 200 }) })),
      { nil: undefined },
    ),
  });
}

/** A single load balancer attachment, whatever shape the spec gives (one object, or a list). */
function attachments(spec: Json): Json[] {
  const lb = spec["loadBalancer"];
  if (lb === undefined) return [];
  return Array.isArray(lb) ? lb : [lb];
}

/**
 * Applies `changes` to a deep copy of the base's spec. Only services and tasks are renamed (a
 * cluster's name is what its services reference), and only while every derived name stays
 * within AWS's limits (target groups ≤ 32 characters with `-green`).
 */
export function applyValidChanges(base: Base, changes: ValidChanges): Json {
  const spec = structuredClone(base.definition.spec) as Json;
  const kind = base.definition.kind;
  if ((kind === "service" || kind === "task") && changes.nameSuffix !== undefined && `${spec["name"]}-${changes.nameSuffix}`.length <= 20 && attachments(spec).every((a) => a["targetGroupName"] === undefined)) {
    spec["name"] = `${spec["name"]}-${changes.nameSuffix}`;
  }
  spec["tags"] = { ...(spec["tags"] ?? {}), ...changes.tags };
  // Clusters and load balancers are referenced by name and have no containers: tags only.
  if (kind === "cluster" || kind === "load-balancer") return spec;

  const container = spec["container"] as Json;
  container["environment"] = { ...(container["environment"] ?? {}), ...changes.environment };
  if (changes.retentionDays !== undefined) spec["logging"] = { ...(spec["logging"] ?? {}), retentionDays: changes.retentionDays };
  if (changes.stopTimeout !== undefined) container["stopTimeout"] = changes.stopTimeout;
  if (changes.containerHealth !== undefined && container["healthCheck"] !== undefined) {
    container["healthCheck"] = { ...container["healthCheck"], ...changes.containerHealth };
  }
  if (kind !== "service") return spec;

  const daemon = spec["scheduling"] === "DAEMON";
  if (changes.desiredCount !== undefined && !daemon) {
    const scaling = spec["scaling"] as Json | undefined;
    const count = scaling === undefined ? changes.desiredCount : Math.min(Math.max(changes.desiredCount, scaling["min"] ?? 0), scaling["max"]);
    spec["desiredCount"] = count;
  }
  // Only attachments whose target group berth creates take target group settings (not an existing
  // `targetGroupArn`, nor a network load balancer reference, whose stack owns the target group).
  for (const attachment of attachments(spec).filter((a) => a["targetGroupArn"] === undefined && typeof a["listener"] !== "object")) {
    if (changes.targetHealth !== undefined) attachment["healthCheck"] = { ...(attachment["healthCheck"] ?? {}), ...changes.targetHealth };
    if (changes.deregistrationDelay !== undefined) attachment["deregistrationDelay"] = changes.deregistrationDelay;
  }
  const deploy = spec["deploy"] as Json | undefined;
  const rolling = deploy === undefined || deploy["strategy"] === undefined || deploy["strategy"] === "rolling";
  if (changes.rolling !== undefined && rolling && !daemon) {
    spec["deploy"] = { ...(deploy ?? {}), minimumHealthyPercent: changes.rolling.min, maximumPercent: changes.rolling.max };
  }
  return spec;
}
