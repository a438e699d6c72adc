import { describe, expect, it } from "vitest";
import { FARGATE_SPOT_DISCOUNT, HOURS_PER_MONTH, PRICES, regionPrices } from "../../src/docs/prices.js";
import { specFilesIn, importSpecs } from "../support/specs.js";

/**
 * A second, independent transcription of AWS's published prices for a few regions, written in
 * the shape of the AWS Price List (usage type → USD per unit, as strings) rather than copied from
 * src/docs/prices.ts: the table is checked against this, never against itself. Sources: the
 * Fargate (https://aws.amazon.com/fargate/pricing/), Elastic Load Balancing
 * (https://aws.amazon.com/elasticloadbalancing/pricing/) and CloudWatch
 * (https://aws.amazon.com/cloudwatch/pricing/) pricing pages, Linux, On-Demand.
 */
const PUBLISHED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "us-east-1": {
    "USE1-Fargate-vCPU-Hours:perCPU": "0.04048",
    "USE1-Fargate-GB-Hours": "0.004445",
    "USE1-Fargate-ARM-vCPU-Hours:perCPU": "0.03238",
    "USE1-Fargate-ARM-GB-Hours": "0.00356",
    "USE1-LoadBalancerUsage": "0.0225",
    "USE1-DataProcessing-Bytes": "0.50",
  },
  "us-west-2": {
    "USW2-Fargate-vCPU-Hours:perCPU": "0.04048",
    "USW2-Fargate-GB-Hours": "0.004445",
    "USW2-Fargate-ARM-vCPU-Hours:perCPU": "0.03238",
    "USW2-Fargate-ARM-GB-Hours": "0.00356",
    "USW2-LoadBalancerUsage": "0.0225",
    "USW2-DataProcessing-Bytes": "0.50",
  },
  "eu-west-1": {
    "EU-Fargate-vCPU-Hours:perCPU": "0.04048",
    "EU-Fargate-GB-Hours": "0.004445",
    "EU-Fargate-ARM-vCPU-Hours:perCPU": "0.03238",
    "EU-Fargate-ARM-GB-Hours": "0.00356",
    "EU-LoadBalancerUsage": "0.0252",
    "EU-DataProcessing-Bytes": "0.57",
  },
  "eu-central-1": {
    "EUC1-Fargate-vCPU-Hours:perCPU": "0.04656",
    "EUC1-Fargate-GB-Hours": "0.00511",
    "EUC1-Fargate-ARM-vCPU-Hours:perCPU": "0.03725",
    "EUC1-Fargate-ARM-GB-Hours": "0.00409",
    "EUC1-LoadBalancerUsage": "0.027",
    "EUC1-DataProcessing-Bytes": "0.63",
  },
};

/** The Price List's region prefix of a usage type. */
const PREFIX: Readonly<Record<string, string>> = { "us-east-1": "USE1", "us-west-2": "USW2", "eu-west-1": "EU", "eu-central-1": "EUC1" };

describe("the price table", () => {
  it("every region of the table is checked", () => expect(Object.keys(PRICES).sort()).toEqual(Object.keys(PUBLISHED).sort()));

  for (const [region, published] of Object.entries(PUBLISHED)) {
    it(`${region}: matches AWS's published prices`, () => {
      const table = regionPrices(region)!;
      const p = (usage: string) => Number(published[`${PREFIX[region]}-${usage}`]);
      expect(table.fargate.X86_64.vcpuHour).toBe(p("Fargate-vCPU-Hours:perCPU"));
      expect(table.fargate.X86_64.gbHour).toBe(p("Fargate-GB-Hours"));
      expect(table.fargate.ARM64.vcpuHour).toBe(p("Fargate-ARM-vCPU-Hours:perCPU"));
      expect(table.fargate.ARM64.gbHour).toBe(p("Fargate-ARM-GB-Hours"));
      expect(table.albHour).toBe(p("LoadBalancerUsage"));
      expect(table.logsIngestGb.STANDARD).toBe(p("DataProcessing-Bytes"));
      // The Infrequent Access class is half the Standard ingestion price.
      expect(table.logsIngestGb.INFREQUENT_ACCESS).toBeCloseTo(p("DataProcessing-Bytes") / 2, 10);
    });
  }

  it("has a row for every region an example or fixture deploys to, so their READMEs carry prices", async () => {
    const specs = await importSpecs([...specFilesIn("specs"), ...specFilesIn("test/fixtures/valid")]);
    const regions = new Set(specs.map((s) => (s.exported as { spec: { region: string } }).spec.region));
    for (const region of regions) expect(regionPrices(region), region).toBeDefined();
  });

  it("knows no region it was not given, and no inherited key", () => {
    expect(regionPrices("ap-south-2")).toBeUndefined();
    expect(regionPrices("constructor")).toBeUndefined();
  });

  it("uses AWS's month and an ARM discount below x86 in every region", () => {
    expect(HOURS_PER_MONTH).toBe((365 * 24) / 12);
    expect(FARGATE_SPOT_DISCOUNT).toBe(0.7);
    for (const [region, row] of Object.entries(PRICES)) {
      expect(row.fargate.ARM64.vcpuHour, region).toBeLessThan(row.fargate.X86_64.vcpuHour);
      expect(row.fargate.ARM64.gbHour, region).toBeLessThan(row.fargate.X86_64.gbHour);
    }
  });
});
