import { z } from "zod";
import { resourceName, tags } from "./common.js";
import { clusterNamespace } from "./discovery.js";
import { capacityProviderItem } from "./placement.js";
import { overrides } from "./overrides.js";

/** Where the instances of an Auto Scaling group capacity provider live. */
export const instanceNetwork = z.strictObject({
  /** VPC id (`vpc-` + 8 or 17 hex digits). */
  vpc: z.string(),
  /** Subnets the Auto Scaling group launches instances into; private subnets are the safe choice. */
  subnets: z.array(z.string()).min(1).max(16),
  /**
   * Existing security groups for the instances. When absent, berth creates one that admits the
   * dynamic host port range (32768–65535, what bridge-mode tasks are mapped to) from `allowFrom`
   * and allows all egress. @default a generated security group
   */
  securityGroups: z.array(z.string()).min(1).max(5).optional(),
  /**
   * Sources allowed to reach the dynamic host ports through the generated security group: the
   * load balancer's security group, typically, or IPv4 CIDR blocks. @default []
   */
  allowFrom: z.array(z.string()).default([]),
});

/**
 * An EC2 Auto Scaling group capacity provider: instances launched from the ECS-optimized Amazon
 * Linux 2023 AMI (looked up through its public SSM parameter at deploy time), with ECS managed
 * scaling and managed termination protection.
 */
export const ec2CapacityProvider = z.strictObject({
  /**
   * Capacity provider name; services name it in their `capacityProviders`. Unique per account
   * and region, and it must not start with `aws`, `ecs` or `fargate`.
   */
  name: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, "must be 1–64 letters, digits, _ and -, starting with a letter"),
  /**
   * EC2 instance types, e.g. `["g5.xlarge"]`. With several, the group launches whichever has
   * capacity, in the order given (a mixed instances policy).
   */
  instanceTypes: z.array(z.string().regex(/^[a-z][a-z0-9-]*\.[a-z0-9-]+$/, "must be an instance type such as m7i.large")).min(1).max(20),
  /** Fewest instances. @default 0 */
  minSize: z.number().int().min(0).default(0),
  /** Most instances. */
  maxSize: z.number().int().min(1),
  /**
   * Managed scaling target: how full ECS keeps the group, in percent of instances running tasks
   * (1–100; 100 = no spare instance). @default 100
   */
  targetCapacity: z.number().int().min(1).max(100).default(100),
  /**
   * Managed termination protection: ECS only lets the group scale in instances that run no
   * tasks (berth then sets the group's scale-in protection for new instances). @default true
   */
  managedTerminationProtection: z.boolean().default(true),
  /** CPU architecture of the instances; picks the arm64 or x86_64 AMI. @default "x86_64" */
  architecture: z.enum(["x86_64", "arm64"]).default("x86_64"),
  /** GPU instances: use the ECS GPU-optimized AMI (NVIDIA drivers; x86_64 only). @default false */
  gpu: z.boolean().default(false),
  /** Root volume size in GiB (30–16384); encrypted gp3 either way. @default the AMI's size */
  rootVolumeGiB: z.number().int().min(30).max(16384).optional(),
  /** Where the instances run. */
  network: instanceNetwork,
});

/** The capacity providers associated with the cluster. */
export const clusterCapacityProviders = z.strictObject({
  /** Associate AWS Fargate. @default true */
  fargate: z.boolean().default(true),
  /** Associate Fargate Spot (services then opt in through their strategy). @default true */
  fargateSpot: z.boolean().default(true),
  /** EC2 Auto Scaling group capacity providers the stack creates. @default [] */
  ec2: z.array(ec2CapacityProvider).max(10).default([]),
});

/** ECS Exec on the cluster: where session output is logged and how it is encrypted. */
export const clusterExec = z.strictObject({
  /**
   * Where the output of `aws ecs execute-command` sessions is logged: `"task"` uses each task's
   * awslogs log group (ECS's DEFAULT), `"cluster"` a log group this stack creates
   * (`/ecs/<cluster>/exec`), `"none"` turns logging off. @default "task"
   */
  logging: z.enum(["task", "cluster", "none"]).default("task"),
  /** Days to keep session logs in the cluster's log group (`logging: "cluster"`). @default 365 */
  retentionDays: z.number().int().default(365),
  /**
   * ARN of a customer managed KMS key that encrypts session data between client and container;
   * with `logging: "cluster"` it also encrypts the cluster's session log group, so its key policy
   * must allow `logs.<region>.amazonaws.com`. @default none
   */
  kmsKey: z.string().optional(),
});

/** An ECS cluster with its capacity providers. The single source of truth for `defineCluster()`. */
export const clusterSchema = z.strictObject({
  /** Cluster name (≤ 40 characters, so the derived IAM role names fit); services name it in `cluster`. */
  name: resourceName.max(40),
  /** AWS account id the stack deploys to (12 digits). */
  account: z.string(),
  /** AWS region the stack deploys to, e.g. `us-east-1`. */
  region: z.string(),
  /**
   * CloudWatch Container Insights: `"enhanced"` adds task- and container-level metrics (billed
   * per metric). @default "enabled"
   */
  containerInsights: z.enum(["enabled", "enhanced", "disabled"]).default("enabled"),
  /** Capacity providers. @default Fargate and Fargate Spot, no EC2 */
  capacityProviders: clusterCapacityProviders.default({ fargate: true, fargateSpot: true, ec2: [] }),
  /**
   * Strategy for tasks started without a launch type or strategy of their own.
   * @default FARGATE (weight 1) when Fargate is associated, else the first associated provider
   */
  defaultStrategy: z.array(capacityProviderItem).min(1).max(20).optional(),
  /**
   * Attach AmazonSSMManagedInstanceCore to the EC2 instances' role, so operators reach instances
   * with Session Manager (audited, no SSH keys, no open port 22). @default true
   */
  sessionManager: z.boolean().default(true),
  /**
   * A Cloud Map private DNS namespace for service discovery, e.g. `{ name: "prod.local", vpc:
   * "vpc-0a1b2c3d" }`; its id is exported as `<cluster>-NamespaceId` for the services that name
   * it. @default none
   */
  namespace: clusterNamespace.optional(),
  /** ECS Exec settings. @default logging to each task's log group, no KMS key */
  exec: clusterExec.default({ logging: "task", retentionDays: 365 }),
  /**
   * ARN of an IAM managed policy set as the permissions boundary of the role the stack creates
   * for EC2 container instances (there is none without EC2 capacity providers). @default none
   */
  permissionsBoundary: z.string().optional(),
  /** IAM path of the EC2 instance role, `/` + segments + `/`, e.g. `/ecs/`. @default "/" (no path) */
  rolePath: z.string().optional(),
  /** Tags on every taggable resource (and the instances). @default {} */
  tags: tags.default({}),
  /**
   * Escape hatch: per-backend changes to the emitted resources, as on services and tasks
   * (`{ cloudformation: { <logicalId>: { <path>: value } }, terraform: { <address>: { <path>: value } } }`).
   * Not validated by berth; the generated README lists them. @default none
   */
  overrides: overrides.optional(),
});

/** What a spec author writes (defaults optional). */
export type ClusterSpec = z.input<typeof clusterSchema>;
/** A cluster spec after parsing: every default filled in. */
export type ParsedCluster = z.output<typeof clusterSchema>;
/** One EC2 capacity provider after parsing. */
export type ParsedEc2CapacityProvider = z.output<typeof ec2CapacityProvider>;
/** One EC2 capacity provider as written. */
export type Ec2CapacityProviderSpec = z.input<typeof ec2CapacityProvider>;
