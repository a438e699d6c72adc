import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatDiagnostics, hasErrors } from "../../src/diagnostics/index.js";
import type { ServiceDefinition } from "../../src/spec/define.js";
import { validateService } from "../../src/validate/index.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/invalid/", import.meta.url));

/**
 * The codes each invalid fixture must produce, and no others. Kept here rather than only in the
 * snapshots so that rewriting snapshots (`-u`) cannot silently change which rule fires.
 */
const EXPECTED: Record<string, readonly string[]> = {
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
  "duplicate-container-name": ["B603"],
  "duplicate-port-mapping": ["B609"],
  "duplicate-subnet": ["B304"],
  "fargate-cpu-768": ["B201"],
  "fargate-memory-8192": ["B202"],
  "health-check-interval-out-of-range": ["B100"],
  "health-check-path-relative": ["B506"],
  "health-check-timeout-not-below-interval": ["B507"],
  "healthy-dependency-without-health-check": ["B610"],
  "host-header-with-scheme": ["B508"],
  "invalid-environment-variable-name": ["B611"],
  "listener-arn-network-load-balancer": ["B401"],
  "listener-priority-zero": ["B502"],
  "listener-rule-without-conditions": ["B503"],
  "load-balancer-container-without-port": ["B505"],
  "load-balancer-port-not-mapped": ["B505"],
  "load-balancer-unknown-container": ["B504"],
  "log-retention-45-days": ["B608"],
  "managed-policy-other-account": ["B403"],
  "memory-reservation-above-limit": ["B205"],
  "missing-container-image": ["B102"],
  "no-essential-container": ["B604"],
  "password-in-environment": ["B601"],
  "path-pattern-missing-slash": ["B508"],
  "port-and-port-mappings": ["B605"],
  "region-typo": ["B405"],
  "same-variable-in-environment-and-secrets": ["B602"],
  "secret-arn-missing-secret-prefix": ["B401"],
  "secret-arn-other-account": ["B403"],
  "secret-arn-other-region": ["B402"],
  "secret-version-stage-and-id": ["B606"],
  "several-problems": ["B202", "B301", "B502", "B506", "B601", "B608"],
  "sidecar-without-name": ["B612"],
  "ssm-parameter-without-slash": ["B401"],
  "stripe-key-in-sidecar-environment": ["B601"],
  "subnet-id-uppercase": ["B301"],
  "target-group-name-too-long": ["B501"],
  "target-group-name-trailing-hyphen": ["B509"],
  "too-many-path-patterns": ["B510"],
  "unknown-key-memroy": ["B101", "B102"],
  "vpc-id-wrong-length": ["B301"],
};

const files = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".ts"))
  .sort();

describe("invalid fixtures", () => {
  it("has an expectation for every fixture and a fixture for every expectation", () => {
    expect(files.map((f) => f.replace(/\.ts$/, ""))).toEqual(Object.keys(EXPECTED).sort());
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files)("%s", async (file) => {
    const mod = (await import(/* @vite-ignore */ new URL(`../fixtures/invalid/${file}`, import.meta.url).href)) as { default: ServiceDefinition };
    const { diagnostics } = validateService(mod.default.spec, `test/fixtures/invalid/${file}`);
    const text = formatDiagnostics(diagnostics);

    expect(hasErrors(diagnostics)).toBe(true);
    expect([...new Set(diagnostics.map((d) => d.code))].sort()).toEqual(EXPECTED[file.replace(/\.ts$/, "")]);
    await expect(text).toMatchFileSnapshot(`__snapshots__/${file.replace(/\.ts$/, "")}.txt`);
  });
});
