import type { AutoScalingGroupResource, InstanceProfileResource, LaunchTemplateResource } from "../../../ir/index.js";
import type { References } from "../attributes.js";
import { Base64, GetAtt, Ref } from "../intrinsics.js";
import { cfnTags, nonEmpty, type CfnObject, type CfnResource } from "../values.js";

/** EC2's tag specification for the resources a launch template creates; undefined without tags. */
function volumeTags(template: LaunchTemplateResource): CfnObject[] | undefined {
  const tags = cfnTags(template.tags);
  return tags === undefined ? undefined : [{ ResourceType: "volume", Tags: tags }];
}

/**
 * `launchTemplate` → `AWS::EC2::LaunchTemplate`. The AMI is the stack parameter CloudFormation
 * resolves from SSM at each deploy; user data is written as `!Base64` over plain text so the
 * agent configuration stays readable in review.
 */
export function launchTemplateResource(template: LaunchTemplateResource, refs: References): CfnResource {
  const root = template.rootVolume;
  const tags = cfnTags(template.tags);
  return {
    Type: "AWS::EC2::LaunchTemplate",
    Properties: {
      LaunchTemplateName: template.name,
      LaunchTemplateData: {
        ImageId: new Ref(template.imageIdInput),
        InstanceType: template.instanceType,
        IamInstanceProfile: { Arn: refs.attribute({ resource: template.instanceProfile, attribute: "arn" }, "instanceProfile") },
        // Security groups live on the interface: a launch template cannot set both.
        NetworkInterfaces: [
          {
            DeviceIndex: 0,
            AssociatePublicIpAddress: template.associatePublicIpAddress,
            DeleteOnTermination: true,
            Groups: template.securityGroups.map((group) => refs.value(group)),
          },
        ],
        UserData: new Base64(template.userData),
        MetadataOptions: {
          HttpEndpoint: "enabled",
          HttpTokens: template.metadata.httpTokens,
          HttpPutResponseHopLimit: template.metadata.httpPutResponseHopLimit,
        },
        BlockDeviceMappings: [
          {
            DeviceName: root.deviceName,
            Ebs: { VolumeType: root.volumeType, VolumeSize: root.sizeGiB, Encrypted: root.encrypted, DeleteOnTermination: true },
          },
        ],
        TagSpecifications: volumeTags(template),
      },
      TagSpecifications: tags === undefined ? undefined : [{ ResourceType: "launch-template", Tags: tags }],
    },
  };
}

/**
 * `autoScalingGroup` → `AWS::AutoScaling::AutoScalingGroup`. `DesiredCapacity` is left out:
 * ECS managed scaling owns it, and CloudFormation then never resets it on update. The launch
 * template is pinned to `LatestVersionNumber` (CloudFormation rejects `$Latest`), so a new AMI
 * reaches instances launched after the deploy. Sizes are strings in this resource's schema.
 */
export function autoScalingGroupResource(group: AutoScalingGroupResource, refs: References): CfnResource {
  const templateId = refs.logicalId(group.launchTemplate);
  const specification = { LaunchTemplateId: new Ref(templateId), Version: new GetAtt(templateId, "LatestVersionNumber") };
  const mixed = group.instanceTypeOverrides.length > 0;
  return {
    Type: "AWS::AutoScaling::AutoScalingGroup",
    DependsOn: nonEmpty(group.dependsOn.map((id) => refs.logicalId(id))),
    Properties: {
      AutoScalingGroupName: group.name,
      MinSize: String(group.minSize),
      MaxSize: String(group.maxSize),
      VPCZoneIdentifier: [...group.subnets],
      LaunchTemplate: mixed ? undefined : specification,
      MixedInstancesPolicy: mixed
        ? {
            LaunchTemplate: {
              LaunchTemplateSpecification: specification,
              Overrides: group.instanceTypeOverrides.map((type) => ({ InstanceType: type })),
            },
          }
        : undefined,
      NewInstancesProtectedFromScaleIn: group.protectFromScaleIn,
      Tags: group.tags.map((tag) => ({ Key: tag.key, Value: tag.value, PropagateAtLaunch: tag.propagateAtLaunch })),
    },
  };
}

/** `instanceProfile` → `AWS::IAM::InstanceProfile` carrying one role of the stack. */
export function instanceProfileResource(profile: InstanceProfileResource, refs: References): CfnResource {
  return {
    Type: "AWS::IAM::InstanceProfile",
    Properties: {
      InstanceProfileName: profile.name,
      Roles: [refs.attribute({ resource: profile.role, attribute: "name" }, "role")],
    },
  };
}
