import { LOG_RETENTION_DAYS } from "../../spec/schema/index.js";
import type { WorkloadRule } from "./rule.js";

/**
 * B608: CloudWatch Logs only accepts a fixed list of retention periods. Checked here rather
 * than in the schema so the hint can list the allowed values instead of zod's enum dump.
 */
export const logRetention: WorkloadRule = (spec, context) => {
  const days = spec.logging.retentionDays;
  if (!(LOG_RETENTION_DAYS as readonly number[]).includes(days)) {
    context.report("B608", ["logging", "retentionDays"], { days, allowed: LOG_RETENTION_DAYS });
  }
};
