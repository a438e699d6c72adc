/**
 * The prices the generated README's monthly estimate uses: one table, one date, one source per
 * service. AWS changes prices rarely but does change them, so every README quotes the date, and
 * test/docs/prices.test.ts checks this table against a separate transcription of AWS's published
 * prices (not against itself). A region missing here gets an estimate in hours only, never a
 * guessed price.
 */

/** When the prices below were transcribed from the pages in {@link PRICE_SOURCES}. */
export const PRICES_AS_OF = "June 2026";

/** Where each kind of price is published (US dollars, Linux, On-Demand). */
export const PRICE_SOURCES = {
  fargate: "https://aws.amazon.com/fargate/pricing/",
  loadBalancer: "https://aws.amazon.com/elasticloadbalancing/pricing/",
  logs: "https://aws.amazon.com/cloudwatch/pricing/",
} as const;

/**
 * Hours in a month for a monthly figure: AWS's own convention (365 × 24 / 12), also what the AWS
 * Pricing Calculator multiplies by.
 */
export const HOURS_PER_MONTH = 730;

/**
 * Fargate Spot has no fixed price: AWS sets it from supply and demand and advertises "up to 70 %"
 * off the On-Demand price. The estimate assumes that discount, so a Spot figure is the cheapest
 * case, and the README says so.
 */
export const FARGATE_SPOT_DISCOUNT = 0.7;

/** Fargate On-Demand prices of one CPU architecture (Linux). */
export interface FargatePrice {
  /** USD per vCPU per hour. */
  readonly vcpuHour: number;
  /** USD per GB of memory per hour. */
  readonly gbHour: number;
}

/** The prices of one region. */
export interface RegionPrices {
  readonly fargate: { readonly X86_64: FargatePrice; readonly ARM64: FargatePrice };
  /** USD per Application Load Balancer hour (LCUs come on top, by traffic). */
  readonly albHour: number;
  /** USD per GB ingested into CloudWatch Logs, by log group class. */
  readonly logsIngestGb: { readonly STANDARD: number; readonly INFREQUENT_ACCESS: number };
}

/** The table, by region code. Add a region by copying its row from the pages above. */
export const PRICES: Readonly<Record<string, RegionPrices>> = {
  "us-east-1": {
    fargate: { X86_64: { vcpuHour: 0.04048, gbHour: 0.004445 }, ARM64: { vcpuHour: 0.03238, gbHour: 0.00356 } },
    albHour: 0.0225,
    logsIngestGb: { STANDARD: 0.5, INFREQUENT_ACCESS: 0.25 },
  },
  "us-west-2": {
    fargate: { X86_64: { vcpuHour: 0.04048, gbHour: 0.004445 }, ARM64: { vcpuHour: 0.03238, gbHour: 0.00356 } },
    albHour: 0.0225,
    logsIngestGb: { STANDARD: 0.5, INFREQUENT_ACCESS: 0.25 },
  },
  "eu-west-1": {
    fargate: { X86_64: { vcpuHour: 0.04048, gbHour: 0.004445 }, ARM64: { vcpuHour: 0.03238, gbHour: 0.00356 } },
    albHour: 0.0252,
    logsIngestGb: { STANDARD: 0.57, INFREQUENT_ACCESS: 0.285 },
  },
  "eu-central-1": {
    fargate: { X86_64: { vcpuHour: 0.04656, gbHour: 0.00511 }, ARM64: { vcpuHour: 0.03725, gbHour: 0.00409 } },
    albHour: 0.027,
    logsIngestGb: { STANDARD: 0.63, INFREQUENT_ACCESS: 0.315 },
  },
};

/** The prices of a region, or undefined when the table has no row for it. */
export function regionPrices(region: string): RegionPrices | undefined {
  return Object.hasOwn(PRICES, region) ? PRICES[region] : undefined;
}
