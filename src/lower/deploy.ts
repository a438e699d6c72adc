import type {
  AppSpec,
  CodeDeployApplicationResource,
  CodeDeployConfigResource,
  CodeDeployGroupResource,
  Delivery,
  ExternallyManaged,
  Resource,
  ServiceResource,
  StackInput,
  StackOutput,
  StringValue,
} from "../ir/index.js";
import { LIFECYCLE_EVENTS } from "../ir/index.js";
import {
  codeDeployApplicationName,
  codeDeployGroupName,
  customDeploymentConfigName,
  greenTargetGroupName,
  imageTagParameterName,
} from "../spec/deploy-names.js";
import type { ParsedBlueGreenDeploy } from "../spec/schema/index.js";
import { IDS, type LowerContext } from "./context.js";
import { clusterName, deploymentAlarmNames, deploymentAlarmRefs, lowerDeploymentAlarms } from "./deploy-alarms.js";
import { DEPLOY_IDS, isBlueGreen, type BlueGreenSpec } from "./deploy-ids.js";
import { codeDeployRole } from "./codedeploy-role.js";
import { parseImage } from "./image.js";
import { listenerArnOf, listenerRuleOn, primaryPriority, targetGroupNamed } from "./load-balancer.js";
import { listenerArnOf as listenerTargetArn } from "./listener-target.js";
import { primaryAttachment } from "../spec/load-balancers.js";
import { loadBalancerTarget } from "./ports.js";

/** CodeDeploy's predefined ECS configs, by traffic shape. A custom config is only created when none matches. */
const PREDEFINED: Readonly<Record<string, string>> = {
  "canary:10:5": "CodeDeployDefault.ECSCanary10Percent5Minutes",
  "canary:10:15": "CodeDeployDefault.ECSCanary10Percent15Minutes",
  "linear:10:1": "CodeDeployDefault.ECSLinear10PercentEvery1Minutes",
  "linear:10:3": "CodeDeployDefault.ECSLinear10PercentEvery3Minutes",
};

/** The predefined config for a blue/green deploy, or undefined when it needs a custom one. */
export function predefinedDeploymentConfig(deploy: ParsedBlueGreenDeploy): string | undefined {
  if (deploy.strategy === "allAtOnce") return "CodeDeployDefault.ECSAllAtOnce";
  const minutes = deploy.strategy === "canary" ? deploy.waitMinutes : deploy.intervalMinutes;
  return PREDEFINED[`${deploy.strategy}:${deploy.percent}:${minutes}`];
}

/** "10 % of the traffic, then the rest after 5 minutes", for descriptions and the README. */
export function trafficShape(deploy: ParsedBlueGreenDeploy): string {
  if (deploy.strategy === "allAtOnce") return "all traffic at once";
  if (deploy.strategy === "canary") return `${deploy.percent} % of the traffic, then the rest after ${deploy.waitMinutes} minute${deploy.waitMinutes === 1 ? "" : "s"}`;
  return `${deploy.percent} % more of the traffic every ${deploy.intervalMinutes} minute${deploy.intervalMinutes === 1 ? "" : "s"}`;
}

/** What the deployment family decides about the ECS service itself. */
export type ServiceDeployment = Pick<ServiceResource, "deploymentController" | "deployment" | "taskDefinitionFamily"> & {
  /** Attributes CodeDeploy owns, added to the service's own (auto scaling's desired count). */
  readonly externallyManaged: readonly ExternallyManaged[];
  /** Resources the service must wait for besides its listener rule. */
  readonly dependsOn: readonly string[];
};

/**
 * Rolling: ECS's controller with the circuit breaker and the deployment alarms. Blue/green: the
 * CODE_DEPLOY controller, which rejects the circuit breaker and alarms (CodeDeploy watches the
 * alarms instead) and ignores the percentages on Fargate; CodeDeploy owns the task definition and
 * load balancers, and the service names its task definition by family, so it must be created
 * after the task definition explicitly.
 */
export function serviceDeployment(ctx: LowerContext): ServiceDeployment {
  const { spec } = ctx;
  const d = spec.deploy;
  if (d.strategy !== "rolling") {
    return {
      deploymentController: "CODE_DEPLOY",
      // On EC2 the percentages still bound the tasks kept while an instance drains.
      deployment: ctx.compute === "EC2" ? { minimumHealthyPercent: 100, maximumPercent: 200 } : {},
      taskDefinitionFamily: spec.name,
      externallyManaged: ["taskDefinition", "loadBalancers"],
      dependsOn: [IDS.taskDefinition],
    };
  }
  const alarms = deploymentAlarmRefs(ctx);
  return {
    deploymentController: "ECS",
    deployment: {
      minimumHealthyPercent: d.minimumHealthyPercent,
      maximumPercent: d.maximumPercent,
      circuitBreaker: d.circuitBreaker === false ? { enable: false, rollback: false } : { enable: true, rollback: d.circuitBreaker.rollback },
      ...(alarms.length > 0 ? { alarms: { names: alarms, rollback: d.alarms?.rollback ?? true } } : {}),
    },
    externallyManaged: [],
    dependsOn: [],
  };
}

function customConfig(spec: BlueGreenSpec): CodeDeployConfigResource | undefined {
  const d = spec.deploy;
  if (d.strategy === "allAtOnce" || predefinedDeploymentConfig(d) !== undefined) return undefined;
  return {
    kind: "codeDeployConfig",
    id: DEPLOY_IDS.codeDeployConfig,
    name: customDeploymentConfigName(spec),
    computePlatform: "ECS",
    trafficRouting:
      d.strategy === "canary"
        ? { type: "TimeBasedCanary", percentage: d.percent, intervalMinutes: d.waitMinutes }
        : { type: "TimeBasedLinear", percentage: d.percent, intervalMinutes: d.intervalMinutes },
  };
}

/** Blue/green: the green target group, a test listener rule, role, application, config and deployment group. */
function lowerBlueGreen(ctx: LowerContext, spec: BlueGreenSpec): Resource[] {
  const lb = primaryAttachment(spec);
  const listener = lb && listenerArnOf(lb);
  // Validation guarantees one load balancer attachment with an ALB listener (and a rule priority) for blue/green.
  if (!lb || listener === undefined) throw new Error("berth bug: blue/green deploy without an ALB listener rule");
  const d = spec.deploy;
  const green = targetGroupNamed(ctx, DEPLOY_IDS.greenTargetGroup, greenTargetGroupName(spec));
  const testRule = d.testTraffic ? listenerRuleOn(ctx, DEPLOY_IDS.testListenerRule, listenerTargetArn(d.testTraffic.listener), d.testTraffic.priority ?? primaryPriority(ctx)) : undefined;
  const application: CodeDeployApplicationResource = {
    kind: "codeDeployApplication",
    id: DEPLOY_IDS.codeDeployApplication,
    name: codeDeployApplicationName(spec),
    computePlatform: "ECS",
    tags: ctx.tags,
  };
  const config = customConfig(spec);
  const alarms = deploymentAlarmRefs(ctx);
  const predefined = predefinedDeploymentConfig(d);
  if (!config && predefined === undefined) throw new Error("berth bug: no deployment config for a blue/green deploy");
  const deploymentConfig: StringValue = config ? { resource: config.id, attribute: "name" } : (predefined as string);
  const group: CodeDeployGroupResource = {
    kind: "codeDeployGroup",
    id: DEPLOY_IDS.codeDeployGroup,
    name: codeDeployGroupName(spec),
    application: application.id,
    serviceRole: DEPLOY_IDS.codeDeployRole,
    deploymentConfig,
    ecsService: { clusterName: clusterName(spec.cluster), service: IDS.service },
    targetGroups: [DEPLOY_IDS.blueTargetGroup, DEPLOY_IDS.greenTargetGroup],
    productionListenerArn: listener,
    ...(d.testTraffic ? { testListenerArn: listenerTargetArn(d.testTraffic.listener) } : {}),
    terminationWaitMinutes: d.terminationWaitMinutes,
    // Stop-on-alarm only means something with alarms; CodeDeploy's own default leaves it out too.
    autoRollbackEvents: alarms.length > 0 && (d.alarms?.rollback ?? true) ? ["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM"] : ["DEPLOYMENT_FAILURE"],
    alarms,
    tags: ctx.tags,
  };
  const all: (Resource | undefined)[] = [green, testRule, codeDeployRole(ctx, spec), application, config, group];
  return all.filter((r): r is Resource => r !== undefined);
}

/** The deployment family's resources: created alarms, plus everything CodeDeploy needs for blue/green. */
export function lowerDeployResources(ctx: LowerContext): Resource[] {
  const alarms = lowerDeploymentAlarms(ctx);
  return isBlueGreen(ctx.spec) ? [...alarms, ...lowerBlueGreen(ctx, ctx.spec)] : alarms;
}

/** Outputs a blue/green pipeline needs: where to create deployments, and both target groups. */
export function deployOutputs(ctx: LowerContext): StackOutput[] {
  if (!isBlueGreen(ctx.spec)) return [];
  return [
    { id: "CodeDeployApplicationName", description: "CodeDeploy application for blue/green deployments", value: { resource: DEPLOY_IDS.codeDeployApplication, attribute: "name" } },
    { id: "CodeDeployDeploymentGroupName", description: "CodeDeploy deployment group of the service", value: { resource: DEPLOY_IDS.codeDeployGroup, attribute: "name" } },
    { id: "BlueTargetGroupArn", description: "Target group serving production when the stack was created", value: { resource: DEPLOY_IDS.blueTargetGroup, attribute: "arn" } },
    { id: "GreenTargetGroupArn", description: "Target group of the replacement tasks of the first deployment", value: { resource: DEPLOY_IDS.greenTargetGroup, attribute: "arn" } },
  ];
}

/**
 * The main image's tag as a stack input. Owned by the stack: a plain input defaulting to the
 * spec's tag. Owned by CI: an SSM-backed input naming the parameter CI writes, so every deploy
 * reads the tag CI last released and an infra deploy never rolls the image back.
 */
export function imageTagInput(ctx: LowerContext): StackInput {
  const image = parseImage(ctx.spec.container.image);
  const what = `${image.separator === "@" ? "digest" : "tag"} of container ${ctx.mainContainerName} (${image.repository})`;
  if (ctx.spec.deploy.imageOwner === "ci") {
    const parameter = imageTagParameterName(ctx.spec);
    return {
      id: IDS.imageTagInput,
      description: `SSM parameter holding the image ${what}. CI writes it on every release; each deploy reads it.`,
      default: parameter,
      ssmParameter: parameter,
    };
  }
  return { id: IDS.imageTagInput, description: `Image ${what}. CI sets it to roll out a new image.`, default: image.version };
}

function appSpec(ctx: LowerContext, spec: BlueGreenSpec): AppSpec {
  const target = loadBalancerTarget(ctx);
  if (!target) throw new Error("berth bug: blue/green deploy without a load balancer target");
  const hooks = spec.deploy.hooks;
  const arns: Record<(typeof LIFECYCLE_EVENTS)[number], string | undefined> = {
    BeforeInstall: hooks.beforeInstall,
    AfterInstall: hooks.afterInstall,
    AfterAllowTestTraffic: hooks.afterAllowTestTraffic,
    BeforeAllowTraffic: hooks.beforeAllowTraffic,
    AfterAllowTraffic: hooks.afterAllowTraffic,
  };
  return {
    containerName: target.containerName,
    containerPort: target.containerPort,
    ...(ctx.compute === "FARGATE" ? { platformVersion: "LATEST" } : {}),
    hooks: LIFECYCLE_EVENTS.flatMap((event) => {
      const functionArn = arns[event];
      return functionArn === undefined ? [] : [{ event, functionArn }];
    }),
  };
}

/** How a new image reaches production, for the generated README (and the appspec.yaml). */
export function lowerDelivery(ctx: LowerContext): Delivery {
  const { spec } = ctx;
  const image = parseImage(spec.container.image);
  return {
    strategy: spec.deploy.strategy,
    imageOwner: spec.deploy.imageOwner,
    imageInput: IDS.imageTagInput,
    imageRepository: image.repository,
    imageSeparator: image.separator,
    imageVersion: image.version,
    containerName: ctx.mainContainerName,
    ...(isBlueGreen(spec)
      ? {
          codeDeploy: {
            applicationName: codeDeployApplicationName(spec),
            deploymentGroupName: codeDeployGroupName(spec),
            deploymentConfigName: predefinedDeploymentConfig(spec.deploy) ?? customDeploymentConfigName(spec),
            trafficShape: trafficShape(spec.deploy),
            terminationWaitMinutes: spec.deploy.terminationWaitMinutes,
            testListener: spec.deploy.testTraffic !== undefined,
            appSpec: appSpec(ctx, spec),
          },
        }
      : {}),
    alarmNames: deploymentAlarmNames(ctx),
    rollbackOnAlarm: spec.deploy.alarms?.rollback ?? true,
  };
}
