import { runTaskCommandLine, runTaskOutputs, type Container, type Stack, type StringValue, type TaskDefinitionResource } from "../ir/index.js";
import { primaryName } from "../backends/terraform/names.js";
import { taskSizeWords } from "../lower/task.js";
import { storageNotes } from "./storage-words.js";
import { cell, code, fence, listing, shellWord, wrapCommand } from "./markdown.js";
import { describeRetries, describeSchedule, describeTarget } from "./schedule-words.js";
import { firstOfKind, literalOf, renderReadme, stackSections } from "./stack-sections.js";

/** True for a stack made by `defineTask`: a task definition, and no service or cluster. */
export function isTaskStack(stack: Stack): boolean {
  return firstOfKind(stack, "taskDefinition") !== undefined && firstOfKind(stack, "service") === undefined && firstOfKind(stack, "cluster") === undefined;
}

function containerLine(stack: Stack, container: Container): string {
  const image =
    container.image.kind === "fixed"
      ? code(cell(container.image.reference))
      : `${code(cell(container.image.repository))}, ${container.image.separator === "@" ? "digest" : "tag"} from input ${code(container.image.input)}`;
  const logs =
    container.logging.driver === "awslogs"
      ? `logs to ${code(cell(literalOf(stack, container.logging.logGroup)))}`
      : "logs through the FireLens log router";
  const role = container.firelensConfiguration ? ", the FireLens log router" : "";
  return `${code(cell(container.name))}${role}: image ${image}; ${container.essential ? "essential" : "not essential"}; ${logs}.`;
}

function taskSummary(stack: Stack, task: TaskDefinitionResource): string {
  const role = (value: StringValue) => code(cell(literalOf(stack, value)));
  return (
    `Task definition family ${code(cell(task.family))}: ${taskSizeWords(task)}, ${task.runtimePlatform.cpuArchitecture}, ` +
    `for ${listing(task.requiresCompatibilities.map((c) => code(c)))}, network mode ${code(task.networkMode)}. ` +
    `ECS pulls images and reads secrets with the execution role ${role(task.executionRole)}; the containers' code gets the task role ${role(task.taskRole)}.`
  );
}

/**
 * The run-task command the stack's IR carries, ready to paste: a value read from a stack output
 * (a generated security group) becomes a shell variable read from that output first (from
 * CloudFormation or Terraform). Shown when the TaskDefinitionArn output quotes the same command.
 */
function runTaskData(stack: Stack): Record<string, unknown> | false {
  const run = stack.runTask;
  if (run?.describedIn === undefined) return false;
  const variable = (id: string) => primaryName(id).toUpperCase();
  const command = wrapCommand(runTaskCommandLine(run, (id) => `$${variable(id)}`));
  const outputs = runTaskOutputs(run);
  return {
    output: code(run.describedIn),
    command,
    lookups: outputs.map((id) => ({ variable: variable(id), cfn: id, tf: shellWord(primaryName(id)) })),
    fence: fence(`${command}\n${outputs.join("\n")}`),
    // The cluster the command names, for the wait/describe commands a pipeline follows it with.
    cluster: shellWord(run.cluster),
  };
}

/**
 * The data the task README template renders. Everything comes from the IR stack; text is
 * escaped here, so the template stays readable. Undefined for a stack that is not a task's.
 */
export function taskReadmeData(stack: Stack, banner: string): Record<string, unknown> | undefined {
  const task = firstOfKind(stack, "taskDefinition");
  if (!task || !isTaskStack(stack)) return undefined;
  const schedule = firstOfKind(stack, "schedule") ?? firstOfKind(stack, "scheduleRule");
  const main = task.containers.find((c) => c.image.kind === "input");
  const image = main?.image.kind === "input" ? main.image : undefined;
  const input = image === undefined ? undefined : stack.inputs.find((i) => i.id === image.input);
  return {
    ...stackSections(stack, banner),
    family: code(cell(task.family)),
    familyWord: shellWord(task.family),
    summary: taskSummary(stack, task),
    containers: task.containers.map((c) => containerLine(stack, c)),
    storageNotes: storageNotes(stack),
    schedule: schedule
      ? {
          rule: schedule.kind === "scheduleRule",
          deadLetterQueue: schedule.target.deadLetterQueueArn !== undefined,
          lines: describeSchedule(schedule),
          target: describeTarget(stack, schedule.target),
          retries: describeRetries(schedule.target, schedule.kind === "schedule" ? "scheduler" : "rule"),
          cfnTaskDefinition: schedule.target.taskDefinition,
          tfTaskDefinition: primaryName(schedule.target.taskDefinition),
        }
      : false,
    runTask: runTaskData(stack),
    image:
      image && input && main
        ? {
            container: code(cell(main.name)),
            repository: code(cell(image.repository)),
            kind: image.separator === "@" ? "digest" : "tag",
            mutable: image.separator === ":",
            version: code(cell(input.default)),
            cfnParameter: input.id,
            tfVariable: primaryName(input.id),
          }
        : false,
  };
}

/**
 * Renders a task stack's README.md from the handlebars template text, or undefined for a stack
 * that is not a task's. Pure and deterministic: no dates, no paths outside the output folder.
 */
export function renderTaskReadme(stack: Stack, template: string, banner: string): string | undefined {
  const data = taskReadmeData(stack, banner);
  return data === undefined ? undefined : renderReadme(template, data);
}
