import { entry } from "./entry.js";

/** Deployments (B8xx). */
export const deployEntries = {
  B800: entry<{ strategy: string }>({
    message: (a) => `A ${a.strategy} deploy needs a load balancer: CodeDeploy moves traffic between two target groups behind a listener.`,
    hint: () => 'Add loadBalancer: { listener, priority, paths }, or deploy with strategy: "rolling".',
  }),
  B801: entry<{ value: number; strategy: string }>({
    message: (a) => `Traffic percent ${a.value} is not a whole number from 1 to 99.`,
    hint: (a) =>
      a.strategy === "canary"
        ? 'CodeDeploy shifts whole percentages; to move everything in one step use strategy: "allAtOnce".'
        : 'CodeDeploy shifts whole percentages per step; 100 % in one step is strategy: "allAtOnce".',
  }),
  B802: entry<{ field: string; value: number; min: number; max: number }>({
    message: (a) => `${a.field} ${a.value} is not a whole number of minutes from ${a.min} to ${a.max}.`,
    hint: (a) =>
      a.field === "terminationWaitMinutes"
        ? "CodeDeploy keeps the old tasks at most 2880 minutes (two days) after a deployment; 0 stops them right away."
        : "CodeDeploy waits whole minutes between traffic shifts, at most 2880 (two days).",
  }),
  B803: entry<{ event: string; value: string; reason: string }>({
    message: (a) => `The ${a.event} hook "${a.value}" is not a Lambda function ARN: ${a.reason}.`,
    hint: () => "Use the function's ARN, e.g. arn:aws:lambda:us-east-1:123456789012:function:PreTrafficHook (a version or alias suffix is allowed).",
  }),
  B804: entry<{ which: "blue" | "green"; value: string; reason: string }>({
    message: (a) => `The ${a.which} target group name "${a.value}" ${a.reason}.`,
    hint: (a) => `Set deploy.targetGroups.${a.which} to at most 32 letters, digits and hyphens, not starting or ending with a hyphen, or shorten the service name.`,
  }),
  B805: entry<{ value: string }>({
    message: (a) => `The blue and green target groups are both named "${a.value}".`,
    hint: () => "CodeDeploy moves traffic between two target groups; give deploy.targetGroups.blue and .green different names.",
  }),
  B806: entry({
    message: () => "The test listener is the production listener.",
    hint: () => "Test traffic needs a listener of its own (e.g. port 8443 of the same load balancer); or leave testTraffic out.",
  }),
  B807: entry({
    message: () => "deploy.alarms names no existing alarm and creates none.",
    hint: () => "List existing alarm names in alarms.names, or set cpuPercent, memoryPercent or target5xxPerMinute; or remove alarms.",
  }),
  B808: entry({
    message: () => "target5xxPerMinute needs a load balancer: the alarm counts the 5xx answers of the tasks' target group.",
    hint: () => "Add loadBalancer, or watch CPU and memory (cpuPercent, memoryPercent) instead.",
  }),
  B809: entry<{ field: string; strategy: string; belongsTo: string }>({
    message: (a) => `${a.field} does not apply to a ${a.strategy} deploy; it is a setting of ${a.belongsTo}.`,
    hint: (a) =>
      a.field === "loadBalancer.targetGroupName"
        ? "A blue/green service has two target groups: name them with deploy.targetGroups.blue and .green."
        : a.belongsTo === "rolling deploys"
          ? "CodeDeploy replaces the whole task set and watches the deployment group's alarms; remove the field (or use strategy: \"rolling\")."
          : "Remove the field, or set the strategy it belongs to.",
  }),
  B810: entry<{ count: number; max: number }>({
    message: (a) => `The deployment watches ${a.count} alarms; a CodeDeploy deployment group takes at most ${a.max}.`,
    hint: () => "Combine alarms into a composite alarm and list that one, or watch fewer metrics.",
  }),
  B811: entry({
    message: () => "The afterAllowTestTraffic hook only runs when there is a test listener.",
    hint: () => "Add deploy.testTraffic with the test listener's ARN, or run the check in beforeAllowTraffic.",
  }),
  B812: entry<{ value: string }>({
    message: (a) => `"${a.value}" is not a valid SSM parameter name.`,
    hint: () => "Use a path of letters, digits and _ . - segments starting with /, e.g. /berth/my-api/image-tag (at most 1011 characters).",
  }),
  B813: entry({
    message: () => "imageTagParameter is set, but the stack owns the image tag, so the parameter is never read.",
    hint: () => 'Add imageOwner: "ci" to let CI set the tag through the parameter, or remove imageTagParameter.',
  }),
  B814: entry<{ strategy: string }>({
    message: (a) => `A DAEMON service cannot be deployed with CodeDeploy (${a.strategy}).`,
    hint: () => 'ECS runs DAEMON services with its own rolling deployments only; use strategy: "rolling" or scheduling: "REPLICA".',
  }),
} as const;
