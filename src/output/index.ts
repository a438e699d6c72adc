export * from "./manifest.js";
export * from "./plan.js";
export * from "./write.js";
export * from "./scope.js";
