import { entry, list } from "./entry.js";

/** Containers, environment and secrets (B6xx). */
export const containersEntries = {
  B601: entry<{ name: string }>({
    message: (a) => `Environment variable ${a.name} looks like a credential but has a literal value.`,
    hint: (a) =>
      `Store it in Secrets Manager and reference it instead:\n  secrets: { ${a.name}: secretsManager("arn:aws:secretsmanager:<region>:<account>:secret:<name>") }`,
  }),
  B602: entry<{ name: string }>({
    message: (a) => `${a.name} is set in both environment and secrets.`,
    hint: () => "A variable comes from one place only; remove it from one of them.",
  }),
  B603: entry<{ name: string }>({
    message: (a) => `Two containers are named "${a.name}".`,
    hint: () => 'Container names must be unique in a task; the main container is called "app" unless it has a name.',
  }),
  B604: entry({
    message: () => "No container is essential, so ECS could never tell that the task failed.",
    hint: () => "Leave essential at its default (true) on the main container.",
  }),
  B605: entry({
    message: () => "Both port and portMappings are set.",
    hint: () => "Use port for one TCP port, or portMappings for several; not both.",
  }),
  B606: entry({
    message: () => "versionStage and versionId are both set.",
    hint: () => "A secret reference pins either a stage or an id.",
  }),
  B607: entry<{ name: string; known: readonly string[] }>({
    message: (a) => `dependsOn names "${a.name}", which is not another container of this task.`,
    hint: (a) => `Other containers: ${a.known.length ? list(a.known) : "(none)"}.`,
  }),
  B608: entry<{ days: number; allowed: readonly number[] }>({
    message: (a) => `CloudWatch Logs does not accept a retention of ${a.days} days.`,
    hint: (a) => `Use one of: ${list(a.allowed)}.`,
  }),
  B609: entry<{ port: number; protocol: string }>({
    message: (a) => `Port ${a.port}/${a.protocol} is mapped twice in this container.`,
    hint: () => "List each container port once per protocol.",
  }),
  B610: entry<{ name: string }>({
    message: (a) => `dependsOn waits for "${a.name}" to be HEALTHY, but that container has no healthCheck.`,
    hint: () => "Add a healthCheck to that container or wait for START instead.",
  }),
  B611: entry<{ name: string }>({
    message: (a) => `"${a.name}" is not a valid environment variable name.`,
    hint: () => "Use letters, digits and underscores, not starting with a digit.",
  }),
  B612: entry({
    message: () => "This sidecar has no name.",
    hint: () => 'Give every sidecar a name unique in the task, e.g. name: "log-router"; only the main container defaults to "app".',
  }),
  B613: entry<{ name: string; condition: string }>({
    message: (a) => `dependsOn waits for "${a.name}" to ${a.condition === "SUCCESS" ? "exit successfully" : "exit"} (${a.condition}), but "${a.name}" is essential.`,
    hint: () => "An essential container exiting stops the whole task. Set essential: false on containers that run to completion.",
  }),
  // B700–B729: auto scaling and Fargate Spot.
} as const;
