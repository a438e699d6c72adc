/**
 * Every diagnostic berth can print, keyed by its stable code. The files in catalogue/ are the
 * only place that holds user-facing wording (one file per code range), so messages stay
 * consistent and codes never drift.
 *
 * Code ranges: B1xx spec shape and loading (B113–B115 hostile spec values, B120–B139 the
 * command line: `berth init` placeholders, unreadable YAML; B140–B159 environments) · B2xx task size · B3xx network · B4xx
 * ARNs and account/region · B5xx load balancer and names · B6xx containers, environment and
 * secrets · B620–B623 task settings · B624–B639 volumes · B640–B659 container runtime settings and
 * awslogs · B660–B679 what AWS refuses at deploy time, and security defaults · B700–B729 scaling ·
 * B520–B549 load balancers berth creates · B730–B769 compute and clusters · B770–B799 schedules · B800–B849 deployments · B850–B869
 * service discovery · B870–B889 FireLens logging · B930–B949 roles the spec brings, permissions
 * boundary and role path · B950–B959 overrides of the emitted output · B960–B979 `berth import`.
 * Code ranges: B1xx spec shape and loading · B2xx task size · B3xx network · B4xx ARNs and
 * account/region · B5xx load balancer and names · B6xx containers, environment and secrets ·
 * B620–B623 task settings · B624–B639 volumes · B640–B659 container runtime settings and awslogs ·
 * B700–B729 scaling · B730–B769 compute and clusters · B770–B799 schedules · B800–B849
 * deployments · B850–B869 service discovery · B870–B889 FireLens logging · B930–B949 roles
 * the spec brings, permissions boundary and role path · B950–B959 overrides of the emitted output.
 * deployments · B850–B869 service discovery · B870–B889 FireLens logging · B960–B979 `berth import`.
 * B520–B549 load balancers berth creates (`defineLoadBalancer`) and services attached to them.
 * B310–B329 security-group rules beyond allowFrom · B890–B909 Service Connect.
 */
import type { Entry } from "./catalogue/entry.js";
import { shapeEntries } from "./catalogue/shape.js";
import { taskSizeEntries } from "./catalogue/task-size.js";
import { networkEntries } from "./catalogue/network.js";
import { arnsEntries } from "./catalogue/arns.js";
import { loadBalancerEntries } from "./catalogue/load-balancer.js";
import { containersEntries } from "./catalogue/containers.js";
import { scalingEntries } from "./catalogue/scaling.js";
import { computeEntries } from "./catalogue/compute.js";
import { scheduleEntries } from "./catalogue/schedule.js";
import { deployEntries } from "./catalogue/deploy.js";
import { discoveryEntries } from "./catalogue/discovery.js";
import { firelensEntries } from "./catalogue/firelens.js";
import { taskSettingsEntries } from "./catalogue/task-settings.js";
import { volumesEntries } from "./catalogue/volumes.js";
import { containerRuntimeEntries } from "./catalogue/container-runtime.js";
import { rolesEntries } from "./catalogue/roles.js";
import { overridesEntries } from "./catalogue/overrides.js";
import { importEntries } from "./catalogue/import.js";
import { cliEntries } from "./catalogue/cli.js";
import { hardeningEntries } from "./catalogue/hardening.js";
import { hostileInputEntries } from "./catalogue/hostile-input.js";
import { environmentsEntries } from "./catalogue/environments.js";
import { replacementEntries } from "./catalogue/replacement.js";
import { loadBalancerSpecEntries } from "./catalogue/load-balancer-spec.js";
import { securityGroupRulesEntries } from "./catalogue/security-group-rules.js";
import { serviceConnectEntries } from "./catalogue/service-connect.js";
import { targetGroupsEntries } from "./catalogue/target-groups.js";

/** All codes, merged from the per-range files. */
export const CATALOGUE = {
  ...shapeEntries,
  ...taskSizeEntries,
  ...networkEntries,
  ...arnsEntries,
  ...loadBalancerEntries,
  ...containersEntries,
  ...scalingEntries,
  ...computeEntries,
  ...scheduleEntries,
  ...deployEntries,
  ...discoveryEntries,
  ...firelensEntries,
  ...taskSettingsEntries,
  ...volumesEntries,
  ...containerRuntimeEntries,
  ...rolesEntries,
  ...overridesEntries,
  ...importEntries,
  ...cliEntries,
  ...hardeningEntries,
  ...hostileInputEntries,
  ...environmentsEntries,
  ...replacementEntries,
  ...loadBalancerSpecEntries,
  ...securityGroupRulesEntries,
  ...serviceConnectEntries,
  ...targetGroupsEntries,
} as const;


/** A code in the catalogue. */
export type DiagnosticCode = keyof typeof CATALOGUE;

/** The arguments a code's message needs. */
export type DiagnosticArgs<C extends DiagnosticCode> = Parameters<(typeof CATALOGUE)[C]["message"]>[0];

/** Renders the message and hint of a catalogued diagnostic. */
export function render<C extends DiagnosticCode>(code: C, args: DiagnosticArgs<C>): { message: string; hint?: string } {
  const e = CATALOGUE[code] as Entry<DiagnosticArgs<C>>;
  const hint = e.hint?.(args);
  return hint === undefined ? { message: e.message(args) } : { message: e.message(args), hint };
}
