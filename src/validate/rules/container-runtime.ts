import { computeOf } from "../../spec/compute.js";
import { partitionOf } from "../../spec/aws-formats.js";
import type { WorkloadRule } from "./rule.js";
import { taskContainers } from "../../spec/containers.js";

/** What Fargate refuses in `linuxParameters` (it has no instance to share devices, swap or /dev/shm with). */
const EC2_ONLY_LINUX_PARAMETERS = ["sharedMemorySize", "tmpfs", "devices", "maxSwap", "swappiness"] as const;

/** Fargate's limit on `stopTimeout` and `startTimeout`, in seconds. */
const FARGATE_MAX_TIMEOUT = 120;

/**
 * B640/B641/B642/B647: runtime settings Fargate refuses. Of the capabilities only SYS_PTRACE can
 * be added; devices, tmpfs, /dev/shm size and swap belong to an instance; privileged containers
 * would own the host; stop and start timeouts end at 120 seconds.
 */
export const fargateRuntime: WorkloadRule = (spec, context) => {
  if (computeOf(spec) !== "FARGATE") return;
  for (const { container, path, name } of taskContainers(spec)) {
    const linux = container.linuxParameters;
    if (linux) {
      linux.capabilities?.add.forEach((capability, i) => {
        if (capability !== "SYS_PTRACE") context.report("B640", [...path, "linuxParameters", "capabilities", "add", i], { capability });
      });
      for (const field of EC2_ONLY_LINUX_PARAMETERS) {
        const value = linux[field];
        const set = Array.isArray(value) ? value.length > 0 : value !== undefined;
        if (set) context.report("B641", [...path, "linuxParameters", field], { field });
      }
    }
    if (container.privileged) context.report("B642", [...path, "privileged"], { container: name ?? "" });
    for (const field of ["stopTimeout", "startTimeout"] as const) {
      const value = container[field];
      if (value !== undefined && value > FARGATE_MAX_TIMEOUT) context.report("B647", [...path, field], { field, value, max: FARGATE_MAX_TIMEOUT });
    }
  }
};

/**
 * B643/B648: settings the network mode decides. In awsvpc mode the task's interface carries the
 * VPC's DNS, so ECS refuses per-container DNS servers, search domains and extra hosts; in host
 * mode the containers share the instance's network namespace, whose `net.*` kernel parameters a
 * container cannot change.
 */
export const networkModeRuntime: WorkloadRule = (spec, context) => {
  for (const { container, path } of taskContainers(spec)) {
    if (spec.networkMode === "awsvpc") {
      for (const field of ["dnsServers", "dnsSearchDomains", "extraHosts"] as const) {
        if (container[field].length > 0) context.report("B643", [...path, field], { field });
      }
    }
    if (spec.networkMode === "host") {
      container.systemControls.forEach((control, i) => {
        if (control.namespace.startsWith("net.")) context.report("B648", [...path, "systemControls", i, "namespace"], { namespace: control.namespace });
      });
    }
  }
};

/**
 * B644/B645/B646: settings ECS accepts but that cannot work as written. Swappiness without a
 * swap limit is ignored (warning); a soft limit above its hard limit, or one limit twice, is
 * rejected when the container starts.
 */
export const runtimeLimits: WorkloadRule = (spec, context) => {
  for (const { container, path } of taskContainers(spec)) {
    const linux = container.linuxParameters;
    if (linux?.swappiness !== undefined && linux.maxSwap === undefined) context.report("B644", [...path, "linuxParameters", "swappiness"], {}, "warning");
    const seen = new Set<string>();
    container.ulimits.forEach((limit, i) => {
      if (limit.softLimit > limit.hardLimit) context.report("B645", [...path, "ulimits", i, "softLimit"], { name: limit.name, soft: limit.softLimit, hard: limit.hardLimit });
      if (seen.has(limit.name)) context.report("B646", [...path, "ulimits", i, "name"], { name: limit.name });
      seen.add(limit.name);
    });
  }
};

/**
 * B649: an environment file is an S3 object whose name ends in `.env`, in the stack's partition;
 * ECS (and the execution role's grant, which names the exact object) needs the object ARN.
 */
export const environmentFiles: WorkloadRule = (spec, context) => {
  const partition = partitionOf(spec.region);
  for (const { container, path } of taskContainers(spec)) {
    container.environmentFiles.forEach((file, i) => {
      const match = /^arn:([a-z-]+):s3:::([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/(.+)$/.exec(file);
      if (!match || !match[3]!.endsWith(".env") || match[1] !== partition) {
        context.report("B649", [...path, "environmentFiles", i], { value: file, example: `arn:${partition}:s3:::<bucket>/<path>/app.env` });
      }
    });
  }
};

/**
 * B650/B651: awslogs options that cannot work as written. `max-buffer-size` is the buffer of
 * non-blocking mode only; with both a datetime format and a multiline pattern, the driver uses
 * the datetime format and ignores the pattern (warning).
 */
export const awslogsOptions: WorkloadRule = (spec, context) => {
  for (const { container, path } of taskContainers(spec)) {
    const logging = container.logging;
    if (!logging || logging.driver === "firelens") continue;
    if (logging.maxBufferSize !== undefined && logging.mode !== "non-blocking") context.report("B650", [...path, "logging", "maxBufferSize"], {});
    if (logging.multilinePattern !== undefined && logging.datetimeFormat !== undefined) {
      context.report("B651", [...path, "logging", "multilinePattern"], {}, "warning");
    }
  }
};
