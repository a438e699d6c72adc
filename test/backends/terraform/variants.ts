import type { Resource, Stack } from "../../../src/ir/index.js";
import { myApiStack } from "../fixtures.js";

type Kind = Resource["kind"];
type Of<K extends Kind> = Extract<Resource, { kind: K }>;

function find<K extends Kind>(stack: Stack, kind: K): Of<K> {
  const found = stack.resources.find((resource): resource is Of<K> => resource.kind === kind);
  if (found === undefined) throw new Error(`fixture has no ${kind}`);
  return found;
}

function replace(stack: Stack, updated: Resource): Stack {
  return { ...stack, resources: stack.resources.map((resource) => (resource.id === updated.id ? updated : resource)) };
}

/**
 * The fixture with the paths the guide's service does not take: a fixed image plus a sidecar
 * with every optional container field, template characters in user values, CIDR (v4 and v6)
 * ingress, host-header routing, ephemeral storage, ARM, no tags, and resources in reverse order.
 */
export function kitchenSinkStack(): Stack {
  let stack: Stack = myApiStack();
  const task = find(stack, "taskDefinition");
  const [api] = task.containers;
  if (api === undefined) throw new Error("fixture has no container");
  stack = replace(stack, {
    ...task,
    ephemeralStorageGiB: 40,
    runtimePlatform: { cpuArchitecture: "ARM64", operatingSystemFamily: "LINUX" },
    tags: {},
    containers: [
      {
        ...api,
        environment: [...api.environment, { name: "GREETING", value: 'say "hi" to ${USER} at 100%{x}\nbye' }],
        dependsOn: [{ containerName: "envoy", condition: "HEALTHY" }],
      },
      {
        name: "envoy",
        image: { kind: "fixed", reference: "public.ecr.aws/appmesh/aws-appmesh-envoy:v1.29.12.1-prod" },
        essential: false,
        portMappings: [{ containerPort: 9901, protocol: "tcp", name: "admin" }],
        environment: [],
        secrets: [],
        command: ["/usr/bin/envoy", "--log-level", "info"],
        entryPoint: ["/bin/sh", "-c"],
        workingDirectory: "/etc/envoy",
        healthCheck: { command: ["CMD-SHELL", "curl -s localhost:9901/ready"], interval: 10, timeout: 2, retries: 3, startPeriod: 10 },
        readonlyRootFilesystem: false,
        user: "1337",
        cpu: 128,
        memory: 256,
        memoryReservation: 128,
        dependsOn: [],
        mountPoints: [],
        volumesFrom: [],
        logging: api.logging.driver === "awslogs" ? { ...api.logging, streamPrefix: "envoy" } : api.logging,
      },
    ],
  });
  const group = find(stack, "securityGroup");
  stack = replace(stack, {
    ...group,
    ingress: [
      ...group.ingress,
      { protocol: "tcp", fromPort: 9000, toPort: 9100, source: { cidr: "10.0.0.0/16" }, description: "Metrics scrapers" },
      { protocol: "udp", fromPort: 53, toPort: 53, source: { cidr: "2001:db8::/32" }, description: "IPv6 peers" },
    ],
  });
  const rule = find(stack, "listenerRule");
  stack = replace(stack, { ...rule, hostHeaders: ["api.example.com"] });
  const service = find(stack, "service");
  stack = replace(stack, {
    ...service,
    network: { ...service.network!, securityGroups: [...service.network!.securityGroups, "sg-0123456789abcdef0"] },
    tags: {},
  });
  return { ...stack, resources: [...stack.resources].reverse() };
}
