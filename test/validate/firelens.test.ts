import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/index.js";
import type { ServiceSpec } from "../../src/spec/schema/index.js";
import { validateService } from "../../src/validate/index.js";
import firelensApi from "../../specs/firelens-api.js";

/** Validates a copy of the guide's FireLens example after `edit` changed it. */
function check(edit: (spec: ServiceSpec) => void = () => {}): readonly Diagnostic[] {
  const spec = structuredClone(firelensApi.spec);
  edit(spec);
  return validateService(spec, "spec.ts").diagnostics;
}

const codes = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => d.code);
/** Replaces the main container's FireLens options. */
const options = (values: Record<string, string>) => (spec: ServiceSpec) => {
  spec.container.logging = { driver: "firelens", options: values };
};
const CW = { Name: "cloudwatch_logs", region: "us-east-1", log_group_name: "/ecs/firelens-api", log_stream_prefix: "app-" };

describe("FireLens rules", () => {
  it("accept the guide's example as written", () => {
    expect(check()).toEqual([]);
  });

  it("accept a Fluentd router whose outputs name @type, and reject Fluent Bit's Name there (B875)", () => {
    const fluentd = (opts: Record<string, string>) => (spec: ServiceSpec) => {
      spec.sidecars![0]!.firelens = { type: "fluentd" };
      options(opts)(spec);
    };
    expect(check(fluentd({ "@type": "kinesis_firehose", region: "us-east-1", delivery_stream_name: "logs" }))).toEqual([]);
    expect(codes(check(fluentd({ Name: "kinesis_firehose", region: "us-east-1" })))).toEqual(["B875"]);
  });

  it("read option names case-insensitively, as Fluent Bit does", () => {
    expect(check(options({ name: "cloudwatch_logs", Region: "us-east-1", Log_Group_Name: "/ecs/x", log_stream_prefix: "a-" }))).toEqual([]);
    const typo = check(options({ name: "cloudwatch_logs", Region: "us-east1", log_group_name: "/ecs/x", log_stream_prefix: "a-" }));
    expect(typo.map((d) => [d.code, d.path])).toEqual([["B878", "container.logging.options.Region"]]);
  });

  it("accept empty options when the router's config file defines the outputs", () => {
    expect(
      check((spec) => {
        spec.container.logging = { driver: "firelens" };
        spec.sidecars![0]!.firelens = { type: "fluentbit", configFile: { type: "file", value: "/fluent-bit/etc/extra.conf" } };
      }),
    ).toEqual([]);
  });

  it("accept a templated group without a name check, and a template-only group for cloudwatch_logs", () => {
    expect(check(options({ ...CW, log_group_name: "/ecs/${SERVICE}" }))).toEqual([]);
    const { log_group_name: _, ...rest } = CW;
    expect(check(options({ ...rest, log_group_template: "/ecs/$ecs_cluster" }))).toEqual([]);
    expect(codes(check(options({ ...rest, Name: "cloudwatch", log_group_template: "/ecs/$ecs_cluster" })))).toEqual(["B880"]);
  });

  it("flag stream naming: none at all, or name and prefix together (B882)", () => {
    const { log_stream_prefix: _, ...none } = CW;
    expect(check(options(none)).map((d) => d.message)).toEqual(["The CloudWatch Logs output names no log stream."]);
    expect(check(options({ ...none, log_stream_template: "$container_name" }))).toEqual([]);
  });

  it("do not take record-field options for credentials, but do flag keys and passwords (B883)", () => {
    expect(check(options({ ...CW, log_key: "log" }))).toEqual([]);
    const flagged = check(options({ Name: "http", Host: "logs.example.com", http_Passwd: "hunter22", access_key: "AKIAIOSFODNN7EXAMPLE" }));
    expect(flagged.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["B883", "warning", "container.logging.options.http_Passwd"],
      ["B883", "warning", "container.logging.options.access_key"],
    ]);
  });

  it("report only B873 for a router that logs through FireLens, without judging its options", () => {
    const diagnostics = check((spec) => {
      spec.sidecars![0]!.logging = { driver: "firelens", options: { apikey: "0123456789abcdef0123456789abcdef" } };
    });
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([["B873", "sidecars[0].logging.driver"]]);
  });

  it("report a second router once, at its own firelens field (B871)", () => {
    const diagnostics = check((spec) => {
      spec.sidecars!.push({ ...spec.sidecars![0]!, name: "log-router-2" });
    });
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([["B871", "sidecars[1].firelens"]]);
  });

  it("accept an S3 config file on EC2 and reject a malformed S3 ARN (B886)", () => {
    const s3 = (value: string) => (spec: ServiceSpec) => {
      spec.launchType = "EC2";
      spec.sidecars![0]!.firelens = { type: "fluentbit", configFile: { type: "s3", value } };
    };
    expect(check(s3("arn:aws:s3:::orders-logging/fluent-bit/extra.conf"))).toEqual([]);
    expect(codes(check(s3("s3://orders-logging/extra.conf")))).toEqual(["B886"]);
  });

  it("check secretOptions like secrets: region (B402) and version pinning (B606)", () => {
    const diagnostics = check((spec) => {
      spec.container.logging = {
        driver: "firelens",
        options: { Name: "datadog", Host: "http-intake.logs.datadoghq.com" },
        secretOptions: {
          apikey: { source: "secretsManager", arn: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:dd", versionStage: "AWSCURRENT", versionId: "1" },
        },
      };
    });
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["B402", "container.logging.secretOptions.apikey.arn"],
      ["B606", "container.logging.secretOptions.apikey.versionId"],
    ]);
  });

  it("check secretOptions' SSM parameters and KMS keys at the option's own path, in sidecars too", () => {
    const diagnostics = check((spec) => {
      spec.sidecars!.push({
        name: "shipper",
        image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/shipper:1.0.0",
        essential: false,
        logging: {
          driver: "firelens",
          options: { Name: "datadog", Host: "http-intake.logs.datadoghq.com" },
          secretOptions: {
            apikey: { source: "ssm", parameter: "/prod/datadog key", kmsKey: "arn:aws:kms:us-east-1:123456789012:alias/datadog" },
            token: { source: "ssm", parameter: "arn:aws:ssm:us-east-1:210987654321:parameter/prod/token" },
          },
        },
      });
    });
    expect(diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["B401", "error", "sidecars[1].logging.secretOptions.apikey.parameter"],
      ["B406", "warning", "sidecars[1].logging.secretOptions.apikey.kmsKey"],
      ["B403", "error", "sidecars[1].logging.secretOptions.token.parameter"],
    ]);
  });

  it("reject an unknown driver and awslogs fields on a FireLens container at the shape stage", () => {
    const driver = check((spec) => {
      spec.container.logging = { driver: "splunk" } as never;
    });
    expect(codes(driver)).toEqual(["B100"]);
    const mixed = check((spec) => {
      spec.container.logging = { driver: "firelens", options: CW, streamPrefix: "x" } as never;
    });
    expect(mixed.map((d) => [d.code, d.path])).toEqual([["B101", "container.logging.streamPrefix"]]);
  });
});
