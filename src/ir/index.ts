export * from "./iam.js";
export * from "./load-balancer.js";
export * from "./logs.js";
export * from "./network.js";
export * from "./refs.js";
export * from "./service.js";
export * from "./stack.js";
export * from "./task.js";
