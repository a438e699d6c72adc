import type { Container, Stack } from "../ir/index.js";
import type { SecurityWaiver } from "./waiver.js";

/** The stack's task definitions. */
function taskDefinitions(stack: Stack) {
  return stack.resources.flatMap((r) => (r.kind === "taskDefinition" ? [r] : []));
}

/** True when some container of some task definition of the stack matches. */
function someContainer(stack: Stack, test: (container: Container) => boolean): boolean {
  return taskDefinitions(stack).some((task) => task.containers.some(test));
}

/**
 * ECS task definitions. Each finding is either a setting the spec asks for explicitly (berth's
 * defaults are the safe ones) or a value ECS takes from elsewhere (the image, the task size).
 */
export const TASK_DEFINITION_WAIVERS: readonly SecurityWaiver[] = [
  {
    tool: "cfn-guard",
    rule: "CT.ECS.PR.3",
    title: "every container names a non-root user",
    reason:
      "A container whose spec sets no user runs as its image's user (the Dockerfile's USER), which the task definition does not repeat, so the rule cannot see a non-root image user. Set user on the container (e.g. \"1000:1000\") and the rule passes.",
    // An explicit root user ("0", "root", "0:…") is not accepted: only a missing user is.
    appliesTo: (stack) => someContainer(stack, (c) => c.user === undefined),
  },
  {
    tool: "cfn-guard",
    rule: "CT.ECS.PR.4",
    title: "tasks use the awsvpc network mode",
    reason:
      "The spec sets networkMode to host or bridge on purpose: daemon agents that must see the instance's network, EC2 services with dynamic port mappings. awsvpc is berth's default.",
    appliesTo: (stack) => taskDefinitions(stack).some((t) => t.networkMode !== "awsvpc"),
  },
  {
    tool: "cfn-guard",
    rule: "CT.ECS.PR.6",
    title: "containers have a read-only root file system",
    reason:
      "The spec sets readonlyRootFilesystem: false for a container whose application writes to its own file system; berth's default is read-only.",
    appliesTo: (stack) => someContainer(stack, (c) => !c.readonlyRootFilesystem),
  },
  {
    tool: "checkov",
    rule: "CKV_AWS_336",
    title: "containers have a read-only root file system",
    reason:
      "The spec sets readonlyRootFilesystem: false for a container whose application writes to its own file system; berth's default is read-only.",
    appliesTo: (stack) => someContainer(stack, (c) => !c.readonlyRootFilesystem),
  },
  {
    tool: "cfn-guard",
    rule: "CT.ECS.PR.7",
    title: "every container has a memory hard limit",
    reason:
      "The task-level memory (the Fargate size or the spec's task memory) already caps the containers; a per-container limit would only split that budget. Set memory on a container and the rule passes for it.",
    // Without a task-level size (EC2) the containers' own limits are all there is: not accepted.
    appliesTo: (stack) => taskDefinitions(stack).some((t) => t.memory !== undefined && t.containers.some((c) => c.memory === undefined)),
  },
  {
    tool: "cfn-guard",
    rule: "CT.ECS.PR.10",
    title: "tasks do not share the host's process namespace",
    reason:
      "The spec sets pidMode: \"host\" for an agent that must see the instance's processes (a node-metrics daemon); berth never sets it by default.",
    appliesTo: (stack) => taskDefinitions(stack).some((t) => t.pidMode === "host"),
  },
  {
    tool: "cfn-guard",
    rule: "CT.ECS.PR.11",
    title: "containers are not privileged",
    reason: "The spec marks the container privileged because it needs device access on its EC2 instance; berth never sets privileged by default.",
    appliesTo: (stack) => someContainer(stack, (c) => c.runtime?.privileged === true),
  },
];
