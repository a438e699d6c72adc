#!/usr/bin/env bash
# The slow proofs (`npm run test:deep`), run by .ci/run right after `npm test`:
#   - cfn-guard (AWS Control Tower proactive rules) on every CloudFormation template and checkov on
#     the Terraform (HCL form), with accepted findings only where a src/security waiver predicts them;
#   - property tests: random valid specs through cfn-lint and terraform validate, random bad specs.
#   - the engine test: every example's committed Terraform applied with `terraform apply` against
#     moto (patched where it answers less than AWS), then `terraform plan` must show no change per
#     stack; every CloudFormation template created in the same moto (about 6 min on 2 cores).
# `npm run test:engine` (this script with test/engine) runs the engine test alone.
# Each prints its counts (guard rules and checkov checks passed/waived, specs tried, stacks applied).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.local/bin:$PATH"

bash scripts/install-validators.sh
# Without arguments: every deep file (engine test, security scans, property tests), which CI runs.
if [ "$#" -eq 0 ]; then set -- test/engine test/security test/property; fi
npx vitest run --config test/engine/vitest.deep.config.ts "$@"
