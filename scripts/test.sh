#!/usr/bin/env bash
# Every test berth has, in one command (`npm test`): validators installed, build, type check,
# unit/golden/validator tests, and a final check that the committed out/ is up to date.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.local/bin:$PATH"

bash scripts/install-validators.sh
npm run --silent build
npm run --silent typecheck
npx vitest run
node bin/berth.js generate --check
