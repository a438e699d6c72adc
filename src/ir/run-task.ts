/**
 * How to start a task once (a pipeline step, or a manual rerun of a scheduled job): the
 * arguments of `aws ecs run-task`, structured, so the stack output that quotes the command and the
 * generated README render it from the same data instead of one parsing the other's text.
 */
export interface RunTask {
  readonly region: string;
  readonly cluster: string;
  /** The task definition family: the command always runs the latest revision. */
  readonly family: string;
  /** A launch type, or a capacity provider strategy. */
  readonly capacity: { readonly launchType: string } | { readonly strategy: readonly { readonly provider: string; readonly weight: number; readonly base: number }[] };
  readonly subnets: readonly string[];
  /** Security group ids; `{ output }` is a group the stack creates, read from that stack output. */
  readonly securityGroups: readonly (string | { readonly output: string })[];
  readonly assignPublicIp: boolean;
  readonly enableExecuteCommand: boolean;
  /** The stack output whose description quotes the command; absent when it did not fit there. */
  readonly describedIn?: string;
}

/** The ids of the stack outputs the command reads (generated security groups), in order. */
export function runTaskOutputs(run: RunTask): string[] {
  return run.securityGroups.flatMap((group) => (typeof group === "string" ? [] : [group.output]));
}

/**
 * The command as one line; `outputValue` renders a value read from a stack output (a
 * placeholder in an output description, a shell variable in the README).
 */
export function runTaskCommandLine(run: RunTask, outputValue: (outputId: string) => string): string {
  const capacity =
    "launchType" in run.capacity
      ? `--launch-type ${run.capacity.launchType}`
      : `--capacity-provider-strategy ${run.capacity.strategy.map((p) => `capacityProvider=${p.provider},weight=${p.weight},base=${p.base}`).join(" ")}`;
  const groups = run.securityGroups.map((group) => (typeof group === "string" ? group : outputValue(group.output)));
  const network = `awsvpcConfiguration={subnets=[${run.subnets.join(",")}],securityGroups=[${groups.join(",")}],assignPublicIp=${run.assignPublicIp ? "ENABLED" : "DISABLED"}}`;
  return [
    `aws ecs run-task --region ${run.region} --cluster ${run.cluster} --task-definition ${run.family}`,
    capacity,
    `--network-configuration "${network}"`,
    "--propagate-tags TASK_DEFINITION --enable-ecs-managed-tags",
    ...(run.enableExecuteCommand ? ["--enable-execute-command"] : []),
  ].join(" ");
}
