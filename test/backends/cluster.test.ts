import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { Base64, CFN_SCHEMA, GetAtt, Ref } from "../../src/backends/cloudformation/intrinsics.js";
import { renderTemplate } from "../../src/backends/cloudformation/index.js";
import { compile } from "../../src/compile.js";
import gpuCluster from "../../specs/gpu-cluster.js";
import logAgent from "../../specs/log-agent.js";

type Json = Record<string, any>;

/** Every output file of one spec, by target. */
async function outputs(file: string, exported: unknown, hcl = false): Promise<{ cfn: Json; tf: Json; hcl?: string }> {
  const result = await compile([{ file, exported }], { targets: ["cloudformation", "terraform"], hcl });
  expect(result.diagnostics).toEqual([]);
  const text = (suffix: string) => result.files.find((f) => f.path.endsWith(suffix))?.contents;
  return {
    cfn: yaml.load(text("template.yaml")!, { schema: CFN_SCHEMA }) as Json,
    tf: hcl ? {} : (JSON.parse(text("main.tf.json")!) as Json),
    ...(hcl ? { hcl: text("main.tf")! } : {}),
  };
}

const USER_DATA = "#!/bin/bash\necho ECS_CLUSTER=gpu-cluster >> /etc/ecs/ecs.config\n";
const AMI_PARAMETER = "/aws/service/ecs/optimized-ami/amazon-linux-2023/gpu/recommended/image_id";

describe("CloudFormation: the GPU cluster", async () => {
  const { cfn } = await outputs("specs/gpu-cluster.ts", gpuCluster);
  const props = (id: string): Json => cfn.Resources[id].Properties;

  it("declares the AMI as an SSM-typed parameter defaulting to the public path", () => {
    expect(cfn.Parameters.GpuG5AmiId).toMatchObject({ Type: "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", Default: AMI_PARAMETER });
    expect(props("GpuG5LaunchTemplate").LaunchTemplateData.ImageId).toEqual(new Ref("GpuG5AmiId"));
  });

  it("writes the user data as !Base64 over readable text", () => {
    expect(props("GpuG5LaunchTemplate").LaunchTemplateData.UserData).toEqual(new Base64(USER_DATA));
  });

  it("pins the group to the launch template's latest version and omits DesiredCapacity", () => {
    const group = cfn.Resources.GpuG5AutoScalingGroup;
    expect(group.DependsOn).toEqual(["Cluster"]);
    expect(group.Properties.MixedInstancesPolicy.LaunchTemplate.LaunchTemplateSpecification).toEqual({
      LaunchTemplateId: new Ref("GpuG5LaunchTemplate"),
      Version: new GetAtt("GpuG5LaunchTemplate", "LatestVersionNumber"),
    });
    expect(group.Properties).not.toHaveProperty("DesiredCapacity");
    expect(group.Properties).toMatchObject({ MinSize: "0", MaxSize: "6", NewInstancesProtectedFromScaleIn: true });
  });

  it("references the group by ARN from the capacity provider, and the provider by name from the association", () => {
    expect(props("GpuG5CapacityProvider").AutoScalingGroupProvider.AutoScalingGroupArn).toEqual(new GetAtt("GpuG5AutoScalingGroup", "AutoScalingGroupARN"));
    expect(props("ClusterCapacityProviders").CapacityProviders).toEqual(["FARGATE", new Ref("GpuG5CapacityProvider")]);
    expect(props("ClusterCapacityProviders").Cluster).toEqual(new Ref("Cluster"));
  });
});

describe("the !Base64 intrinsic", () => {
  it("round-trips through the CloudFormation YAML schema in short form", () => {
    const text = renderTemplate({ UserData: new Base64(USER_DATA) });
    expect(text.startsWith("UserData: !Base64")).toBe(true);
    expect(yaml.load(text, { schema: CFN_SCHEMA })).toEqual({ UserData: new Base64(USER_DATA) });
  });
});

describe("Terraform: the GPU cluster", async () => {
  const { tf } = await outputs("specs/gpu-cluster.ts", gpuCluster);
  const resource = (type: string, name: string): Json => tf.resource[type][name];

  it("reads the AMI through a variable naming the parameter and an aws_ssm_parameter data source", () => {
    expect(tf.variable.gpu_g5_ami_id).toMatchObject({ type: "string", default: AMI_PARAMETER });
    expect(tf.data.aws_ssm_parameter.gpu_g5_ami_id).toEqual({ name: "${var.gpu_g5_ami_id}" });
    expect(resource("aws_launch_template", "gpu_g5_launch_template").image_id).toBe("${data.aws_ssm_parameter.gpu_g5_ami_id.insecure_value}");
  });

  it("carries no cdktf metadata in data sources", () => {
    expect(JSON.stringify(tf.data)).not.toContain('"//"');
  });

  it("base64-encodes exactly the user data text", () => {
    const encoded = resource("aws_launch_template", "gpu_g5_launch_template").user_data as string;
    expect(Buffer.from(encoded, "base64").toString("utf8")).toBe(USER_DATA);
  });

  it("ignores the desired capacity ECS sets, pins the latest template version and force-deletes protected instances", () => {
    const group = resource("aws_autoscaling_group", "gpu_g5_auto_scaling_group");
    expect(group.lifecycle).toEqual({ ignore_changes: ["desired_capacity"] });
    expect(group).not.toHaveProperty("desired_capacity");
    expect(group.mixed_instances_policy.launch_template.launch_template_specification.version).toBe(
      "${aws_launch_template.gpu_g5_launch_template.latest_version}",
    );
    expect(group).toMatchObject({ protect_from_scale_in: true, force_delete: true, depends_on: ["aws_ecs_cluster.cluster"] });
    expect(group.tag).toContainEqual({ key: "AmazonECSManaged", value: "true", propagate_at_launch: true });
  });

  it("associates the providers with the default strategy", () => {
    expect(resource("aws_ecs_cluster_capacity_providers", "cluster_capacity_providers")).toEqual({
      cluster_name: "${aws_ecs_cluster.cluster.name}",
      capacity_providers: ["FARGATE", "${aws_ecs_capacity_provider.gpu_g5_capacity_provider.name}"],
      default_capacity_provider_strategy: [{ base: 0, capacity_provider: "FARGATE", weight: 1 }],
    });
  });
});

describe("Terraform HCL: data sources and lifecycle blocks", async () => {
  const { hcl } = await outputs("specs/gpu-cluster.ts", gpuCluster, true);

  it("renders the SSM data source and the lifecycle meta-argument as blocks", () => {
    expect(hcl).toContain('data "aws_ssm_parameter" "gpu_g5_ami_id" {\n  name = var.gpu_g5_ami_id\n}');
    expect(hcl).toContain("  lifecycle {\n    ignore_changes = [desired_capacity]\n  }");
    expect(hcl).toContain("image_id = data.aws_ssm_parameter.gpu_g5_ami_id.insecure_value");
  });
});

describe("plain stack inputs are unchanged", async () => {
  const { cfn, tf } = await outputs("specs/log-agent.ts", logAgent);

  it("stays a String parameter and a variable referenced directly", () => {
    expect(cfn.Parameters.ImageTag).toMatchObject({ Type: "String", Default: "2.32.4" });
    expect(tf).not.toHaveProperty("data");
    expect(tf.resource.aws_ecs_task_definition.task_definition.container_definitions).toContain("${var.image_tag}");
  });
});
