export * from "./manifest.js";
export * from "./plan.js";
export * from "./write.js";
export * from "./scope.js";
export * from "./guard.js";
export * from "./journal.js";
export * from "./lock.js";
export * from "./output-error.js";
