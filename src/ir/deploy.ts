import type { ResourceId, StringValue, Tags } from "./refs.js";
import type { ListenerArn } from "./load-balancer-stack.js";

/** A CodeDeploy application for ECS blue/green deployments. */
export interface CodeDeployApplicationResource {
  readonly kind: "codeDeployApplication";
  readonly id: ResourceId;
  readonly name: string;
  readonly computePlatform: "ECS";
  readonly tags: Tags;
}

/**
 * A custom CodeDeploy deployment config: time-based canary (one step, then the rest) or linear
 * (equal steps at equal intervals). Only created when no predefined `CodeDeployDefault.ECS…`
 * config has the same shape.
 */
export interface CodeDeployConfigResource {
  readonly kind: "codeDeployConfig";
  readonly id: ResourceId;
  readonly name: string;
  readonly computePlatform: "ECS";
  readonly trafficRouting: {
    readonly type: "TimeBasedCanary" | "TimeBasedLinear";
    /** Percent of traffic in the first step (canary) or in every step (linear). */
    readonly percentage: number;
    /** Minutes before the second step (canary) or between steps (linear). */
    readonly intervalMinutes: number;
  };
}

/** What makes CodeDeploy roll a deployment back automatically. */
export type AutoRollbackEvent = "DEPLOYMENT_FAILURE" | "DEPLOYMENT_STOP_ON_ALARM";

/**
 * A CodeDeploy deployment group running blue/green deployments of one ECS service behind an
 * ALB: the two target groups, the production (and optional test) listener whose rules CodeDeploy
 * rewrites, the traffic shape, the blue tasks' termination wait, alarms and automatic rollback.
 */
export interface CodeDeployGroupResource {
  readonly kind: "codeDeployGroup";
  readonly id: ResourceId;
  readonly name: string;
  readonly application: ResourceId;
  readonly serviceRole: ResourceId;
  /** A predefined config name (`CodeDeployDefault.ECSCanary10Percent5Minutes`) or a config this stack creates. */
  readonly deploymentConfig: StringValue;
  /** Cluster by name (CodeDeploy does not take an ARN) and the service this stack creates. */
  readonly ecsService: { readonly clusterName: string; readonly service: ResourceId };
  /** Blue (production at creation) first, then green. */
  readonly targetGroups: readonly [ResourceId, ResourceId];
  readonly productionListenerArn: ListenerArn;
  readonly testListenerArn?: ListenerArn;
  /** Minutes the original tasks keep running after traffic has moved. */
  readonly terminationWaitMinutes: number;
  readonly autoRollbackEvents: readonly AutoRollbackEvent[];
  /** Alarm names; empty means no alarm configuration. */
  readonly alarms: readonly StringValue[];
  readonly tags: Tags;
}

/** The lifecycle events of an ECS deployment at which CodeDeploy can call a Lambda hook, in the order they run. */
export const LIFECYCLE_EVENTS = ["BeforeInstall", "AfterInstall", "AfterAllowTestTraffic", "BeforeAllowTraffic", "AfterAllowTraffic"] as const;

/** One of {@link LIFECYCLE_EVENTS}. */
export type LifecycleEvent = (typeof LIFECYCLE_EVENTS)[number];

/**
 * The content of the appspec.yaml a blue/green deployment is created with. Not an AWS resource:
 * the deploy pipeline passes it to `aws deploy create-deployment` with the new task definition.
 */
export interface AppSpec {
  readonly containerName: string;
  readonly containerPort: number;
  /** Fargate only. */
  readonly platformVersion?: string;
  /** In lifecycle order. */
  readonly hooks: readonly { readonly event: LifecycleEvent; readonly functionArn: string }[];
}

/**
 * How a new image reaches production for one service: the facts the generated README explains.
 * Not an AWS resource; backends ignore it.
 */
export interface Delivery {
  readonly strategy: "rolling" | "canary" | "linear" | "allAtOnce";
  /** `stack`: the tag is a plain stack input; `ci`: the input names an SSM parameter CI writes. */
  readonly imageOwner: "stack" | "ci";
  /** Id of the stack input that holds (or names the parameter holding) the main image's tag. */
  readonly imageInput: string;
  readonly imageRepository: string;
  /** `:` before a tag, `@` before a digest. */
  readonly imageSeparator: ":" | "@";
  /** The spec's tag or digest: the input's default, or the first value CI writes to the parameter. */
  readonly imageVersion: string;
  readonly containerName: string;
  /** Present for blue/green. */
  readonly codeDeploy?: {
    readonly applicationName: string;
    readonly deploymentGroupName: string;
    readonly deploymentConfigName: string;
    /** Human wording of the traffic shape, e.g. "10 % of the traffic, then the rest after 5 minutes". */
    readonly trafficShape: string;
    /** Minutes the old tasks keep running after traffic has moved. */
    readonly terminationWaitMinutes: number;
    /** True when a test listener gets the new tasks' traffic first. */
    readonly testListener: boolean;
    readonly appSpec: AppSpec;
  };
  /** Names of the alarms that stop a deployment (existing and created). */
  readonly alarmNames: readonly string[];
  readonly rollbackOnAlarm: boolean;
}
