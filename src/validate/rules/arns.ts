import type { SpecPath } from "../../diagnostics/diagnostic.js";
import type { RuleContext } from "../context.js";
import type { WorkloadRule } from "./rule.js";
import { reportNetworkListener } from "./listener-reference.js";
import { isAccountId, isRegion, parseArn, partitionOf } from "../../spec/aws-formats.js";
import { firelensLoggingOf } from "../../spec/firelens.js";
import { taskContainers, type ParsedContainer } from "../../spec/containers.js";
import { loadBalancerAttachments } from "../../spec/load-balancers.js";

/**
 * B404/B405: the spec's own account and region. Every ARN check below compares against them,
 * so they are checked first and the comparisons are skipped when they are malformed (one error
 * at the root cause instead of one per ARN).
 */
export const accountAndRegion: WorkloadRule = (spec, context) => {
  if (!isAccountId(spec.account)) context.report("B404", ["account"], { value: spec.account });
  if (!isRegion(spec.region)) context.report("B405", ["region"], { value: spec.region });
};

/** The format of one kind of ARN a spec can reference. */
interface ArnKind {
  /** How the kind is named in messages. */
  readonly kind: string;
  readonly service: string;
  /** The part after `account:`. */
  readonly resource: RegExp;
  /** The resource part as shown in examples. */
  readonly resourceExample: string;
  /** IAM is global: its ARNs have an empty region field. */
  readonly global?: boolean;
  /** AWS-managed IAM policies use the pseudo-account `aws`. */
  readonly awsAccount?: boolean;
  /** Other accepted forms, appended to the example. */
  readonly alternative?: string;
  /** Resources commonly shared from another account (AWS RAM): the account is not compared. */
  readonly anyAccount?: boolean;
}

const SECRET: ArnKind = { kind: "Secrets Manager secret", service: "secretsmanager", resource: /^secret:[A-Za-z0-9/_+=.@-]{1,512}$/, resourceExample: "secret:<name>" };
const SSM_PARAMETER: ArnKind = {
  kind: "SSM parameter",
  service: "ssm",
  resource: /^parameter(?:\/[A-Za-z0-9_.-]+)+$/,
  resourceExample: "parameter/<path>",
  alternative: 'or a parameter name starting with "/", e.g. /prod/db-password',
};
const KMS_KEY: ArnKind = {
  kind: "KMS key",
  service: "kms",
  // Single-region keys have UUID ids, multi-region keys `mrk-` + 32 hex; aliases are accepted but warned about.
  resource: /^(?:key\/(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})|alias\/[A-Za-z0-9/_-]{1,250})$/,
  resourceExample: "key/<key id>",
};
const LISTENER: ArnKind = {
  kind: "load balancer listener",
  service: "elasticloadbalancing",
  resource: /^listener\/app\/[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?\/[0-9a-f]{16}\/[0-9a-f]{16}$/,
  resourceExample: "listener/app/<load balancer name>/<16 hex>/<16 hex>",
};
const TARGET_GROUP: ArnKind = {
  kind: "target group",
  service: "elasticloadbalancing",
  resource: /^targetgroup\/[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?\/[0-9a-f]{16}$/,
  resourceExample: "targetgroup/<name>/<16 hex>",
};
const CLUSTER: ArnKind = { kind: "ECS cluster", service: "ecs", resource: /^cluster\/[A-Za-z0-9_-]{1,255}$/, resourceExample: "cluster/<name>" };
const MANAGED_POLICY: ArnKind = {
  kind: "IAM managed policy",
  service: "iam",
  resource: /^policy(?:\/[\w+=,.@-]+)+$/,
  resourceExample: "policy/<name>",
  global: true,
  awsAccount: true,
};

const IAM_ROLE: ArnKind = {
  kind: "IAM role",
  service: "iam",
  // role/<name> or role/<path>/<name>; names are at most 64 characters.
  resource: /^role(?:\/[\x21-\x2e\x30-\x7e]+)*\/[\w+=,.@-]{1,64}$/,
  resourceExample: "role/<name>",
  global: true,
};

/** The spec's region and account, or undefined where the spec's own value is invalid. */
interface Home {
  readonly region: string | undefined;
  readonly account: string | undefined;
}

/**
 * B401/B402/B403/B406 on every ARN the spec references (FireLens `secretOptions`, private
 * registry credentials, roles given by ARN and the permissions boundary included), and B407 on a
 * cluster given by name.
 */
export const referencedArns: WorkloadRule = (spec, context) => {
  const home: Home = { region: isRegion(spec.region) ? spec.region : undefined, account: isAccountId(spec.account) ? spec.account : undefined };
  const check = (value: string, kind: ArnKind, path: SpecPath) => checkArn(value, kind, path, home, context);

  if (spec.cluster.startsWith("arn:")) check(spec.cluster, CLUSTER, ["cluster"]);
  else if (!/^[A-Za-z0-9_-]{1,255}$/.test(spec.cluster)) context.report("B407", ["cluster"], { value: spec.cluster });

  for (const { spec: lb, path } of loadBalancerAttachments(spec)) {
    const listener = lb.listener;
    // A listener of a load balancer spec of the run is checked by the project rules (B531–B534).
    if (typeof listener === "string" && !reportNetworkListener(listener, [...path, "listener"], context)) check(listener, LISTENER, [...path, "listener"]);
    if (lb.targetGroupArn !== undefined) check(lb.targetGroupArn, TARGET_GROUP, [...path, "targetGroupArn"]);
  }
  spec.taskRole.managedPolicies.forEach((arn, i) => check(arn, MANAGED_POLICY, ["taskRole", "managedPolicies", i]));
  if (spec.logging.kmsKey !== undefined) check(spec.logging.kmsKey, KMS_KEY, ["logging", "kmsKey"]);
  spec.volumes.forEach((volume, i) => {
    if (volume.type === "ebs" && volume.kmsKey !== undefined) check(volume.kmsKey, KMS_KEY, ["volumes", i, "kmsKey"]);
  });
  // Roles the spec brings: ECS only passes roles of the task's own account, and IAM ARNs have no region.
  if (spec.taskRole.arn !== undefined) check(spec.taskRole.arn, IAM_ROLE, ["taskRole", "arn"]);
  if (spec.executionRole !== undefined) check(spec.executionRole.arn, IAM_ROLE, ["executionRole", "arn"]);
  if (spec.permissionsBoundary !== undefined) check(spec.permissionsBoundary, MANAGED_POLICY, ["permissionsBoundary"]);

  // `secrets` and FireLens `secretOptions` are read by the same execution role from the same
  // stores, so an option's reference gets exactly the checks a secret's does.
  for (const { container, path } of taskContainers(spec)) {
    for (const [name, ref] of Object.entries(container.secrets)) checkSecretRef(ref, [...path, "secrets", name], home, context);
    const secretOptions = firelensLoggingOf(container)?.secretOptions ?? {};
    for (const [name, ref] of Object.entries(secretOptions)) checkSecretRef(ref, [...path, "logging", "secretOptions", name], home, context);
    const credentials = container.repositoryCredentials;
    if (credentials) {
      check(credentials.secret, SECRET, [...path, "repositoryCredentials", "secret"]);
      if (credentials.kmsKey !== undefined) check(credentials.kmsKey, KMS_KEY, [...path, "repositoryCredentials", "kmsKey"]);
    }
  }
};

/** A secret reference: the secret ARN or the SSM parameter (ARN or name), and its KMS key. */
function checkSecretRef(ref: ParsedContainer["secrets"][string], at: SpecPath, home: Home, context: RuleContext): void {
  if (ref.source === "secretsManager") checkArn(ref.arn, SECRET, [...at, "arn"], home, context);
  else if (ref.parameter.startsWith("/")) checkParameterName(ref.parameter, [...at, "parameter"], home, context);
  else checkArn(ref.parameter, SSM_PARAMETER, [...at, "parameter"], home, context);
  if (ref.kmsKey !== undefined) checkArn(ref.kmsKey, KMS_KEY, [...at, "kmsKey"], home, context);
}

/** Checks one ARN: shape and partition (B401), then region (B402) and account (B403). */
function checkArn(value: string, kind: ArnKind, path: SpecPath, home: Home, context: RuleContext): void {
  const reason = shapeProblem(value, kind, home);
  if (reason !== undefined) {
    context.report("B401", path, { kind: kind.kind, value, example: example(kind, home), ...(reason ? { reason } : {}) });
    return;
  }
  const arn = parseArn(value);
  if (!arn) return;
  if (!kind.global && home.region !== undefined && arn.region !== home.region) {
    context.report("B402", path, { value, found: arn.region, expected: home.region });
  }
  if (!kind.anyAccount && arn.account !== "aws" && home.account !== undefined && arn.account !== home.account) {
    context.report("B403", path, { value, found: arn.account, expected: home.account });
  }
  if (kind === KMS_KEY && arn.resource.startsWith("alias/")) context.report("B406", path, { value }, "warning");
}

/** Why the ARN is malformed: a reason, "" when only the example can explain it, undefined when fine. */
function shapeProblem(value: string, kind: ArnKind, home: Home): string | undefined {
  const arn = parseArn(value);
  if (!arn) return "";
  if (arn.service !== kind.service) return `it names the service "${arn.service}", expected "${kind.service}"`;
  if (kind.global && arn.region !== "") return `${kind.kind} ARNs have no region (IAM is global)`;
  if (!kind.global && !isRegion(arn.region)) return `"${arn.region}" is not a region`;
  if (!(isAccountId(arn.account) || (kind.awsAccount && arn.account === "aws"))) return `"${arn.account}" is not a 12-digit account id`;
  if (!kind.resource.test(arn.resource)) return "";
  // The partition follows the region the stack deploys to; for a global ARN without a known
  // home region there is nothing to compare against.
  const region = home.region ?? (kind.global ? undefined : arn.region);
  if (region !== undefined && arn.partition !== partitionOf(region)) {
    return `partition "${arn.partition}" does not match region ${region} (expected "${partitionOf(region)}")`;
  }
  return undefined;
}

/** An example of the kind's ARN filled in with the spec's own partition, region and account. */
function example(kind: ArnKind, home: Home): string {
  const partition = home.region ? partitionOf(home.region) : "aws";
  const account = home.account ?? "<account>";
  const region = kind.global ? "" : (home.region ?? "<region>");
  const own = `arn:${partition}:${kind.service}:${region}:${account}:${kind.resourceExample}`;
  if (kind.awsAccount) return `arn:${partition}:${kind.service}::aws:${kind.resourceExample} (AWS managed) or ${own}`;
  return kind.alternative ? `${own}, ${kind.alternative}` : own;
}

/** A bare SSM parameter name (resolved in the spec's own account and region, so only its characters matter). */
function checkParameterName(value: string, path: SpecPath, home: Home, context: RuleContext): void {
  if (/^(?:\/[A-Za-z0-9_.-]+)+$/.test(value) && value.length <= 1011) return;
  context.report("B401", path, {
    kind: SSM_PARAMETER.kind,
    value,
    example: example(SSM_PARAMETER, home),
    reason: "parameter names are /-separated segments of letters, digits, _ . and -",
  });
}

/**
 * B401/B402/B403/B406 on a KMS key ARN that a non-workload spec references (a cluster's ECS
 * Exec key), judged against that spec's own account and region like every workload ARN.
 */
export function checkKmsKeyArn(value: string, path: SpecPath, owner: { readonly account: string; readonly region: string }, context: RuleContext): void {
  checkArn(value, KMS_KEY, path, homeOf(owner), context);
}

/** B401/B403 on a permissions boundary (an IAM managed policy ARN) of a non-workload spec (a cluster's). */
export function checkPermissionsBoundaryArn(value: string, path: SpecPath, owner: { readonly account: string; readonly region: string }, context: RuleContext): void {
  checkArn(value, MANAGED_POLICY, path, homeOf(owner), context);
}

function homeOf(owner: { readonly account: string; readonly region: string }): Home {
  return { region: isRegion(owner.region) ? owner.region : undefined, account: isAccountId(owner.account) ? owner.account : undefined };
}

const PRIVATE_CA: ArnKind = {
  kind: "AWS Private CA certificate authority",
  service: "acm-pca",
  resource: /^certificate-authority\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  resourceExample: "certificate-authority/<uuid>",
  anyAccount: true,
};
const NAMESPACE: ArnKind = {
  kind: "Cloud Map namespace",
  service: "servicediscovery",
  resource: /^namespace\/ns-[a-z0-9]{16}$/,
  resourceExample: "namespace/ns-<16 letters and digits>",
  anyAccount: true,
};

/** The ARN kinds Service Connect references, by what the spec calls them. */
const SERVICE_CONNECT_ARNS = { kmsKey: KMS_KEY, role: IAM_ROLE, certificateAuthority: PRIVATE_CA, namespace: NAMESPACE } as const;

/**
 * B401/B402/B403/B406 on an ARN Service Connect references (TLS certificate authority, KMS key
 * and role, a namespace by ARN), judged against the service's account and region. A private CA
 * and a namespace may be shared from another account, so only their region must match.
 */
export function checkServiceConnectArn(
  value: string,
  kind: keyof typeof SERVICE_CONNECT_ARNS,
  path: SpecPath,
  owner: { readonly account: string; readonly region: string },
  context: RuleContext,
): void {
  checkArn(value, SERVICE_CONNECT_ARNS[kind], path, homeOf(owner), context);
}
