import type { LogGroupResource, ServiceResource, Stack, TaskVolume } from "../ir/index.js";
import { cell, code } from "./markdown.js";
import { allOfKind, firstOfKind } from "./stack-sections.js";

/** One task volume in words, for the generated README. */
function volumeWords(volume: TaskVolume, service: ServiceResource | undefined): string {
  const name = code(cell(volume.name));
  switch (volume.kind) {
    case "bind":
      return volume.hostPath === undefined
        ? `${name}: task-scoped scratch space, shared by the task's containers and deleted with the task.`
        : `${name}: the instance's ${code(cell(volume.hostPath))}.`;
    case "efs": {
      const through = volume.accessPointId === undefined ? "" : ` through access point ${code(volume.accessPointId)}`;
      const auth = volume.iam ? "; EFS authorizes the task role, which may mount exactly this file system" : "";
      const tls = volume.transitEncryption ? "encrypted in transit" : "NOT encrypted in transit";
      return `${name}: EFS file system ${code(volume.fileSystemId)}${through}, ${tls}${auth}.`;
    }
    case "docker":
      return `${name}: Docker volume (${volume.scope} scope${volume.driver === undefined ? "" : `, driver ${code(cell(volume.driver))}`}).`;
    case "configuredAtLaunch": {
      const ebs = service?.volumeConfigurations.find((v) => v.name === volume.name);
      if (!ebs) return `${name}: configured at launch.`;
      const encryption = ebs.encrypted ? `encrypted${ebs.kmsKey === undefined ? "" : ` with ${code(cell(ebs.kmsKey))}`}` : "not encrypted";
      return `${name}: an EBS volume ECS creates for each task at launch and deletes with it (${ebs.sizeGiB} GiB ${ebs.volumeType}, ${encryption}), managed through the ECS infrastructure role.`;
    }
  }
}

/** What happens to the log group when the stack goes away, and how it is encrypted. */
function logGroupWords(group: LogGroupResource): string[] {
  const lines: string[] = [];
  if (group.kmsKey !== undefined) lines.push(`The log group ${code(cell(group.name))} is encrypted with KMS key ${code(cell(group.kmsKey))}.`);
  if (group.retainOnDelete) {
    lines.push(
      `The log group ${code(cell(group.name))} is kept when the stack is deleted (CloudFormation \`DeletionPolicy: Retain\`, Terraform \`skip_destroy\`): delete or import it by hand before a new stack of the same name creates it again.`,
    );
  }
  return lines;
}

/**
 * The generated README's notes on the task's volumes and the log group's lifetime: where data
 * lives and what outlives the stack, which a reviewer needs before approving a deletion.
 */
export function storageNotes(stack: Stack): string[] {
  const task = firstOfKind(stack, "taskDefinition");
  const service = firstOfKind(stack, "service");
  const groups = allOfKind(stack, "logGroup");
  return [...(task?.volumes ?? []).map((v) => volumeWords(v, service)), ...groups.flatMap(logGroupWords)];
}
