import type { WorkloadRule } from "./rule.js";
import { taskContainers } from "../../spec/containers.js";

/**
 * B765: ECS Exec injects the SSM agent into the containers, and the agent must write to the
 * container's root file system; with every container read-only (berth's default), `aws ecs
 * execute-command` starts no session at all (aws/containers-roadmap#1359). One writable
 * container is enough to exec into that one, so only the case where exec cannot work is reported.
 */
export const execNeedsWritableContainer: WorkloadRule = (spec, context) => {
  if (!spec.exec) return;
  const containers = taskContainers(spec);
  if (containers.every((c) => c.container.readonlyRootFilesystem)) {
    context.report("B765", ["exec"], { container: containers[0]?.name ?? "app" });
  }
};
