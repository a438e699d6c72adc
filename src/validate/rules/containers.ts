import type { WorkloadRule } from "./rule.js";
import { portMappingsOf, taskContainers } from "../../spec/containers.js";

/**
 * B603/B612: every container needs a unique name, because ECS, the load balancer target and
 * `dependsOn` all refer to containers by name. Only the main container has a default ("app"),
 * so a sidecar without a name is reported rather than given an invented one.
 */
export const containerNames: WorkloadRule = (spec, context) => {
  const seen = new Set<string>();
  for (const { name, path } of taskContainers(spec)) {
    if (name === undefined) {
      context.report("B612", [...path, "name"], {});
      continue;
    }
    if (seen.has(name)) context.report("B603", [...path, "name"], { name });
    seen.add(name);
  }
};

/** B604: a task with no essential container never fails as a whole, so ECS could not replace it. */
export const essentialContainer: WorkloadRule = (spec, context) => {
  if (!taskContainers(spec).some(({ container }) => container.essential)) context.report("B604", ["container", "essential"], {});
};

/**
 * B605/B609: port shorthand and full mappings are exclusive, and a port may be mapped once per
 * protocol (53/tcp and 53/udp together are fine; ECS rejects the same pair twice).
 */
export const containerPorts: WorkloadRule = (spec, context) => {
  for (const { container, path } of taskContainers(spec)) {
    if (container.port !== undefined && container.portMappings !== undefined) context.report("B605", [...path, "portMappings"], {});
    const seen = new Set<string>();
    for (const mapping of portMappingsOf(container)) {
      const key = `${mapping.containerPort}/${mapping.protocol}`;
      if (seen.has(key)) context.report("B609", [...path, ...mapping.path], { port: mapping.containerPort, protocol: mapping.protocol });
      seen.add(key);
    }
  }
};

/**
 * B607/B610/B613: start-order dependencies must name another container of the task, and the
 * condition must be reachable: HEALTHY needs a health check on the other container, and
 * COMPLETE/SUCCESS need it to be non-essential (an essential container that exits stops the task;
 * ECS rejects such a task definition).
 */
export const containerDependencies: WorkloadRule = (spec, context) => {
  const containers = taskContainers(spec);
  for (const { container, path, name } of containers) {
    const others = containers.filter((c) => c.name !== undefined && c.name !== name);
    container.dependsOn.forEach((dependency, i) => {
      const at = [...path, "dependsOn", i];
      const other = others.find((c) => c.name === dependency.container);
      if (!other) {
        context.report("B607", [...at, "container"], { name: dependency.container, known: others.map((c) => c.name ?? "") });
        return;
      }
      if (dependency.condition === "HEALTHY" && other.container.healthCheck === undefined) {
        context.report("B610", [...at, "condition"], { name: dependency.container });
      }
      if ((dependency.condition === "COMPLETE" || dependency.condition === "SUCCESS") && other.container.essential) {
        context.report("B613", [...at, "condition"], { name: dependency.container, condition: dependency.condition });
      }
    });
  }
};
