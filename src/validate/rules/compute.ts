import { computeOf } from "../../spec/compute.js";
import type { ServiceRule, WorkloadRule } from "./rule.js";
import { portMappingsOf, taskContainers } from "../../spec/containers.js";
import { checkStrategy } from "./shared/strategy.js";

/**
 * B730/B733: what only EC2 instances offer. Fargate has no GPUs and gives every task its own
 * interface (awsvpc), so GPUs and the bridge/host modes need EC2. ECS would reject the task
 * definition or leave the service unable to place a single task.
 */
export const fargateCompute: WorkloadRule = (spec, context) => {
  if (computeOf(spec) !== "FARGATE") return;
  for (const { container, path, name } of taskContainers(spec)) {
    if (container.gpu !== undefined) context.report("B730", [...path, "gpu"], { container: name ?? "" });
  }
  if (spec.networkMode !== "awsvpc") context.report("B733", ["networkMode"], { mode: spec.networkMode });
};

/**
 * B734–B738: where tasks run. A launch type and a capacity provider strategy are mutually
 * exclusive in the ECS API, and the strategy itself must follow ECS's rules (no mix of Fargate
 * and Auto Scaling group providers, one base, some weight, no repeats).
 */
export const capacityStrategy: WorkloadRule = (spec, context) => {
  if (!spec.capacityProviders) return;
  if (spec.launchType !== undefined) context.report("B734", ["launchType"], {});
  checkStrategy(spec.capacityProviders, ["capacityProviders"], context);
};

/**
 * B745: in awsvpc and host mode all containers of a task share one network namespace (host
 * mode: the instance's), so two containers cannot bind the same port; the second fails to start
 * at run time. Bridge mode gives each container its own namespace and a dynamic host port.
 */
export const sharedNetworkPorts: WorkloadRule = (spec, context) => {
  if (spec.networkMode === "bridge") return;
  const owner = new Map<string, string>();
  for (const { container, path, name } of taskContainers(spec)) {
    const own = new Set<string>();
    for (const mapping of portMappingsOf(container)) {
      const key = `${mapping.containerPort}/${mapping.protocol}`;
      const other = owner.get(key);
      // A repeat inside one container is B609's finding, not this one.
      if (other !== undefined && !own.has(key)) {
        context.report("B745", [...path, ...mapping.path], { port: mapping.containerPort, protocol: mapping.protocol, other, mode: spec.networkMode });
      }
      own.add(key);
      if (other === undefined) owner.set(key, name ?? "");
    }
  }
};

/**
 * B746 (warning): in bridge and host mode the tasks use the instance's interface and security
 * groups, so the task-level security groups, `allowFrom` and public IP are silently unused;
 * the author most likely expects them to protect (or expose) the tasks.
 */
export const instanceNetworkFields: WorkloadRule = (spec, context) => {
  const { network, networkMode } = spec;
  if (!network || networkMode === "awsvpc") return;
  if (network.securityGroups !== undefined) context.report("B746", ["network", "securityGroups"], { field: "securityGroups", mode: networkMode }, "warning");
  if (network.allowFrom.length > 0) context.report("B746", ["network", "allowFrom"], { field: "allowFrom", mode: networkMode }, "warning");
  if (network.assignPublicIp) context.report("B746", ["network", "assignPublicIp"], { field: "assignPublicIp", mode: networkMode }, "warning");
};

/**
 * B764: awsvpc tasks on EC2 get an ENI without a public IP; ECS rejects assignPublicIp ENABLED
 * for the EC2 launch type (services, RunTask and Scheduler alike). Reach the internet through a
 * NAT gateway instead.
 */
export const ec2PublicIp: WorkloadRule = (spec, context) => {
  if (spec.networkMode === "awsvpc" && spec.network?.assignPublicIp && computeOf(spec) === "EC2") {
    context.report("B764", ["network", "assignPublicIp"], {});
  }
};

/**
 * B731/B732: DAEMON scheduling and placement rules need instances; on Fargate ECS rejects the
 * service (DAEMON) or the placement settings.
 */
export const fargateScheduling: ServiceRule = (spec, context) => {
  if (computeOf(spec) !== "FARGATE") return;
  if (spec.scheduling === "DAEMON") context.report("B731", ["scheduling"], {});
  if (spec.placement.constraints.length > 0) context.report("B732", ["placement", "constraints"], { what: "constraints" });
  if (spec.placement.strategy.length > 0) context.report("B732", ["placement", "strategy"], { what: "strategies" });
};

/**
 * B739–B744: what ECS rejects (or deadlocks on) for a DAEMON service: a desired count, a
 * capacity provider strategy, auto scaling, placement strategies, and a deployment that would
 * start a second task on an instance (maximumPercent > 100) or could never stop the first one
 * (minimumHealthyPercent ≥ maximumPercent).
 */
export const daemonService: ServiceRule = (spec, context) => {
  if (spec.scheduling !== "DAEMON") return;
  if (spec.desiredCount !== undefined) context.report("B739", ["desiredCount"], { count: spec.desiredCount });
  if (spec.capacityProviders) context.report("B740", ["capacityProviders"], {});
  if (spec.scaling) context.report("B741", ["scaling"], {});
  if (spec.placement.strategy.length > 0) context.report("B743", ["placement", "strategy"], {});
  // Only rolling deploys carry percentages (a blue/green deploy of a daemon is another rule's finding).
  const { maximumPercent, minimumHealthyPercent } = spec.deploy;
  if (maximumPercent === undefined || minimumHealthyPercent === undefined) return;
  if (maximumPercent > 100) context.report("B742", ["deploy", "maximumPercent"], { value: maximumPercent });
  else if (minimumHealthyPercent >= maximumPercent) {
    context.report("B744", ["deploy", "minimumHealthyPercent"], { minimum: minimumHealthyPercent, maximum: maximumPercent });
  }
};
