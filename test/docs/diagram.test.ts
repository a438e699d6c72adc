import { describe, expect, it } from "vitest";
import { TARGETS } from "../../src/backends/backend.js";
import { compile } from "../../src/compile.js";
import { mermaidDiagram, mermaidText } from "../../src/docs/diagram.js";
import type { Stack, TaskDefinitionResource } from "../../src/ir/index.js";
import { importSpecs, specFilesIn } from "../support/specs.js";

const ID = "[A-Za-z][A-Za-z0-9]*";
const LABEL = '"[^"`|\\n]*"';
/** The only line shapes the diagram may contain: the header, a node with a quoted label, an edge. */
const LINE = new RegExp(`^(flowchart LR|  ${ID}(\\[${LABEL}\\]|\\(\\[${LABEL}\\]\\)|\\[\\(${LABEL}\\)\\])|  ${ID} (-->|-\\.->)(\\|${LABEL}\\|)? ${ID})$`);

/** Checks the grammar line by line, and that every edge joins nodes declared before it. */
function checkShape(diagram: string): void {
  const declared = new Set<string>();
  for (const line of diagram.split("\n")) {
    expect(line).toMatch(LINE);
    const node = new RegExp(`^  (${ID})[[(]`).exec(line);
    if (node) declared.add(node[1]!);
    const edge = new RegExp(`^  (${ID}) -\\.?->(?:\\|[^|]*\\|)? (${ID})$`).exec(line);
    if (edge) {
      expect(declared.has(edge[1]!), line).toBe(true);
      expect(declared.has(edge[2]!), line).toBe(true);
    }
  }
}

describe("mermaidText", () => {
  it("replaces every character that could end a label, an edge label or the code fence", () => {
    expect(mermaidText('a"b')).toBe("a#quot;b");
    expect(mermaidText("x|y`z")).toBe("x#124;y#96;z");
    expect(mermaidText("<script>&#1;")).toBe("#lt;script#gt;#38;#35;1;");
    expect(mermaidText("two\nlines")).toBe("two lines");
  });
});

describe("the Mermaid diagram of every stack", async () => {
  const specs = await importSpecs([...specFilesIn("specs"), ...specFilesIn("test/fixtures/valid")]);
  const { stacks } = await compile(specs, { targets: TARGETS, hcl: false });
  const diagram = (name: string) => mermaidDiagram(stacks.find((s) => s.name === name)!);

  for (const stack of stacks) {
    it(`${stack.source}: well formed and the same on every run`, () => {
      checkShape(mermaidDiagram(stack));
      expect(mermaidDiagram(stack)).toBe(mermaidDiagram(structuredClone(stack)));
    });
  }

  it("draws traffic → listener rule → target group → service → task → secrets, logs and discovery (my-api)", () => {
    const lines = diagram("my-api").split("\n");
    for (const edge of [
      "  xClients --> ListenerRule",
      '  ListenerRule -->|"forwards"| TargetGroup',
      "  TargetGroup --> Service",
      '  Service -->|"runs"| TaskDefinition',
      '  TaskDefinition -->|"read at start"| xSecrets',
      '  TaskDefinition -->|"logs"| LogGroup',
      '  Service -->|"registers tasks"| DiscoveryService',
    ]) {
      expect(lines).toContain(edge);
    }
    expect(lines).toContain('  xSecrets[("Secrets<br/>DB_PASSWORD")]');
  });

  it("draws scaling, blue/green and schedules where the stack has them", () => {
    expect(diagram("spot-api")).toContain('  ScalableTarget["Auto scaling<br/>3–12 tasks<br/>spot-api-cpu, spot-api-requests"]');
    expect(diagram("spot-api")).toContain('  ScalableTarget -->|"sets the count"| Service');
    expect(diagram("canary-api")).toContain('  GreenTargetGroup -.->|"blue/green"| Service');
    expect(diagram("canary-api")).toContain('  CodeDeployDeploymentGroup -.->|"shifts traffic"| ListenerRule');
    expect(diagram("nightly-report")).toContain('  Schedule(["EventBridge Scheduler<br/>cron(0 3 * * ? *)<br/>Europe/Berlin"])');
    expect(diagram("nightly-report")).toContain('  Schedule -->|"runs 1"| TaskDefinition');
    expect(diagram("nightly-report")).not.toContain("xClients");
  });

  it("draws a cluster's capacity: Fargate, Spot and EC2 providers with their groups", () => {
    expect(diagram("prod-cluster")).toContain('  Cluster -->|"capacity"| xFargateSpot');
    expect(diagram("gpu-cluster")).toContain('  GpuG5CapacityProvider -->|"scales"| GpuG5AutoScalingGroup');
    expect(diagram("gpu-cluster")).toContain('  Cluster -->|"ECS Exec sessions"| ExecLogGroup');
  });

  it("keeps hostile names inside their labels", () => {
    const stack = stacks.find((s) => s.name === "my-api")!;
    const evil = 'x"] --> Pwned[("`|<b>#';
    const resources = stack.resources.map((r) => {
      if (r.kind !== "taskDefinition") return r;
      const task: TaskDefinitionResource = { ...r, family: evil, containers: r.containers.map((c) => ({ ...c, name: evil })) };
      return task;
    });
    const hostile: Stack = { ...stack, resources };
    const text = mermaidDiagram(hostile);
    checkShape(text);
    // The injected node exists only as label text: no line declares it.
    expect(text.split("\n").some((line) => line.startsWith("  Pwned"))).toBe(false);
    expect(text).toContain("x#quot;] --#gt; Pwned[(#quot;#96;#124;#lt;b#gt;#35;");
  });
});
