import { entry } from "./entry.js";

/** Auto scaling (B700–B729). */
export const scalingEntries = {
  B700: entry<{ min: number; max: number }>({
    message: (a) => `scaling.min ${a.min} is greater than scaling.max ${a.max}.`,
    hint: () => "min is the fewest tasks auto scaling keeps and max the most; min must be at most max.",
  }),
  B701: entry<{ count: number; min: number; max: number }>({
    message: (a) => `desiredCount ${a.count} is outside scaling's ${a.min}–${a.max}.`,
    hint: (a) =>
      `With scaling, desiredCount is only the count a new service starts with (Terraform; CloudFormation starts it with 1), and Application Auto Scaling moves it into min..max at once. Set desiredCount to ${a.min}–${a.max}, or leave it out (it then defaults to scaling.min).`,
  }),
  B702: entry({
    message: () => "scaling.requestsPerTarget tracks ALB requests per task, but the service has no loadBalancer.",
    hint: () => "Add a loadBalancer, or scale on cpuPercent, memoryPercent, queue or a stepScaling policy instead.",
  }),
  B703: entry({
    message: () => "scaling has neither a policy nor a schedule, so nothing ever changes the task count; infra deploys no longer set it either.",
    hint: () => "Add cpuPercent, memoryPercent, requestsPerTarget, queue, stepScaling or schedule; or remove scaling and set desiredCount.",
  }),
  B704: entry<{ expression: string; problem: "form" | "fields" | "field" | "days" | "rate" | "at"; count?: number; field?: string; value?: string; allowed?: string }>({
    message: (a) => {
      const reason = {
        form: "it is neither cron(…), rate(…) nor at(…)",
        fields: `cron() takes 6 fields, this one has ${a.count ?? 0}`,
        field: `"${a.value ?? ""}" is not valid in the ${a.field ?? ""} field (it accepts ${a.allowed ?? ""})`,
        days: 'exactly one of day-of-month and day-of-week must be "?"',
        rate: "a rate is a whole number ≥ 1 and minute(s), hour(s) or day(s)",
        at: "at() takes a real date and time as yyyy-mm-ddThh:mm:ss",
      }[a.problem];
      return `"${a.expression}" is not a valid Application Auto Scaling schedule: ${reason}.`;
    },
    hint: () =>
      "Use cron(minutes hours day-of-month month day-of-week year), e.g. cron(0 8 ? * MON-FRI *) for weekdays at 08:00; rate(6 hours); or at(2026-11-27T06:00:00) for once.",
  }),
  B705: entry<{ value: string; suggestion?: string; version: string }>({
    message: (a) => `"${a.value}" is not an IANA time zone name.`,
    hint: (a) =>
      a.suggestion
        ? `Did you mean "${a.suggestion}"?`
        : `Use a name such as Europe/Berlin, America/New_York or UTC (berth checks against tz database ${a.version}); leave timezone out for UTC.`,
  }),
  B706: entry<{ name: string }>({
    message: (a) => `Scheduled action "${a.name}" sets neither min nor max, so it changes nothing.`,
    hint: () => "Give the new min, max or both, e.g. { min: 6 } to keep at least 6 tasks from that time on.",
  }),
  B707: entry<{ name: string; min: number; max: number }>({
    message: (a) => `Scheduled action "${a.name}" sets min ${a.min} above its max ${a.max}.`,
    hint: () => "min must be at most max; Application Auto Scaling rejects the action.",
  }),
  B708: entry<{ name: string; bound: "min" | "max"; value: number; limit: number }>({
    message: (a) =>
      a.bound === "min"
        ? `Scheduled action "${a.name}" sets min ${a.value}, above the highest max this service ever has (${a.limit}, from scaling.max or a scheduled max).`
        : `Scheduled action "${a.name}" sets max ${a.value}, below the lowest min this service ever has (${a.limit}, from scaling.min or a scheduled min).`,
    hint: (a) =>
      `Application Auto Scaling rejects a ${a.bound} that crosses the other bound when the action runs; set both min and max in the action, or change scaling.${a.bound === "min" ? "max" : "min"}.`,
  }),
  B709: entry<{ what: "scheduled action" | "step scaling policy"; name: string }>({
    message: (a) => `Two ${a.what}s are named "${a.name}".`,
    hint: () => "Names must be unique per service: they name the AWS resources and their ids in the templates.",
  }),
  B710: entry({
    message: () =>
      "Queue scaling with min 0 can scale the service in to no tasks, and then never out again: backlog per task has no value without running tasks.",
    hint: () =>
      'Set scaling.min to 1 or more, or add a stepScaling policy with when: "above" on the queue\'s ApproximateNumberOfMessagesVisible to start the first task.',
  }),
  B711: entry<{ at: number }>({
    message: (a) => `Two steps start at ${a.at}.`,
    hint: () => "Each step starts at a different metric value; a step covers its value up to the next step's.",
  }),
  B712: entry<{ change: number; when: "above" | "below"; adjustment: string }>({
    message: (a) =>
      a.adjustment === "exact"
        ? `change ${a.change} is not a task count; with adjustment "exact" it sets the count.`
        : `change ${a.change} ${a.change < 0 ? "removes" : "adds no"} tasks, but a policy on when: "${a.when}" ${a.when === "above" ? "scales out" : "scales in"}.`,
    hint: (a) =>
      a.adjustment === "exact"
        ? "Use a count of 0 or more."
        : a.when === "above"
          ? 'Use positive changes to add tasks; to remove tasks when a metric is low, write a policy with when: "below".'
          : "Use negative changes to remove tasks when the metric falls below the steps.",
  }),
  B713: entry<{ reason: "period" | "window" | "datapoints"; period: number; evaluations: number; datapoints: number }>({
    message: (a) =>
      ({
        period: `Alarm period ${a.period}s is not 10, 30 or a multiple of 60.`,
        window: `The alarm looks at ${a.evaluations} periods of ${a.period}s (${a.evaluations * a.period}s); CloudWatch allows at most one day (86400s).`,
        datapoints: `datapointsToAlarm ${a.datapoints} is more than evaluationPeriods ${a.evaluations}.`,
      })[a.reason],
    hint: (a) =>
      ({
        period: "Use periodSeconds 10, 30 (high-resolution metrics only) or 60, 120, 300 …",
        window: "Use fewer evaluationPeriods or a shorter periodSeconds.",
        datapoints: "datapointsToAlarm counts breaching datapoints among the evaluated periods; it must be at most evaluationPeriods.",
      })[a.reason],
  }),
  B717: entry<{ name: string; other: string; id: string }>({
    message: (a) => `Step scaling policies "${a.other}" and "${a.name}" both become the template id ${a.id}.`,
    hint: () => "Names are split at hyphens into the ids of the policy and its alarm; rename one so the words differ (not just the hyphens).",
  }),
  B714: entry<{ region: string }>({
    message: (a) => `FARGATE_SPOT runs only x86_64 tasks in ${a.region}; this task is arm64.`,
    hint: () =>
      'AWS documents Fargate Spot as X86_64-only in the China regions. Use architecture: "x86_64", or run arm64 tasks on FARGATE only.',
  }),
  B715: entry<{ adjustment: string }>({
    message: (a) => `minAdjustmentMagnitude only applies to adjustment "percent", not "${a.adjustment}".`,
    hint: () => 'Remove minAdjustmentMagnitude, or use adjustment: "percent".',
  }),
  B716: entry<{ cluster: string }>({
    message: (a) => `Queue scaling needs Container Insights, but cluster "${a.cluster}" has containerInsights: "disabled".`,
    hint: () =>
      'Backlog per task divides by the ECS/ContainerInsights metric RunningTaskCount; without it the policy never gets data. Set containerInsights: "enabled" on the cluster.',
  }),
  // B730–B769: clusters, EC2 services and capacity providers.
} as const;
