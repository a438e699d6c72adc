#!/usr/bin/env bash
# The slow proofs (`npm run test:deep`), run by .ci/run right after `npm test`:
#   - the engine test: every example's committed Terraform applied with `terraform apply` against
#     moto (server mode, pinned, patched in test/engine/), then `terraform plan` must show no change;
#   - cfn-guard (AWS Control Tower proactive rules) on every CloudFormation template and checkov on
#     the Terraform (HCL form), with accepted findings only in test/security/waivers.json.
# Each prints its counts (stacks applied, plans clean, guard rules and checkov checks passed/waived).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.local/bin:$PATH"

bash scripts/install-validators.sh
npx vitest run --config test/engine/vitest.deep.config.ts "$@"
