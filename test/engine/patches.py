"""Patches to moto 5.2.5 for berth's engine test (see moto-harness.py).

Each patch is a function named after the moto behaviour it works around; its docstring says what
AWS does instead. A patch only makes moto remember or return what AWS remembers or returns: none
accepts a value AWS would reject, so none can hide a bug in berth's output.
"""

from __future__ import annotations

from typing import Any, Callable


def ecs_create_service_drops_unmodelled_fields() -> None:
    """moto's ECS CreateService passes a fixed list of request fields to its model and drops the
    rest (healthCheckGracePeriodSeconds, enableECSManagedTags, availabilityZoneRebalancing,
    deploymentConfiguration, enableExecuteCommand, capacityProviderStrategy, placement...), so
    DescribeServices returns less than AWS and every plan shows them as changes. UpdateService
    already stores every field it gets; this stores CreateService's others the same way."""
    from moto.core.utils import camelcase_to_underscores
    from moto.ecs.responses import EC2ContainerServiceResponse

    consumed = {
        "cluster", "serviceName", "taskDefinition", "desiredCount", "loadBalancers", "schedulingStrategy",
        "serviceRegistries", "tags", "deploymentController", "launchType", "platformVersion", "propagateTags",
        "networkConfiguration", "role", "clientToken",
    }
    original = EC2ContainerServiceResponse.create_service

    def create_service(self: Any) -> Any:
        result = original(self)
        cluster = self._get_param("cluster", "default").split("/")[-1]
        service = self.ecs_backend._get_service(cluster, self._get_param("serviceName"))
        for key, value in self._get_params().items():
            name = camelcase_to_underscores(key)
            if key not in consumed and value is not None and getattr(service, name, None) is None:
                setattr(service, name, value)
        return result

    EC2ContainerServiceResponse.create_service = create_service  # type: ignore[method-assign]


def ec2_security_group_rule_description_ignores_source_group() -> None:
    """moto's SecurityGroupRule.description reads only the CIDR range's Description, so a rule whose
    source is another security group (UserIdGroupPairs) comes back from DescribeSecurityGroupRules
    without the description AWS stores for it."""
    from moto.ec2.models.security_groups import SecurityGroupRule

    def description(self: Any) -> str | None:
        return self.ip_range.get("Description") or self.source_group.get("Description")

    SecurityGroupRule.description = property(description)  # type: ignore[assignment]


def cloudformation_skips_unimplemented_types_then_fails_on_their_refs() -> None:
    """moto's CloudFormation skips a resource type it does not implement (AWS::ServiceDiscovery::Service,
    AWS::CodeDeploy::*, AWS::Scheduler::Schedule, ...) but then fails the whole CreateStack with an
    internal error when another resource refers to it (Ref or Fn::GetAtt), so a template that AWS
    creates never gets past moto. The stub stands in for such a resource: its Ref and attributes are
    placeholder ARNs, so the resources moto does implement are created and checked. The test lists
    the stubbed types; it does not count them as created."""
    from moto.cloudformation import parsing

    # Duck-typed, not a CloudFormationModel: that base registers real moto services by module name.
    class UnimplementedResourceStub:
        def __init__(self, resource_type: str, name: str, account_id: str, region: str) -> None:
            service = resource_type.split("::")[1].lower()
            self.physical_resource_id = f"arn:aws:{service}:{region}:{account_id}:stub/{name}"

        def get_cfn_attribute(self, attribute_name: str) -> str:
            return f"{self.physical_resource_id}/{attribute_name}"

        @staticmethod
        def has_cfn_attr(attribute: str) -> bool:
            return True

        @staticmethod
        def is_created() -> bool:
            return True

    original = parsing.resource_class_from_type

    def resource_class_from_type(resource_type: str) -> Any:
        found = original(resource_type)
        if found is not None or resource_type in parsing.NULL_MODELS:
            return found

        class Stub(UnimplementedResourceStub):
            @classmethod
            def create_from_cloudformation_json(cls, resource_name: str, cloudformation_json: Any, account_id: str, region_name: str, **kwargs: Any) -> Any:
                return cls(resource_type, resource_name, account_id, region_name)

        return Stub

    parsing.resource_class_from_type = resource_class_from_type


def elbv2_target_group_has_no_cloudformation_attributes() -> None:
    """moto's FakeTargetGroup implements no Fn::GetAtt attribute, so a template that reads
    TargetGroupName or TargetGroupFullName (CodeDeploy blue/green, CloudWatch alarm dimensions)
    fails with an internal error. AWS returns the name and `targetgroup/<name>/<id>`."""
    from moto.elbv2.models import FakeTargetGroup

    def get_cfn_attribute(self: Any, attribute_name: str) -> Any:
        if attribute_name == "TargetGroupName":
            return self.name
        if attribute_name == "TargetGroupFullName":
            return self.arn.split(":")[-1]
        if attribute_name == "TargetGroupArn":
            return self.arn
        if attribute_name == "LoadBalancerArns":
            return list(self.load_balancer_arns)
        from moto.cloudformation.exceptions import UnformattedGetAttTemplateException

        raise UnformattedGetAttTemplateException()

    FakeTargetGroup.get_cfn_attribute = get_cfn_attribute  # type: ignore[attr-defined]
    FakeTargetGroup.has_cfn_attr = classmethod(  # type: ignore[attr-defined]
        lambda cls, attr: attr in ("TargetGroupName", "TargetGroupFullName", "TargetGroupArn", "LoadBalancerArns")
    )


def cloudformation_lazy_refs_ignore_depends_on() -> None:
    """moto's CloudFormation creates a resource the first time another one refers to it (Ref or
    Fn::GetAtt), ignoring that resource's own DependsOn: an ECS service named by a CodeDeploy
    deployment group is created before the task definition it DependsOn, and CreateStack fails with
    "Unable to describe task definition". AWS always creates DependsOn targets first."""
    from moto.cloudformation.parsing import ResourceMap

    original = ResourceMap.__getitem__

    def getitem(self: Any, key: str) -> Any:
        resources = getattr(self, "_resource_json_map", {}) or {}
        if key in resources and key not in self._parsed_resources:
            depends = resources[key].get("DependsOn", [])
            for dependency in [depends] if isinstance(depends, str) else depends:
                if dependency != key:
                    original(self, dependency) if dependency in self._parsed_resources else getitem(self, dependency)
        return original(self, key)

    ResourceMap.__getitem__ = getitem  # type: ignore[method-assign]


PATCHES: list[Callable[[], None]] = [
    ecs_create_service_drops_unmodelled_fields,
    ec2_security_group_rule_description_ignores_source_group,
    cloudformation_skips_unimplemented_types_then_fails_on_their_refs,
    elbv2_target_group_has_no_cloudformation_attributes,
    cloudformation_lazy_refs_ignore_depends_on,
]


def apply_patches() -> list[str]:
    """Applies every patch and returns their names, which the test prints."""
    for patch in PATCHES:
        patch()
    return [patch.__name__ for patch in PATCHES]
