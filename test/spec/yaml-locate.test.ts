import { describe, expect, it } from "vitest";
import { placeholderIn } from "../../src/spec/placeholders.js";
import { locateYamlPath, yamlNodeTree } from "../../src/spec/yaml-locate.js";

const SPEC = [
  "# a comment line",
  "service:",
  "  name: api",
  "  container: { image: 'nginx', port: 8080 }",
  "  sidecars:",
  "    - name: proxy",
  "      image: envoy",
  "    - { name: agent, image: datadog }",
  "  network:",
  "    subnets:",
  "      - subnet-a",
  "      - subnet-b",
  "  tags: { 'team name': core }",
  "",
].join("\n");

describe("locateYamlPath", () => {
  const tree = yamlNodeTree(SPEC)!;
  const at = (path: string) => locateYamlPath(tree, path);

  it("points at the key of block and flow mapping entries", () => {
    expect(at("name")).toEqual({ line: 3, column: 3 });
    expect(at("container.port")).toEqual({ line: 4, column: 32 });
    expect(at('tags["team name"]')).toEqual({ line: 13, column: 11 });
  });

  it("points at sequence items and into mappings inside them", () => {
    expect(at("network.subnets[1]")).toEqual({ line: 12, column: 9 });
    expect(at("sidecars[0].image")).toEqual({ line: 7, column: 7 });
    expect(at("sidecars[1].image")).toEqual({ line: 8, column: 22 });
  });

  it("falls back to the closest entry that exists", () => {
    expect(at("network.vpc")).toEqual({ line: 9, column: 3 });
    expect(at("sidecars[5].name")).toEqual({ line: 5, column: 3 });
  });

  it("gives up on text that is not YAML or not a one-key document", () => {
    expect(yamlNodeTree("service: [unclosed\n")).toBeUndefined();
    expect(locateYamlPath(yamlNodeTree("a: 1\nb: 2\n")!, "a")).toBeUndefined();
  });
});

describe("placeholderIn", () => {
  it("recognises init's placeholders, alone or as the account inside an image or ARN", () => {
    expect(placeholderIn("000000000000")).toBe("the AWS account id");
    expect(placeholderIn("subnet-00000000000000001")).toBe("a subnet id");
    expect(placeholderIn("000000000000.dkr.ecr.us-east-1.amazonaws.com/app:1")).toContain("account");
    expect(placeholderIn("arn:aws:sqs:us-east-1:000000000000:jobs")).toContain("account");
  });

  it("leaves real values alone, including longer runs of zeros", () => {
    for (const value of ["123456789012", "subnet-0a1b2c3d", "0000000000000", "vpc-0000000000000000f", "nginx:1.27"]) expect(placeholderIn(value), value).toBeUndefined();
  });
});
