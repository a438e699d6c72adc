import { PLACEHOLDERS } from "../spec/placeholders.js";
import type { SchemaKind } from "../spec/json-schema.js";

/** A value in a starter spec: a scalar, a list of strings, or a nested object. */
type Value = string | number | boolean | readonly string[] | { readonly fields: readonly Field[] };

/** One field of a starter spec, with the comment written above it. */
interface Field {
  readonly key: string;
  readonly value: Value;
  readonly comment?: string;
}

/** Marks a comment whose field holds a placeholder the user must replace (B120 until then). */
const CHANGE = "CHANGE:";

const DEFINE = { service: "defineService", task: "defineTask", cluster: "defineCluster" } as const;

/** What the header comment says each kind is. */
const ABOUT = {
  service: "A Fargate service: long-running tasks that ECS keeps at desiredCount.",
  task: "A Fargate task that EventBridge Scheduler starts on a schedule.",
  cluster: "An ECS cluster with Fargate and Fargate Spot capacity.",
} as const;

const account: Field = { key: "account", value: PLACEHOLDERS.account, comment: `${CHANGE} the 12-digit id of the AWS account the stack deploys to.` };
const region: Field = { key: "region", value: "us-east-1", comment: "The region the stack deploys to." };
const cluster: Field = { key: "cluster", value: "default", comment: "The ECS cluster's name or ARN (`berth init --kind cluster` writes a spec that creates one)." };
const size: Field[] = [
  { key: "cpu", value: 256, comment: "Task size: vCPU units (1024 = 1 vCPU) and MiB; berth checks the pair against what Fargate offers." },
  { key: "memory", value: 512 },
];
const image = (name: string): Field => ({
  key: "image",
  value: `${PLACEHOLDERS.account}.dkr.ecr.us-east-1.amazonaws.com/${name}:1.0.0`,
  comment: `${CHANGE} the image to run (an ECR repository in your account, or any registry).`,
});
const network = (withAllowFrom: boolean): Field => ({
  key: "network",
  value: {
    fields: [
      { key: "vpc", value: PLACEHOLDERS.vpc, comment: `${CHANGE} the VPC the tasks run in.` },
      { key: "subnets", value: [PLACEHOLDERS.subnetA, PLACEHOLDERS.subnetB], comment: `${CHANGE} private subnets of that VPC, in two or more Availability Zones.` },
      ...(withAllowFrom
        ? [{ key: "allowFrom", value: [PLACEHOLDERS.securityGroup], comment: `${CHANGE} who may reach the container port: your load balancer's security group, or a CIDR block.` }]
        : []),
    ],
  },
});

/** The fields of each kind's starter spec, in the order they are written. */
function fieldsOf(kind: SchemaKind, name: string): Field[] {
  const head: Field[] = [{ key: "name", value: name, comment: "Names the stack and its resources; output goes to out/<name>/." }, account, region];
  if (kind === "cluster") {
    return [...head, { key: "capacityProviders", value: { fields: [{ key: "fargate", value: true }, { key: "fargateSpot", value: true }] }, comment: "The capacity the cluster's services and tasks can use." }];
  }
  if (kind === "task") {
    return [
      ...head,
      cluster,
      ...size,
      { key: "container", value: { fields: [image(name), { key: "command", value: ["echo", "hello from berth"], comment: "Overrides the image's CMD; remove it to run the image as built." }] } },
      network(false),
      { key: "schedule", value: { fields: [{ key: "expression", value: "rate(1 day)", comment: "rate(...), cron(...) or at(...), as EventBridge Scheduler accepts them." }] }, comment: "When the task runs; without a schedule you start it yourself (the generated README shows the run-task command)." },
    ];
  }
  return [
    ...head,
    cluster,
    ...size,
    { key: "container", value: { fields: [image(name), { key: "port", value: 8080, comment: "The port the container listens on." }] } },
    network(true),
    { key: "desiredCount", value: 2, comment: "How many tasks ECS keeps running." },
  ];
}

/** The comment block at the top of every starter spec. */
function header(kind: SchemaKind, name: string): string[] {
  return [
    `${name}: ${ABOUT[kind]}`,
    `Written by \`berth init\`. Fields marked ${CHANGE} hold placeholders; \`berth validate\` warns (B120)`,
    "until each is replaced. `berth generate` writes CloudFormation and Terraform into out/.",
  ];
}

/** The starter spec of `kind` as a TypeScript file. */
export function typescriptStarter(kind: SchemaKind, name: string): string {
  const lines = [`import { ${DEFINE[kind]} } from "berth";`, "", "/**", ...header(kind, name).map((line) => ` * ${line}`), " * Hover a field in your editor for its documentation.", " */"];
  lines.push(`export default ${DEFINE[kind]}({`, ...typescriptFields(fieldsOf(kind, name), "  "), "});");
  return lines.join("\n") + "\n";
}

function typescriptFields(fields: readonly Field[], indent: string): string[] {
  return fields.flatMap((field) => {
    const comment = field.comment === undefined ? [] : [`${indent}// ${field.comment}`];
    const value = field.value;
    if (typeof value === "object" && "fields" in value) return [...comment, `${indent}${field.key}: {`, ...typescriptFields(value.fields, indent + "  "), `${indent}},`];
    const text = Array.isArray(value) ? `[${value.map((item) => JSON.stringify(item)).join(", ")}]` : JSON.stringify(value);
    return [...comment, `${indent}${field.key}: ${text},`];
  });
}

/** The starter spec of `kind` as a YAML document; `schemaPath` is the JSON Schema editors should use. */
export function yamlStarter(kind: SchemaKind, name: string, schemaPath: string): string {
  const lines = [`# yaml-language-server: $schema=${schemaPath}`, "#", ...header(kind, name).map((line) => `# ${line}`), `${kind}:`];
  lines.push(...yamlFields(fieldsOf(kind, name), "  "));
  return lines.join("\n") + "\n";
}

function yamlFields(fields: readonly Field[], indent: string): string[] {
  return fields.flatMap((field) => {
    const comment = field.comment === undefined ? [] : [`${indent}# ${field.comment}`];
    const value = field.value;
    if (typeof value === "object" && "fields" in value) return [...comment, `${indent}${field.key}:`, ...yamlFields(value.fields, indent + "  ")];
    const text = Array.isArray(value) ? `[${value.map(yamlScalar).join(", ")}]` : yamlScalar(value as string | number | boolean);
    return [...comment, `${indent}${field.key}: ${text}`];
  });
}

/** A scalar as YAML: plain when YAML reads it back as the same string, double-quoted otherwise. */
function yamlScalar(value: string | number | boolean): string {
  if (typeof value !== "string") return String(value);
  const plain = /^[A-Za-z][A-Za-z0-9._/-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}
