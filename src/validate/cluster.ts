import { clusterSchema } from "../spec/schema/index.js";
import { CLUSTER_RULES } from "./rules/cluster.js";
import { clusterNamespace } from "./rules/discovery.js";
import { createValidator } from "./validator.js";

/** Validates a cluster spec (`defineCluster`): shape, then every cluster rule. */
export const validateCluster = createValidator(clusterSchema, [...CLUSTER_RULES, clusterNamespace]);
