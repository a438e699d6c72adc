import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatDiagnostics, hasErrors } from "../../src/diagnostics/index.js";
import type { Diagnostic } from "../../src/diagnostics/index.js";
import { DEFINITION_KINDS, type DefinitionKind } from "../../src/kinds.js";
import { validateDefinition } from "../../src/validate/definition.js";
import type { Definition } from "../../src/spec/define.js";
import { overrideDiagnostics } from "../../src/backends/override-diagnostics.js";
import { PROJECT_RULES } from "../../src/validate/project.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/invalid/", import.meta.url));

/**
 * The codes each invalid fixture must produce, and no others. Kept here rather than only in the
 * snapshots so that rewriting snapshots (`-u`) cannot silently change which rule fires.
 */
const EXPECTED: Record<string, readonly string[]> = {
  // Load balancers berth creates and services attached to them (B520–B549).
  "lb-duplicate-listener-port": ["B520"],
  "lb-tcp-listener-on-alb": ["B521"],
  "lb-https-without-certificate": ["B522"],
  "lb-certificate-on-http-listener": ["B523"],
  "lb-certificate-other-region": ["B524"],
  "lb-redirect-without-https": ["B525"],
  "lb-nlb-option-on-alb": ["B526"],
  "lb-alb-single-subnet": ["B527"],
  "lb-nlb-target-group-name-too-long": ["B528"],
  "lb-allow-from-hostname": ["B529"],
  "lb-access-log-bucket-arn": ["B537"],
  "lb-dns-invalid": ["B537"],
  "lb-allow-from-empty": ["B538"],
  "lb-tcp-health-check-with-path": ["B539"],
  "lb-name-internal-prefix": ["B545"],
  "listener-unknown-load-balancer": ["B531"],
  "listener-unknown-port": ["B532"],
  "listener-other-vpc": ["B534"],
  "listener-reference-with-5xx-alarm": ["B535"],
  "listener-reference-with-allow-from": ["B536"],
  "listener-reference-without-priority": ["B503", "B540"],
  "nlb-listener-with-rule-fields": ["B541"],
  "attachments-by-reference-misused": ["B503", "B540", "B541"],
  "nlb-listener-blue-green": ["B542"],
  "nlb-listener-instance-targets": ["B543"],
  "nlb-listener-udp": ["B544"],
  "test-listener-on-nlb": ["B542"],
  "test-listener-reference-is-production": ["B806"],
  // Deployments (B800–B849).
  "blue-green-same-target-group-names": ["B805"],
  "blue-green-without-load-balancer": ["B800"],
  "canary-field-on-rolling": ["B809"],
  "canary-percent-100": ["B801"],
  "canary-wait-over-two-days": ["B802"],
  "daemon-blue-green": ["B814"],
  "deployment-alarms-empty": ["B807"],
  "green-target-group-name-too-long": ["B804"],
  "hook-not-lambda-arn": ["B803"],
  "hook-other-region": ["B402"],
  "image-tag-parameter-invalid": ["B812"],
  "rolling-field-on-canary": ["B809"],
  "target-5xx-alarm-without-load-balancer": ["B808"],
  "target-group-name-on-blue-green": ["B809"],
  "test-listener-is-production-listener": ["B806"],
  "too-many-deployment-alarms": ["B810"],
  "account-11-digits": ["B404"],
  "allow-from-hostname": ["B302"],
  "allow-from-with-security-groups": ["B303"],
  "china-region-aws-partition": ["B401"],
  "cluster-arn-other-region": ["B402"],
  "cluster-name-with-space": ["B407"],
  "complete-dependency-on-essential-sidecar": ["B613"],
  "container-cpu-exceeds-task": ["B203"],
  "container-memory-exceeds-task": ["B204"],
  "copied-from-another-account": ["B402", "B403"],
  "cpu-as-string": ["B103"],
  "database-url-with-password": ["B601"],
  "depends-on-itself": ["B607"],
  "depends-on-unknown-container": ["B607"],
  "desired-count-outside-scaling-range": ["B701"],
  "duplicate-container-name": ["B603"],
  "duplicate-port-mapping": ["B609"],
  "duplicate-scheduled-action-name": ["B709"],
  "duplicate-subnet": ["B304"],
  "fargate-cpu-768": ["B201"],
  "fargate-memory-8192": ["B202"],
  "fargate-spot-arm64-china": ["B714"],
  "health-check-interval-out-of-range": ["B100"],
  "health-check-path-relative": ["B506"],
  "health-check-timeout-not-below-interval": ["B507"],
  "healthy-dependency-without-health-check": ["B610"],
  "host-header-with-scheme": ["B508"],
  "invalid-environment-variable-name": ["B611"],
  "listener-arn-network-load-balancer": ["B530"],
  "listener-priority-zero": ["B502"],
  "listener-rule-without-conditions": ["B503"],
  "load-balancer-container-without-port": ["B505"],
  "load-balancer-port-not-mapped": ["B505"],
  "load-balancer-unknown-container": ["B504"],
  "log-retention-45-days": ["B608"],
  "managed-policy-other-account": ["B403"],
  "memory-reservation-above-limit": ["B205"],
  "min-adjustment-magnitude-without-percent": ["B715"],
  "missing-container-image": ["B102"],
  "no-essential-container": ["B604"],
  "password-in-environment": ["B601"],
  "path-pattern-missing-slash": ["B508"],
  "port-and-port-mappings": ["B605"],
  "queue-scaling-to-zero": ["B710"],
  "queue-scaling-without-container-insights": ["B716"],
  "region-typo": ["B405"],
  "requests-per-target-without-load-balancer": ["B702"],
  "same-variable-in-environment-and-secrets": ["B602"],
  "scaling-min-above-max": ["B700"],
  "scaling-queue-other-account": ["B403"],
  "scaling-queue-url-instead-of-arn": ["B401"],
  "scaling-schedule-unix-cron": ["B704"],
  "scaling-schedule-unknown-time-zone": ["B705"],
  "scaling-without-policy": ["B703"],
  "scheduled-action-min-above-max": ["B707"],
  "scheduled-action-without-bounds": ["B706"],
  "scheduled-min-above-every-max": ["B708"],
  "secret-arn-missing-secret-prefix": ["B401"],
  "secret-arn-other-account": ["B403"],
  "secret-arn-other-region": ["B402"],
  "secret-version-stage-and-id": ["B606"],
  "several-problems": ["B202", "B301", "B502", "B506", "B601", "B608"],
  "sidecar-without-name": ["B612"],
  "ssm-parameter-without-slash": ["B401"],
  "step-alarm-period-90-seconds": ["B713"],
  "step-scaling-duplicate-threshold": ["B711"],
  "step-scaling-names-same-id": ["B717"],
  // What AWS refuses at deploy time, and security defaults (B660–B679).
  "iam-resource-not-an-arn": ["B660"],
  "image-reference-invalid": ["B661"],
  "task-definition-over-64-kib": ["B662"],
  "container-runs-as-root": ["B663"],
  "host-mode-without-user": ["B664"],
  "task-role-administrator": ["B665"],
  "managed-policy-twice": ["B666"],
  "firehose-output-without-stream": ["B667"],
  "tag-keys-aws-accepts": ["B100"],
  "step-scaling-scale-out-removes-tasks": ["B712"],
  "stripe-key-in-sidecar-environment": ["B601"],
  "subnet-id-uppercase": ["B301"],
  "target-group-name-too-long": ["B501"],
  "target-group-name-trailing-hyphen": ["B509"],
  "too-many-path-patterns": ["B510"],
  "unknown-key-memroy": ["B101"],
  "vpc-id-wrong-length": ["B301"],
  // defineTask fixtures: schedules (B770–B787) and shared rules running for tasks.
  "at-february-30": ["B776"],
  "at-with-rule": ["B777"],
  "cron-both-day-fields": ["B773"],
  "cron-day-of-week-zero": ["B772"],
  "cron-five-fields": ["B771"],
  "dead-letter-queue-fifo": ["B784"],
  "dead-letter-queue-other-account": ["B786"],
  "dead-letter-queue-other-region": ["B785"],
  "flexible-window-25-hours": ["B781"],
  "flexible-window-with-rule": ["B780"],
  "rate-one-days": ["B775"],
  "rate-zero-minutes": ["B774"],
  "retry-attempts-200": ["B782"],
  "retry-event-age-30-seconds": ["B783"],
  "rule-dead-letter-queue-and-flexible-window": ["B780", "B787"],
  "schedule-expression-unknown-form": ["B770"],
  "task-fargate-memory-3000": ["B202"],
  "task-without-network": ["B102"],
  "timezone-city-only": ["B778"],
  "timezone-with-rule": ["B779"],
  // EC2 services, capacity strategies and DAEMON scheduling (B730–B748).
  "bridge-mode-ignored-network-fields": ["B746"],
  "bridge-mode-on-fargate": ["B733"],
  "public-ip-on-ec2": ["B764"],
  "exec-read-only-containers": ["B765"],
  "daemon-max-percent-200": ["B742"],
  "daemon-min-healthy-100": ["B744"],
  "daemon-on-fargate": ["B731"],
  "daemon-with-capacity-providers": ["B740"],
  "daemon-with-desired-count": ["B739"],
  "daemon-with-placement-strategy": ["B743"],
  "daemon-with-scaling": ["B741"],
  "ec2-cpu-64": ["B747"],
  "ec2-memory-4-mib": ["B748"],
  "gpu-on-fargate": ["B730"],
  "host-mode-port-clash": ["B745"],
  "launch-type-with-capacity-providers": ["B734"],
  "placement-on-fargate": ["B732"],
  "strategy-all-weights-zero": ["B737"],
  "strategy-mixes-fargate-and-ec2": ["B735"],
  "strategy-provider-twice": ["B738"],
  "strategy-two-bases": ["B736"],
  // Services checked against the cluster spec of their run (`export const project`, B750–B754).
  "arm64-service-on-x86-provider": ["B753"],
  "capacity-provider-not-in-cluster": ["B750"],
  "cluster-spec-other-region": ["B754"],
  "ec2-service-on-fargate-cluster": ["B751"],
  "gpu-service-on-cpu-provider": ["B752"],
  // Service discovery with Cloud Map (B850–B869); the project ones export the run's cluster specs.
  "cluster-namespace-duplicate": ["B863"],
  "cluster-namespace-trailing-dot": ["B851"],
  "discovery-a-record-in-bridge-mode": ["B853"],
  "discovery-failure-threshold-3": ["B858"],
  "discovery-name-trailing-hyphen": ["B852"],
  "discovery-namespace-guide-placeholder": ["B850"],
  "discovery-namespace-not-dns-name": ["B851"],
  "discovery-namespace-not-in-run": ["B860"],
  "discovery-namespace-other-region": ["B861"],
  "discovery-namespace-other-vpc": ["B862"],
  "discovery-port-with-a-record": ["B856"],
  "discovery-scaling-max-2000": ["B859"],
  "discovery-srv-port-not-mapped": ["B855"],
  "discovery-srv-unknown-container": ["B854"],
  "discovery-ttl-one-hour": ["B857"],
  // defineCluster fixtures (B755–B763).
  "cluster-arm64-on-intel-type": ["B761"],
  "cluster-default-strategy-unknown-provider": ["B759"],
  "cluster-duplicate-provider": ["B756"],
  "cluster-gpu-arm64": ["B758"],
  "cluster-gpu-type-without-gpu-ami": ["B762"],
  "cluster-instance-role-name-too-long": ["B763"],
  "cluster-min-size-above-max": ["B757"],
  "cluster-provider-reserved-prefix": ["B755"],
  "cluster-without-capacity": ["B760"],
  // FireLens log routing (B870–B889), for services and tasks alike.
  "auto-created-log-group-without-retention": ["B887"],
  "cloudwatch-output-invalid-log-group": ["B881"],
  "cloudwatch-output-other-region": ["B879"],
  "cloudwatch-output-region-typo": ["B878"],
  "cloudwatch-output-stream-name-and-prefix": ["B882"],
  "cloudwatch-output-without-log-group": ["B880"],
  "cloudwatch-output-without-region": ["B877"],
  "datadog-api-key-in-options": ["B883"],
  "firelens-config-file-relative-path": ["B886"],
  "firelens-options-without-name": ["B875"],
  "firelens-s3-config-on-fargate": ["B885"],
  "firelens-without-log-router": ["B870"],
  "firelens-without-options-or-config-file": ["B876"],
  "log-router-logs-through-firelens": ["B873"],
  "log-router-not-essential": ["B872"],
  "log-router-without-routed-containers": ["B874"],
  "secret-option-also-literal": ["B883", "B884"],
  "secret-option-other-account": ["B403"],
  "two-log-routers": ["B871"],
  // Task settings (B620–B623).
  "ec2-container-without-memory": ["B621"],
  "fargate-without-memory": ["B620"],
  "ipc-mode-on-fargate": ["B623"],
  "pid-mode-host-on-fargate": ["B622"],
  // Volumes and mounts (B624–B639).
  "docker-volume-on-fargate": ["B627"],
  "ebs-io2-without-iops": ["B638"],
  "ebs-kms-key-unencrypted": ["B636"],
  "ebs-on-daemon": ["B628"],
  "ebs-on-task": ["B629"],
  "ebs-throughput-on-gp2": ["B635"],
  "efs-iam-without-transit-encryption": ["B631"],
  "efs-port-without-transit-encryption": ["B632"],
  "efs-root-directory-with-access-point": ["B633"],
  "host-path-on-fargate": ["B626"],
  "mount-unknown-volume": ["B625"],
  "same-path-mounted-twice": ["B637"],
  "two-ebs-volumes": ["B630"],
  "volume-name-twice": ["B624"],
  "volumes-from-unknown-container": ["B634"],
  // Container runtime settings (B640–B649).
  "dns-servers-in-awsvpc": ["B643"],
  "environment-file-not-env": ["B649"],
  "fargate-add-net-admin": ["B640"],
  "fargate-privileged": ["B642"],
  "fargate-shared-memory-size": ["B641"],
  "fargate-stop-timeout-300": ["B647"],
  "net-sysctl-in-host-mode": ["B648"],
  "registry-credentials-other-account": ["B403"],
  "swappiness-without-max-swap": ["B644"],
  "ulimit-soft-above-hard": ["B645", "B646"],
  // awslogs options and the stack's log group (B650–B651).
  "log-group-kms-key-other-region": ["B402"],
  "max-buffer-size-blocking": ["B650"],
  "multiline-and-datetime-format": ["B651"],
  // Roles the spec brings, permissions boundary and role path (B930–B949; ARN checks are B4xx).
  "boundary-with-every-role-given": ["B932"],
  "execution-role-other-account": ["B403"],
  "existing-task-role-with-statements": ["B930"],
  "permissions-boundary-role-arn": ["B401"],
  "role-path-without-trailing-slash": ["B931"],
  "service-linked-task-role": ["B933"],
  "task-role-arn-with-region": ["B401"],
  // Overrides of the emitted output (B950–B959), checked after lowering.
  "override-unknown-logical-id": ["B950"],
  "override-unknown-terraform-address": ["B950"],
  "override-path-through-string": ["B951"],
  "override-index-past-end": ["B952"],
  // Environments (B140–B159).
  "environments-empty": ["B140"],
  "environment-name-invalid": ["B141"],
  "environment-overrides-not-object": ["B142"],
  "environment-overrides-name": ["B143"],
  "environments-share-target-group-name": ["B144"],
  "environments-share-rule-priority": ["B144"],
  "environment-fargate-size": ["B202"],
  "environment-override-unknown-field": ["B101"],
  // Security-group rules beyond allowFrom (B310–B329).
  "sg-ingress-security-group-source": ["B310"],
  "sg-rules-with-security-groups": ["B311"],
  "sg-ingress-port-range-reversed": ["B312"],
  "sg-egress-invalid-destination": ["B313"],
  "sg-egress-tcp-without-port": ["B314"],
  "sg-egress-all-with-port": ["B315"],
  "sg-ingress-duplicate": ["B316"],
  "public-ip-open-to-internet": ["B317"],
  "sg-egress-empty": ["B318"],
  "sg-egress-without-https": ["B319"],
  "sg-rules-in-bridge-mode": ["B320"],
  // Service Connect (B890–B909).
  "connect-port-name-unknown": ["B890"],
  "connect-port-name-twice": ["B891"],
  "connect-namespace-no-cluster-default": ["B892"],
  "connect-namespace-outside-cluster": ["B892"],
  "connect-namespace-id": ["B893"],
  "connect-discovery-same-port": ["B894"],
  "connect-discovery-same-name": ["B894"],
  "connect-per-request-timeout-tcp": ["B895"],
  "connect-host-mode": ["B896"],
  "connect-blue-green": ["B897"],
  "connect-duplicate-discovery-name": ["B898"],
  "connect-discovery-name-uppercase": ["B899"],
  "connect-dns-name-invalid": ["B900"],
  "connect-idle-below-per-request": ["B901"],
  "connect-alias-claimed-twice": ["B902"],
  "connect-tls-ca-other-region": ["B402"],
  // Load balancer attachments, target groups and listener rules (B550–B579).
  "target-group-without-listener": ["B550"],
  "existing-target-group-with-health-check": ["B551"],
  "listener-rule-without-priority": ["B552"],
  "rules-and-single-rule-fields": ["B553"],
  "six-target-groups": ["B554"],
  "blue-green-two-target-groups": ["B555"],
  "listener-priority-twice-in-spec": ["B556"],
  "listener-priority-clash-across-specs": ["B557"],
  "grpc-matcher-http-code": ["B558"],
  "stickiness-reserved-cookie": ["B559"],
  "source-ip-not-cidr": ["B560"],
  "http-method-lower-case": ["B561"],
  "header-name-with-colon": ["B562"],
  "same-target-group-twice": ["B563"],
  "requests-per-target-existing-target-group": ["B564"],
  "health-check-port-in-bridge-mode": ["B565"],
};

/** Fixtures whose findings are all warnings: a misuse worth flagging that still generates. */
const WARNING_ONLY: ReadonlySet<string> = new Set([
  "container-runs-as-root",
  "host-mode-without-user",
  "task-role-administrator",
  "firehose-output-without-stream",
  "swappiness-without-max-swap",
  "multiline-and-datetime-format",
  "bridge-mode-ignored-network-fields",
  "cluster-gpu-type-without-gpu-ami",
  "scaling-without-policy",
  "discovery-namespace-other-vpc",
  "discovery-ttl-one-hour",
  "boundary-with-every-role-given",
  "lb-allow-from-empty",
  "public-ip-open-to-internet",
  "sg-egress-without-https",
  "sg-rules-in-bridge-mode",
  "connect-idle-below-per-request",
]);
/** FireLens findings that are warnings (a deliberate choice can justify them). */
const FIRELENS_WARNING_ONLY: readonly string[] = [
  "auto-created-log-group-without-retention",
  "cloudwatch-output-other-region",
  "datadog-api-key-in-options",
  "firelens-without-options-or-config-file",
  "log-router-not-essential",
];

/** A fixture module: the definition under test, and optionally the other definitions of its run. */
interface FixtureModule {
  readonly default: Definition;
  readonly project?: readonly Definition[];
}

/**
 * Validates a fixture as the kind it declares (defineService, defineTask, defineCluster). A
 * fixture that exports `project` is also run through the project rules together with those
 * specs, which must be valid on their own: only findings about the fixture itself count.
 */
async function validateFixture(mod: FixtureModule, file: string): Promise<Diagnostic[]> {
  // Through the same validation compile uses, so a fixture's `environments` expand as in a run.
  const check = (definition: Definition, at: string) => {
    const result = validateDefinition(definition.kind, definition.spec, at);
    return { diagnostics: result.diagnostics, parsed: result.parsed };
  };
  const main = check(mod.default, file);
  const diagnostics = [...main.diagnostics];
  if (mod.project && main.parsed.length > 0) {
    const others = mod.project.map((definition, i) => check(definition, `${file}#project[${i}]`));
    expect(others.flatMap((other) => other.diagnostics)).toEqual([]);
    const run = [...main.parsed, ...others.flatMap((other) => other.parsed)];
    for (const rule of PROJECT_RULES) diagnostics.push(...rule(run));
  }
  if (!hasErrors(diagnostics) && main.parsed.length > 0) {
    const run = [...main.parsed, ...(mod.project ?? []).flatMap((definition, i) => check(definition, `${file}#project[${i}]`).parsed)];
    const stacks = main.parsed.map((parsed) => (DEFINITION_KINDS[parsed.kind as keyof typeof DEFINITION_KINDS] as DefinitionKind<unknown>).lower(parsed.spec, file, run));
    diagnostics.push(...(await overrideDiagnostics(stacks)));
  }
  return diagnostics;
}

const files = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".ts"))
  .sort();

describe("invalid fixtures", () => {
  it("has an expectation for every fixture and a fixture for every expectation", () => {
    expect(files.map((f) => f.replace(/\.ts$/, ""))).toEqual(Object.keys(EXPECTED).sort());
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files)("%s", async (file) => {
    const mod = (await import(/* @vite-ignore */ new URL(`../fixtures/invalid/${file}`, import.meta.url).href)) as FixtureModule;
    const diagnostics = await validateFixture(mod, `test/fixtures/invalid/${file}`);
    const text = formatDiagnostics(diagnostics);

    expect(diagnostics.length).toBeGreaterThan(0);
    const name = file.replace(/\.ts$/, "");
    expect(hasErrors(diagnostics)).toBe(!(WARNING_ONLY.has(name) || FIRELENS_WARNING_ONLY.includes(name)));
    expect([...new Set(diagnostics.map((d) => d.code))].sort()).toEqual(EXPECTED[file.replace(/\.ts$/, "")]);
    await expect(text).toMatchFileSnapshot(`__snapshots__/${file.replace(/\.ts$/, "")}.txt`);
  });
});
