#!/usr/bin/env bash
# The slow proofs (`npm run test:deep`), run by .ci/run right after `npm test`:
#   - cfn-guard (AWS Control Tower proactive rules) on every CloudFormation template and checkov on
#     the Terraform (HCL form), with accepted findings only in test/security/waivers.json;
#   - property tests: random valid specs through cfn-lint and terraform validate, random bad specs.
# `npm run test:engine` (this script with test/engine): every example's committed Terraform applied
# with `terraform apply` against moto, then `terraform plan` must show no change. Not in CI yet.
# Each prints its counts (guard rules and checkov checks passed/waived, specs tried, stacks applied).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.local/bin:$PATH"

bash scripts/install-validators.sh
# Without arguments: the security scans and the property tests, which CI runs. The engine test
# (terraform apply on moto) is `npm run test:engine`: it does not pass yet, so CI does not run it
# (see the README's Testing section for what fails and why).
if [ "$#" -eq 0 ]; then set -- test/security test/property; fi
npx vitest run --config test/engine/vitest.deep.config.ts "$@"
