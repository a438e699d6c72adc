#!/usr/bin/env bash
# Installs the pinned Python validators with pipx (idempotent: does nothing when they are present).
# terraform and its provider mirror come with the machine image; their absence is reported loudly
# here and makes the validator tests fail, never pass.
set -euo pipefail

CFN_LINT_VERSION=1.58.0
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

if command -v terraform >/dev/null 2>&1; then
  echo "berth: $(terraform version 2>/dev/null | head -n 1)"
else
  echo "berth: WARNING: terraform is NOT on PATH; the terraform validate tests will FAIL." >&2
fi
if [ ! -d /opt/tf-plugins/registry.terraform.io/hashicorp/aws ]; then
  echo "berth: WARNING: no AWS provider mirror at /opt/tf-plugins; offline terraform validate will FAIL." >&2
fi
