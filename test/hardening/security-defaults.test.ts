import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { CFN_SCHEMA } from "../../src/backends/cloudformation/intrinsics.js";
import { compile } from "../../src/compile.js";
import gpuCluster from "../../specs/gpu-cluster.js";

type Json = Record<string, any>;

async function outputs(file: string, exported: unknown): Promise<{ cfn: Json; tf: Json }> {
  const result = await compile([{ file, exported }], { targets: ["cloudformation", "terraform"], hcl: false });
  expect(result.diagnostics).toEqual([]);
  const text = (suffix: string) => result.files.find((f) => f.path.endsWith(suffix))!.contents;
  return { cfn: yaml.load(text("template.yaml"), { schema: CFN_SCHEMA }) as Json, tf: JSON.parse(text("main.tf.json")) as Json };
}

const KEY = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

/** Security defaults of the cluster stack (cfn-guard / checkov findings on the guide's GPU cluster). */
describe("the GPU cluster's security defaults, on both engines", async () => {
  const { cfn, tf } = await outputs("specs/gpu-cluster.ts", gpuCluster);

  it("encrypts the ECS Exec log group with the cluster's Exec KMS key and tells ECS to write it encrypted", () => {
    expect(cfn.Resources.ExecLogGroup.Properties.KmsKeyId).toBe(KEY);
    expect(cfn.Resources.Cluster.Properties.Configuration.ExecuteCommandConfiguration.LogConfiguration.CloudWatchEncryptionEnabled).toBe(true);
    expect(tf.resource.aws_cloudwatch_log_group.exec_log_group.kms_key_id).toBe(KEY);
    expect(tf.resource.aws_ecs_cluster.cluster.configuration.execute_command_configuration.log_configuration.cloud_watch_encryption_enabled).toBe(true);
  });

  it("pins container instances to no public IP, with the security group on the interface", () => {
    const [cfnTemplate] = Object.values(cfn.Resources).filter((r: any) => r.Type === "AWS::EC2::LaunchTemplate") as Json[];
    const data = cfnTemplate!.Properties.LaunchTemplateData;
    expect(data.SecurityGroupIds).toBeUndefined();
    expect(data.NetworkInterfaces).toEqual([expect.objectContaining({ DeviceIndex: 0, AssociatePublicIpAddress: false, Groups: [expect.anything()] })]);
    const [tfTemplate] = Object.values(tf.resource.aws_launch_template) as Json[];
    expect(tfTemplate!.vpc_security_group_ids).toBeUndefined();
    expect(tfTemplate!.network_interfaces).toEqual([expect.objectContaining({ device_index: 0, associate_public_ip_address: "false", security_groups: [expect.any(String)] })]);
  });
});
