"""moto in server mode for berth's engine test, with the patches the generated stacks need.

Started by test/support/engine.ts with the pinned moto venv's python. Binds a free loopback port,
prints `READY <port>` and then answers one command per stdin line:

  seed <main.tf.json> ...       reset every moto backend, then create the pre-existing resources the
                                stacks refer to by literal id (VPCs, subnets, security groups, ALB
                                listeners, ECS clusters, SSM parameters, ACM certificates, Route 53
                                hosted zones) -> `OK <json>`
  cfn <region>:<name>:<template.yaml> ...
                                create each template as a CloudFormation stack in this moto
                                -> `OK <json>` (status, reason, resource types moto lacks)
  quit                          stop the server and exit

Each patch below names the moto behaviour it works around. None of them changes what berth's output
is checked against: they make moto hold the account the stack expects, or answer an API the way
AWS does.
"""

from __future__ import annotations

import json
import re
import sys
from contextlib import contextmanager
from typing import Any, Iterator

from moto.moto_server.threaded_moto_server import ThreadedMotoServer

ACCOUNT = "123456789012"


# --- seeding: the resources a stack names by literal id -------------------------------------------


def strings(node: Any) -> Iterator[str]:
    """Every string inside a JSON value (Terraform JSON keeps references inside strings too)."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)


def ordered_unique(items: Iterator[str]) -> list[str]:
    """Unique items in first-seen order, so the seed is the same on every run."""
    return list(dict.fromkeys(items))


@contextmanager
def forced_id(module: Any, name: str, value: str) -> Iterator[None]:
    """moto has no way to choose the id of a VPC, subnet or security group (its `_custom_id_` tag
    covers other services only), so the id generator the model module imported is swapped for the
    duration of one create call."""
    original = getattr(module, name)
    setattr(module, name, lambda *args, **kwargs: value)
    try:
        yield
    finally:
        setattr(module, name, original)


def seed(paths: list[str]) -> dict[str, Any]:
    """Resets moto and creates the account the stacks at `paths` expect to exist. Ids shared by
    several stacks (the examples' VPC, subnets, ALB listener) are created once per region."""
    from moto.moto_api._internal.models import moto_api_backend

    moto_api_backend.reset()
    created: dict[str, list[str]] = {"vpcs": [], "subnets": [], "securityGroups": [], "listeners": [], "clusters": []}
    by_region: dict[str, list[str]] = {}
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            stack = json.load(handle)
        region = stack["provider"]["aws"][0]["region"]
        by_region.setdefault(region, []).extend(strings(stack.get("resource", {})))
        by_region[region].extend(
            f"cluster:{svc['cluster'].rsplit('/', 1)[-1]}"
            for svc in stack.get("resource", {}).get("aws_ecs_service", {}).values()
            if isinstance(svc.get("cluster"), str) and "${" not in svc["cluster"]
        )
        # SSM parameters the stack reads (data "aws_ssm_parameter", CloudFormation SSM parameter
        # types) that are not AWS's public ones: the image tag CI writes before a deploy.
        variables = {k: v.get("default") for k, v in stack.get("variable", {}).items()}
        for data in stack.get("data", {}).get("aws_ssm_parameter", {}).values():
            ref = re.fullmatch(r"\$\{var\.([A-Za-z0-9_-]+)\}", data.get("name", ""))
            name = variables.get(ref.group(1)) if ref else data.get("name")
            if isinstance(name, str) and not name.startswith("/aws/service/"):
                by_region[region].append(f"ssm:{name}")
    for region, texts in sorted(by_region.items()):
        seed_region(region, texts, created)
    all_texts = [text for texts in by_region.values() for text in texts]
    seed_certificates(all_texts, created)
    seed_managed_policies(all_texts, created)
    seed_hosted_zones(paths, created)
    return created


def self_signed_certificate(domain: str) -> tuple[bytes, bytes]:
    """A PEM certificate and key for `domain`, valid for a day: what a user would import into ACM.
    An EC key, because RSA key generation costs a noticeable fraction of a second each."""
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, domain)])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(domain)]), critical=False)
        .sign(key, hashes.SHA256())
    )
    pem_key = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption())
    return cert.public_bytes(serialization.Encoding.PEM), pem_key


def seed_certificates(texts: list[str], created: dict[str, list[str]]) -> None:
    """Imports a self-signed certificate into ACM under every certificate ARN the stacks write
    literally (HTTPS/TLS listeners, extra listener certificates), in the ARN's own region. ACM's
    ImportCertificate can only reuse an ARN that exists, so the bundle is stored under the ARN the
    way ImportCertificate stores a new one."""
    from moto.acm.models import CertBundle, acm_backends

    created.setdefault("certificates", [])
    arns = ordered_unique(m for t in texts for m in re.findall(r"arn:aws:acm:[a-z0-9-]+:\d{12}:certificate/[0-9a-f-]+", t))
    for arn in arns:
        region, account = arn.split(":")[3:5]
        certificate, key = self_signed_certificate("berth-engine-test.example.com")
        bundle = CertBundle(account, certificate, key, region=region, arn=arn)
        acm_backends[account][region]._certificates[arn] = bundle
        created["certificates"].append(arn)


def seed_managed_policies(texts: list[str], created: dict[str, list[str]]) -> None:
    """Adds the AWS managed policies the stacks attach (arn:aws:iam::aws:policy/...), from the copy
    of AWS's managed policies moto ships. moto loads none of them unless told to load all of them
    (about a thousand, for every account and partition it touches); AWS accounts hold all of them."""
    from moto.iam.aws_managed_policies import aws_managed_policies_data
    from moto.iam.models import AWSManagedPolicy, iam_backends

    created.setdefault("managedPolicies", [])
    known = json.loads(aws_managed_policies_data)
    backend = iam_backends[ACCOUNT]["aws"]
    for arn in ordered_unique(m for t in texts for m in re.findall(r"arn:aws:iam::aws:policy/[A-Za-z0-9+=,.@_/-]+", t)):
        name = arn.rsplit("/", 1)[-1]
        if name not in known:
            continue  # not an AWS managed policy moto knows: AttachRolePolicy then fails, as it should
        policy = AWSManagedPolicy.from_data(name, ACCOUNT, "aws", known[name])
        if policy.arn == arn:
            backend.managed_policies[arn] = policy
            created["managedPolicies"].append(arn)


def seed_hosted_zones(paths: list[str], created: dict[str, list[str]]) -> None:
    """Creates every Route 53 hosted zone a stack's records name by literal id, with that id. The
    zone's name is the record's parent domain (api.example.com -> example.com): the stacks name
    only the zone id, and Route 53 accepts a record only inside its zone."""
    from moto.route53 import models as route53_module
    from moto.route53.models import route53_backends

    created.setdefault("hostedZones", [])
    zones: dict[str, str] = {}
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            stack = json.load(handle)
        for record in stack.get("resource", {}).get("aws_route53_record", {}).values():
            zone_id, name = record.get("zone_id"), record.get("name")
            if isinstance(zone_id, str) and "${" not in zone_id and isinstance(name, str):
                zones.setdefault(zone_id, name.rstrip(".").split(".", 1)[-1])
    backend = route53_backends[ACCOUNT]["aws"]  # Route 53 is global: one backend per partition
    for zone_id, name in zones.items():
        with forced_id(route53_module, "create_route53_zone_id", zone_id):
            backend.create_hosted_zone(name, private_zone=False)
        created["hostedZones"].append(f"{zone_id} {name}")


def seed_region(region: str, texts: list[str], created: dict[str, list[str]]) -> None:
    """Creates, in one region, every VPC, subnet, security group, ALB listener and ECS cluster that
    the stacks' strings name by literal id. An ECS cluster is created even when a stack creates it
    too: CreateCluster is idempotent in AWS (and in moto), and services of other stacks name it."""
    from moto.ec2.models import ec2_backends
    from moto.ec2.models import security_groups as sg_module
    from moto.ec2.models import subnets as subnet_module
    from moto.ec2.models import vpcs as vpc_module
    from moto.ecs.models import ecs_backends
    from moto.elbv2.models import elbv2_backends

    ec2 = ec2_backends[ACCOUNT][region]
    vpc_ids = ordered_unique(m for t in texts for m in re.findall(r"\bvpc-[0-9a-f]{8,17}\b", t))
    for index, vpc_id in enumerate(vpc_ids):
        with forced_id(vpc_module, "random_vpc_id", vpc_id):
            ec2.create_vpc(f"10.{index}.0.0/16")
        created["vpcs"].append(f"{region}/{vpc_id}")
    home_vpc = vpc_ids[0] if vpc_ids else ec2.default_vpc.id

    subnet_ids = ordered_unique(m for t in texts for m in re.findall(r"\bsubnet-[0-9a-f]{8,17}\b", t))
    zones = [zone.name for zone in ec2.describe_availability_zones()]
    for index, subnet_id in enumerate(subnet_ids):
        with forced_id(subnet_module, "random_subnet_id", subnet_id):
            ec2.create_subnet(home_vpc, f"10.0.{index}.0/24", availability_zone=zones[index % len(zones)])
        created["subnets"].append(f"{region}/{subnet_id}")

    group_ids = ordered_unique(m for t in texts for m in re.findall(r"\bsg-[0-9a-f]{8,17}\b", t))
    for group_id in group_ids:
        with forced_id(sg_module, "random_security_group_id", group_id):
            ec2.create_security_group(f"seed-{group_id}", "pre-existing group the stack refers to", home_vpc)
        created["securityGroups"].append(f"{region}/{group_id}")

    listener_arns = ordered_unique(
        m for t in texts for m in re.findall(r"arn:aws:elasticloadbalancing:[a-z0-9-]+:\d{12}:listener/app/[^\"/]+/[0-9a-f]+/[0-9a-f]+", t)
    )
    elbv2 = elbv2_backends[ACCOUNT][region]
    balancers: dict[str, Any] = {}
    for port, arn in enumerate(listener_arns, start=8080):
        lb_arn = arn.replace(":listener/", ":loadbalancer/").rsplit("/", 1)[0]
        if lb_arn not in balancers:
            balancer = elbv2.create_load_balancer(lb_arn.rsplit("/", 2)[1], security_groups=[], subnet_ids=subnet_ids[:2], scheme="internal")
            # moto invents the balancer's ARN suffix; the stacks name the real one.
            elbv2.load_balancers.pop(balancer.arn)
            balancer.arn = lb_arn
            elbv2.load_balancers[lb_arn] = balancer
            balancers[lb_arn] = balancer
        balancer = balancers[lb_arn]
        listener = elbv2.create_listener(
            lb_arn, "HTTP", port, None, None,
            [{"Type": "fixed-response", "FixedResponseConfig": {"StatusCode": "404"}}],
        )
        # Same for the listener: the stacks' rules attach to a listener ARN that already exists.
        balancer.listeners.pop(listener.arn)
        listener.arn = arn
        balancer.listeners[arn] = listener
        created["listeners"].append(arn)

    from moto.ssm.models import ssm_backends

    created.setdefault("ssmParameters", [])
    for name in ordered_unique(t[len("ssm:"):] for t in texts if t.startswith("ssm:")):
        ssm_backends[ACCOUNT][region].put_parameter(
            name=name, description="seeded by berth's engine test", value="1.0.0", parameter_type="String",
            allowed_pattern=None, keyid=None, overwrite=True, tags=None, data_type="text", tier=None, policies=None,
        )
        created["ssmParameters"].append(f"{region}/{name}")

    for name in ordered_unique(t[len("cluster:"):] for t in texts if t.startswith("cluster:")):
        ecs_backends[ACCOUNT][region].create_cluster(name)
        created["clusters"].append(f"{region}/{name}")


# --- CloudFormation smoke test ---------------------------------------------------------------------


def create_cfn_stacks(port: int, specs: list[str]) -> dict[str, Any]:
    """Creates each `region:name:template-path` as a CloudFormation stack in this moto, through its
    own HTTP API as a user would, and waits for the end state. Resource types moto's CloudFormation
    does not implement are listed per stack (moto skips them), not failed."""
    import time

    import boto3
    from moto.cloudformation.parsing import NULL_MODELS, get_model_map

    model_types = set(get_model_map()) | set(NULL_MODELS)
    results: dict[str, Any] = {}
    for spec in specs:
        region, name, path = spec.split(":", 2)
        with open(path, encoding="utf-8") as handle:
            body = handle.read()
        client = boto3.client(
            "cloudformation", region_name=region, endpoint_url=f"http://127.0.0.1:{port}",
            aws_access_key_id="berth-engine-test", aws_secret_access_key="berth-engine-test",
        )
        import yaml  # moto[server] depends on PyYAML; CloudFormation's short tags are read as plain data

        class Loader(yaml.SafeLoader):
            pass

        Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
        template = yaml.load(body, Loader=Loader) or {}
        types = sorted({r.get("Type", "") for r in (template.get("Resources") or {}).values()})
        unsupported = [t for t in types if t not in model_types and not t.startswith("Custom::")]
        entry: dict[str, Any] = {"unsupported": unsupported, "resources": len(template.get("Resources") or {})}
        try:
            client.create_stack(StackName=name, TemplateBody=body, Capabilities=["CAPABILITY_NAMED_IAM"])
            status = "CREATE_IN_PROGRESS"
            for _ in range(120):
                stack = client.describe_stacks(StackName=name)["Stacks"][0]
                status = stack["StackStatus"]
                if not status.endswith("IN_PROGRESS"):
                    entry["reason"] = stack.get("StackStatusReason")
                    break
                time.sleep(0.5)
            entry["status"] = status
        except Exception as error:  # the API refused the template: the test prints why
            entry["status"] = "ERROR"
            entry["reason"] = f"{type(error).__name__}: {error}"
        results[name] = entry
    return results


# --- patches: where moto answers less than AWS ------------------------------------------------------

from patches import apply_patches  # noqa: E402  (a sibling file; sys.path holds this folder)


def main() -> None:
    applied = apply_patches()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    _, port = server.get_host_and_port()
    print(f"READY {port} {json.dumps(applied)}", flush=True)
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "quit":
            break
        try:
            if command == "cfn":
                print(f"OK {json.dumps(create_cfn_stacks(port, argument.split()))}", flush=True)
            elif command == "seed":
                print(f"OK {json.dumps(seed(argument.split()))}", flush=True)
            else:
                print(f"ERROR unknown command {command!r}", flush=True)
        except Exception as error:  # reported to the test, which fails with it
            print(f"ERROR {type(error).__name__}: {error}".replace("\n", " "), flush=True)
    server.stop()


if __name__ == "__main__":
    main()
