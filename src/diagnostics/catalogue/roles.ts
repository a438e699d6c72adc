import { entry, list } from "./entry.js";

/** Roles the spec brings, permissions boundary and role path (B930–B949). */
export const rolesEntries = {
  B930: entry<{ field: "statements" | "managedPolicies"; count: number }>({
    message: (a) => `taskRole.arn names an existing role, but taskRole.${a.field} lists ${a.count} ${a.count === 1 ? "entry" : "entries"} berth would have to attach to that role.`,
    hint: () =>
      "berth does not change roles it does not own: grant these permissions on the existing role itself (the generated README lists what it must allow), or drop taskRole.arn and let berth create the task role with them.",
  }),
  B931: entry<{ value: string; reason: string }>({
    message: (a) => `rolePath "${a.value}" is not a valid IAM path: ${a.reason}.`,
    hint: () => 'An IAM path starts and ends with "/", e.g. "/ecs/orders/", is at most 512 characters and has no spaces or control characters.',
  }),
  B932: entry<{ fields: readonly string[] }>({
    message: (a) => `${list(a.fields)} ${a.fields.length === 1 ? "applies" : "apply"} to the IAM roles berth creates, but this stack creates none.`,
    hint: () => "Remove the field. Roles given by ARN are not changed by berth: set their boundary and path in IAM; a cluster creates a role only for EC2 capacity providers.",
  }),
  B933: entry<{ value: string; which: string }>({
    message: (a) => `"${a.value}" is a service-linked role; ECS tasks cannot assume it as their ${a.which} role.`,
    hint: () => "Service-linked roles trust only their own AWS service. Name a role that trusts ecs-tasks.amazonaws.com, or leave the field out so berth creates one.",
  }),
} as const;
