#!/usr/bin/env bash
# Installs the pinned Python validators with pipx (idempotent: does nothing when they are present).
# terraform and its provider mirror come with the machine image; their absence is reported loudly
# here and makes the validator tests fail, never pass.
set -euo pipefail

CFN_LINT_VERSION=1.58.0
# The deep suite (npm run test:deep): moto for the engine test, checkov for the Terraform security
# scan, and cfn-guard with the AWS Control Tower proactive rules from the npm package that ships them.
MOTO_VERSION=5.2.5
CHECKOV_VERSION=3.3.30
CFN_GUARD_PACKAGE_VERSION=0.0.62
export PATH="$HOME/.local/bin:$PATH"

if ! python3 -m pipx --version >/dev/null 2>&1; then
  echo "berth: installing pipx"
  python3 -m pip install --quiet --user pipx 2>/dev/null || python3 -m pip install --quiet pipx
fi

if [ "$(cfn-lint --version 2>/dev/null || true)" != "cfn-lint $CFN_LINT_VERSION" ] || [ ! -x "$HOME/.local/bin/cfn-lint" ]; then
  echo "berth: installing cfn-lint $CFN_LINT_VERSION with pipx"
  python3 -m pipx install --force "cfn-lint==$CFN_LINT_VERSION" >/dev/null
fi
echo "berth: $("$HOME/.local/bin/cfn-lint" --version)"

pipx_version() { # prints the version pipx has installed for a package, or nothing
  python3 -m pipx list --short 2>/dev/null | awk -v p="$1" '$1 == p { print $2 }'
}
if [ "$(pipx_version moto)" != "$MOTO_VERSION" ] || [ ! -x "$HOME/.local/bin/moto_server" ]; then
  echo "berth: installing moto[server] $MOTO_VERSION with pipx"
  python3 -m pipx install --force "moto[server]==$MOTO_VERSION" >/dev/null
fi
echo "berth: moto $(pipx_version moto)"
if [ "$(pipx_version checkov)" != "$CHECKOV_VERSION" ] || [ ! -x "$HOME/.local/bin/checkov" ]; then
  echo "berth: installing checkov $CHECKOV_VERSION with pipx"
  python3 -m pipx install --force "checkov==$CHECKOV_VERSION" >/dev/null
fi
echo "berth: checkov $(pipx_version checkov)"

# @cdklabs/cdk-validator-cfnguard is unpacked, not added to package.json: its peer dependency
# aws-cdk-lib (>=2.2xx needs constructs ^10.5) conflicts with the constructs 10.4.2 cdktf pins, and
# berth needs only the cfn-guard binary and the rules inside it. test/support/security.ts reads it here.
CFN_GUARD_DIR="${BERTH_TOOLS_DIR:-$HOME/.cache/berth}/cdk-validator-cfnguard-$CFN_GUARD_PACKAGE_VERSION"
if [ ! -x "$CFN_GUARD_DIR/package/bin/ubuntu/$(uname -m)/cfn-guard" ]; then
  echo "berth: unpacking @cdklabs/cdk-validator-cfnguard@$CFN_GUARD_PACKAGE_VERSION (cfn-guard + Control Tower rules)"
  rm -rf "$CFN_GUARD_DIR" && mkdir -p "$CFN_GUARD_DIR"
  (cd "$CFN_GUARD_DIR" && npm pack --silent "@cdklabs/cdk-validator-cfnguard@$CFN_GUARD_PACKAGE_VERSION" >/dev/null && tar xzf ./*.tgz && rm ./*.tgz)
fi
echo "berth: $("$CFN_GUARD_DIR/package/bin/ubuntu/$(uname -m)/cfn-guard" --version)"

if command -v terraform >/dev/null 2>&1; then
  echo "berth: $(terraform version 2>/dev/null | head -n 1)"
else
  echo "berth: WARNING: terraform is NOT on PATH; the terraform validate tests will FAIL." >&2
fi
if [ ! -d /opt/tf-plugins/registry.terraform.io/hashicorp/aws ]; then
  echo "berth: WARNING: no AWS provider mirror at /opt/tf-plugins; offline terraform validate will FAIL." >&2
fi
