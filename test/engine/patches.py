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


def ec2_security_group_rule_drops_prefix_list_description() -> None:
    """moto's SecurityGroupRule keeps only the PrefixListId of a prefix-list source and drops the
    Description that came with it, so DescribeSecurityGroupRules returns a prefix-list rule without
    the description AWS stores for it (the private-tcp load balancer admits a prefix list)."""
    from moto.ec2.models.security_groups import SecurityGroupRule

    original_init = SecurityGroupRule.__init__
    original_description = SecurityGroupRule.description

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        prefix_list = kwargs.get("prefix_list_id") if "prefix_list_id" in kwargs else (args[7] if len(args) > 7 else None)
        self.prefix_list_description = (prefix_list or {}).get("Description")

    def description(self: Any) -> str | None:
        return original_description.fget(self) or getattr(self, "prefix_list_description", None)  # type: ignore[union-attr]

    SecurityGroupRule.__init__ = init  # type: ignore[method-assign]
    SecurityGroupRule.description = property(description)  # type: ignore[assignment]


def autoscaling_group_has_no_cloudformation_attributes() -> None:
    """moto's FakeAutoScalingGroup implements no Fn::GetAtt attribute, so a template that reads
    AutoScalingGroupARN (an ECS capacity provider's AutoScalingGroupProvider) fails CreateStack with
    a 500 internal error. AWS returns the group's ARN."""
    from moto.autoscaling.models import FakeAutoScalingGroup

    def get_cfn_attribute(self: Any, attribute_name: str) -> Any:
        if attribute_name == "AutoScalingGroupARN":
            return self.arn
        from moto.cloudformation.exceptions import UnformattedGetAttTemplateException

        raise UnformattedGetAttTemplateException()

    FakeAutoScalingGroup.get_cfn_attribute = get_cfn_attribute  # type: ignore[attr-defined]
    FakeAutoScalingGroup.has_cfn_attr = classmethod(lambda cls, attr: attr == "AutoScalingGroupARN")  # type: ignore[attr-defined]


def elbv2_cloudformation_load_balancer_ignores_type() -> None:
    """moto's CloudFormation creates every AWS::ElasticLoadBalancingV2::LoadBalancer as an
    application load balancer, ignoring its Type, so a network load balancer's TCP or TLS listener
    is refused ("Listener protocol 'TCP' must be one of 'HTTP, HTTPS'"). AWS creates the type the
    template names (and its ELBv2 API, which moto follows, takes the type for CreateLoadBalancer)."""
    from moto.elbv2.models import FakeLoadBalancer, elbv2_backends

    def create_from_cloudformation_json(cls: Any, resource_name: str, cloudformation_json: Any, account_id: str, region_name: str, **kwargs: Any) -> Any:
        properties = cloudformation_json["Properties"]
        return elbv2_backends[account_id][region_name].create_load_balancer(
            resource_name, properties.get("SecurityGroups"), properties.get("Subnets"),
            scheme=properties.get("Scheme", "internet-facing"), loadbalancer_type=properties.get("Type", "application"),
        )

    FakeLoadBalancer.create_from_cloudformation_json = classmethod(create_from_cloudformation_json)  # type: ignore[assignment]


def applicationautoscaling_has_no_tagging_api() -> None:
    """moto's Application Auto Scaling drops RegisterScalableTarget's Tags and implements none of
    ListTagsForResource, TagResource, UntagResource (500 "not implemented"), so the provider, which
    reads a scalable target's tags right after creating it, retries until the apply hangs. AWS
    stores the tags with the target and answers these calls for its ARN."""
    import json

    from moto.applicationautoscaling.responses import ApplicationAutoScalingResponse

    def tags_of(self: Any) -> dict[str, dict[str, str]]:
        backend = self.applicationautoscaling_backend
        if not hasattr(backend, "berth_tags"):
            backend.berth_tags = {}  # on the backend, so moto's reset clears it with the targets
        return backend.berth_tags  # type: ignore[no-any-return]

    original_register = ApplicationAutoScalingResponse.register_scalable_target

    def register_scalable_target(self: Any) -> str:
        result = original_register(self)
        arn = json.loads(result)["ScalableTargetARN"]
        tags_of(self).setdefault(arn, {}).update(self._get_param("Tags") or {})
        return result  # type: ignore[no-any-return]

    def list_tags_for_resource(self: Any) -> str:
        return json.dumps({"Tags": tags_of(self).get(self._get_param("ResourceARN"), {})})

    def tag_resource(self: Any) -> str:
        tags_of(self).setdefault(self._get_param("ResourceARN"), {}).update(self._get_param("Tags") or {})
        return json.dumps({})

    def untag_resource(self: Any) -> str:
        tags = tags_of(self).get(self._get_param("ResourceARN"), {})
        for key in self._get_param("TagKeys") or []:
            tags.pop(key, None)
        return json.dumps({})

    ApplicationAutoScalingResponse.register_scalable_target = register_scalable_target  # type: ignore[method-assign]
    ApplicationAutoScalingResponse.list_tags_for_resource = list_tags_for_resource  # type: ignore[attr-defined]
    ApplicationAutoScalingResponse.tag_resource = tag_resource  # type: ignore[attr-defined]
    ApplicationAutoScalingResponse.untag_resource = untag_resource  # type: ignore[attr-defined]


def ecs_service_without_awsvpc_returns_empty_network_configuration() -> None:
    """moto gives a service created without networkConfiguration (bridge or host network mode on
    EC2: daemons, GPU tasks) an empty networkConfiguration object, and DescribeServices returns
    `networkConfiguration: {}` with no awsvpcConfiguration inside; the AWS provider then crashes
    reading it (nil pointer in flattenNetworkConfiguration). AWS omits networkConfiguration for
    such services."""
    from moto.ecs.models import Service

    original_init = Service.__init__

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        if self.network_configuration == {}:
            self.network_configuration = None

    Service.__init__ = init  # type: ignore[method-assign]


def codedeploy_has_no_deployment_config_api() -> None:
    """moto's CodeDeploy implements none of CreateDeploymentConfig, GetDeploymentConfig,
    DeleteDeploymentConfig (500 "not implemented"), so a custom deployment configuration (a linear
    or canary ECS traffic shift) never gets created and the apply hangs on retries. AWS stores the
    configuration under its name, answers it back as created, refuses a second one of the same
    name (DeploymentConfigAlreadyExistsException) and answers DeploymentConfigDoesNotExistException
    for an unknown name."""
    import datetime
    import uuid

    from moto.codedeploy.exceptions import CodeDeployException
    from moto.codedeploy.responses import CodeDeployResponse
    from moto.core.responses import ActionResult, EmptyResult

    class DeploymentConfigAlreadyExistsException(CodeDeployException):
        code = 400

        def __init__(self, message: str):
            super().__init__("DeploymentConfigAlreadyExistsException", message)

    class DeploymentConfigDoesNotExistException(CodeDeployException):
        code = 400

        def __init__(self, message: str):
            super().__init__("DeploymentConfigDoesNotExistException", message)

    def configs_of(self: Any) -> dict[str, dict[str, Any]]:
        backend = self.codedeploy_backend
        if not hasattr(backend, "berth_deployment_configs"):
            backend.berth_deployment_configs = {}  # on the backend, so moto's reset clears it
        return backend.berth_deployment_configs  # type: ignore[no-any-return]

    def create_deployment_config(self: Any) -> Any:
        name = self._get_param("deploymentConfigName")
        configs = configs_of(self)
        if name in configs:
            raise DeploymentConfigAlreadyExistsException(f"Deployment Configuration already exists with name {name}")
        info: dict[str, Any] = {
            "deploymentConfigId": str(uuid.uuid4()),
            "deploymentConfigName": name,
            "createTime": datetime.datetime.now(datetime.timezone.utc),
            "computePlatform": self._get_param("computePlatform") or "Server",
        }
        for key in ("minimumHealthyHosts", "trafficRoutingConfig", "zonalConfig"):
            if self._get_param(key) is not None:
                info[key] = self._get_param(key)
        configs[name] = info
        return ActionResult({"deploymentConfigId": info["deploymentConfigId"]})

    def get_deployment_config(self: Any) -> Any:
        name = self._get_param("deploymentConfigName")
        if name not in configs_of(self):
            raise DeploymentConfigDoesNotExistException(f"No deployment configuration found for name: {name}")
        return ActionResult({"deploymentConfigInfo": configs_of(self)[name]})

    def delete_deployment_config(self: Any) -> Any:
        configs_of(self).pop(self._get_param("deploymentConfigName"), None)
        return EmptyResult()

    CodeDeployResponse.create_deployment_config = create_deployment_config  # type: ignore[attr-defined]
    CodeDeployResponse.get_deployment_config = get_deployment_config  # type: ignore[attr-defined]
    CodeDeployResponse.delete_deployment_config = delete_deployment_config  # type: ignore[attr-defined]


def ecs_daemon_service_has_no_default_maximum_percent() -> None:
    """For a DAEMON service the provider sends deploymentConfiguration without maximumPercent (it is
    not settable there); AWS stores its default for daemons, 100, and returns it. moto stores the
    configuration as sent, DescribeServices has no maximumPercent, and every plan wants 0 -> 100."""
    from moto.ecs.responses import EC2ContainerServiceResponse

    original = EC2ContainerServiceResponse.create_service

    def create_service(self: Any) -> Any:
        result = original(self)
        if self._get_param("schedulingStrategy") == "DAEMON":
            cluster = self._get_param("cluster", "default").split("/")[-1]
            service = self.ecs_backend._get_service(cluster, self._get_param("serviceName"))
            configuration = dict(getattr(service, "deployment_configuration", None) or {})
            configuration.setdefault("maximumPercent", 100)
            service.deployment_configuration = configuration
        return result

    EC2ContainerServiceResponse.create_service = create_service  # type: ignore[method-assign]


def codedeploy_deployment_group_returns_no_alarm_configuration() -> None:
    """moto's CodeDeploy stores a deployment group's alarmConfiguration but GetDeploymentGroup
    answers an empty one (a TODO in moto), so every plan wants to add the alarms back. AWS returns
    the alarms, enabled and ignorePollAlarmFailure it stored."""
    from moto.codedeploy import responses

    original = responses._deployment_group_info

    def deployment_group_info(deployment_group: Any) -> dict[str, Any]:
        info = original(deployment_group)
        info["alarmConfiguration"] = deployment_group.alarm_configuration or {}
        return info  # type: ignore[no-any-return]

    responses._deployment_group_info = deployment_group_info


def ec2_launch_template_copies_its_own_tags_into_launch_data() -> None:
    """moto's CreateLaunchTemplate appends the request's TagSpecifications (the launch template's own
    tags, resource type launch-template) to the LaunchTemplateData's TagSpecifications (the tags of
    the instances and volumes it launches), so DescribeLaunchTemplateVersions returns a tag
    specification nobody asked for and every plan wants to remove it. AWS keeps the two apart."""
    import copy

    from moto.ec2.responses.launch_templates import LaunchTemplates

    original = LaunchTemplates.create_launch_template

    def create_launch_template(self: Any) -> Any:
        requested = copy.deepcopy((self._get_param("LaunchTemplateData", {}) or {}).get("TagSpecifications"))
        result = original(self)
        version = self.ec2_backend.get_launch_template_by_name(self._get_param("LaunchTemplateName")).default_version()
        if requested is None:
            version.data.pop("TagSpecifications", None)
        else:
            version.data["TagSpecifications"] = requested
        return result

    LaunchTemplates.create_launch_template = create_launch_template  # type: ignore[method-assign]


def logs_create_log_group_drops_log_group_class() -> None:
    """moto's CreateLogGroup ignores logGroupClass and DescribeLogGroups never returns one, so a log
    group created as INFREQUENT_ACCESS reads back without a class and every plan replaces it. AWS
    stores the class (STANDARD when none is given) and returns it."""
    from moto.logs.models import LogGroup
    from moto.logs.responses import LogsResponse

    original_create = LogsResponse.create_log_group
    original_describe = LogGroup.to_describe_dict

    def create_log_group(self: Any) -> str:
        result = original_create(self)
        group = self.logs_backend.groups[self._get_param("logGroupName")]
        group.log_group_class = self._get_param("logGroupClass") or "STANDARD"
        return result  # type: ignore[no-any-return]

    def to_describe_dict(self: Any) -> dict[str, Any]:
        described = original_describe(self)
        described["logGroupClass"] = getattr(self, "log_group_class", "STANDARD")
        return described  # type: ignore[no-any-return]

    LogsResponse.create_log_group = create_log_group  # type: ignore[method-assign]
    LogGroup.to_describe_dict = to_describe_dict  # type: ignore[method-assign]


PATCHES: list[Callable[[], None]] = [
    ecs_create_service_drops_unmodelled_fields,
    ec2_security_group_rule_description_ignores_source_group,
    cloudformation_skips_unimplemented_types_then_fails_on_their_refs,
    elbv2_target_group_has_no_cloudformation_attributes,
    cloudformation_lazy_refs_ignore_depends_on,
    ec2_security_group_rule_drops_prefix_list_description,
    autoscaling_group_has_no_cloudformation_attributes,
    elbv2_cloudformation_load_balancer_ignores_type,
    applicationautoscaling_has_no_tagging_api,
    ecs_service_without_awsvpc_returns_empty_network_configuration,
    codedeploy_has_no_deployment_config_api,
    ecs_daemon_service_has_no_default_maximum_percent,
    codedeploy_deployment_group_returns_no_alarm_configuration,
    ec2_launch_template_copies_its_own_tags_into_launch_data,
    logs_create_log_group_drops_log_group_class,
]


def apply_patches() -> list[str]:
    """Applies every patch and returns their names, which the test prints."""
    for patch in PATCHES:
        patch()
    return [patch.__name__ for patch in PATCHES]
