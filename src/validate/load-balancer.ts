import { loadBalancerSpecSchema } from "../spec/schema/index.js";
import { LOAD_BALANCER_RULES } from "./rules/load-balancer-spec.js";
import { createValidator } from "./validator.js";

/** Validates a load balancer spec (`defineLoadBalancer`): shape, then every load balancer rule. */
export const validateLoadBalancer = createValidator(loadBalancerSpecSchema, LOAD_BALANCER_RULES);
