import { serviceFields, serviceSchema } from "../spec/schema/index.js";
import { SERVICE_RULES } from "./rules/index.js";
import { createValidator } from "./validator.js";

export type { ValidationResult } from "./validator.js";

/** Validates a service spec (`defineService`): shape, then every service rule. */
export const validateService = createValidator(serviceSchema, SERVICE_RULES, serviceFields);
