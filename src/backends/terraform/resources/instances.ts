import { AutoscalingGroup } from "@cdktf/provider-aws/lib/autoscaling-group/index.js";
import { IamInstanceProfile } from "@cdktf/provider-aws/lib/iam-instance-profile/index.js";
import { LaunchTemplate } from "@cdktf/provider-aws/lib/launch-template/index.js";
import type { AutoScalingGroupResource, InstanceProfileResource, LaunchTemplateResource } from "../../../ir/index.js";
import type { KindEmitter } from "../context.js";
import { primaryName } from "../names.js";
import { optional } from "./arguments.js";
import { tagsArgument } from "./tags.js";

/**
 * Base64 of the user data, as `user_data` requires. Encoded here rather than with Terraform's
 * `base64encode()`: a function call would need a template expression in the JSON and in the
 * HCL rendering; the text itself stays readable in the CloudFormation output of the same IR.
 * The emitter receives template-escaped literals (`$${`), so the escape is undone first: the
 * encoded bytes must be the IR's text, and base64 never contains `${`.
 */
function encodeUserData(escaped: string): string {
  const text = escaped.replace(/([$%])\1\{/g, "$1{");
  return Buffer.from(text, "utf8").toString("base64");
}

/**
 * `launchTemplate` → `aws_launch_template`. The AMI is the stack input (the SSM parameter read
 * at plan time); the instance profile is passed by ARN.
 */
export const launchTemplateEmitter: KindEmitter<LaunchTemplateResource> = {
  attributes: { id: "id", arn: "arn", name: "name" },
  emit(template, ctx) {
    const root = template.rootVolume;
    const hasTags = Object.keys(template.tags).length > 0;
    return ctx.create(LaunchTemplate, primaryName(template.id), {
      name: template.name,
      imageId: ctx.input(template.imageIdInput),
      ...optional("instanceType", template.instanceType),
      iamInstanceProfile: { arn: ctx.ref({ resource: template.instanceProfile, attribute: "arn" }) },
      // Security groups live on the interface: a launch template cannot set both.
      networkInterfaces: [
        {
          deviceIndex: 0,
          // The provider types these flags as strings ("true"/"false").
          associatePublicIpAddress: String(template.associatePublicIpAddress),
          deleteOnTermination: "true",
          securityGroups: template.securityGroups.map((group) => ctx.value(group)),
        },
      ],
      userData: encodeUserData(template.userData),
      metadataOptions: {
        httpEndpoint: "enabled",
        httpTokens: template.metadata.httpTokens,
        httpPutResponseHopLimit: template.metadata.httpPutResponseHopLimit,
      },
      blockDeviceMappings: [
        {
          deviceName: root.deviceName,
          // The provider types these EBS flags as strings ("true"/"false").
          ebs: { volumeType: root.volumeType, ...optional("volumeSize", root.sizeGiB), encrypted: String(root.encrypted), deleteOnTermination: "true" },
        },
      ],
      ...(hasTags ? { tagSpecifications: [{ resourceType: "volume", tags: { ...template.tags } }] } : {}),
      ...tagsArgument(template.tags),
    });
  },
};

/**
 * `autoScalingGroup` → `aws_autoscaling_group`. ECS managed scaling owns `desired_capacity`, so
 * it is ignored after creation (an apply would otherwise reset it to the minimum); the launch
 * template is pinned to its `latest_version`, so a new AMI reaches instances launched after the
 * apply.
 */
export const autoScalingGroupEmitter: KindEmitter<AutoScalingGroupResource> = {
  attributes: { name: "name", arn: "arn", id: "id" },
  emit(group, ctx) {
    const specification = {
      id: ctx.ref({ resource: group.launchTemplate, attribute: "id" }),
      version: ctx.terraformAttribute(group.launchTemplate, "launchTemplate", "latest_version"),
    };
    const mixed = group.instanceTypeOverrides.length > 0;
    return ctx.create(AutoscalingGroup, primaryName(group.id), {
      name: group.name,
      minSize: group.minSize,
      maxSize: group.maxSize,
      vpcZoneIdentifier: [...group.subnets],
      ...(mixed
        ? {
            mixedInstancesPolicy: {
              launchTemplate: {
                launchTemplateSpecification: { launchTemplateId: specification.id, version: specification.version },
                override: group.instanceTypeOverrides.map((type) => ({ instanceType: type })),
              },
            },
          }
        : { launchTemplate: specification }),
      protectFromScaleIn: group.protectFromScaleIn,
      forceDelete: group.forceDelete,
      tag: group.tags.map((tag) => ({ key: tag.key, value: tag.value, propagateAtLaunch: tag.propagateAtLaunch })),
      ...(group.externallyManaged.length === 0 ? {} : { lifecycle: { ignoreChanges: group.externallyManaged.map(() => "desired_capacity") } }),
      dependsOn: group.dependsOn.map((id) => ctx.dependency(id)),
    });
  },
};

/** `instanceProfile` → `aws_iam_instance_profile` carrying one role of the stack. */
export const instanceProfileEmitter: KindEmitter<InstanceProfileResource> = {
  attributes: { name: "name", arn: "arn", id: "id" },
  emit(profile, ctx) {
    return ctx.create(IamInstanceProfile, primaryName(profile.id), {
      name: profile.name,
      role: ctx.ref({ resource: profile.role, attribute: "name" }),
    });
  },
};
