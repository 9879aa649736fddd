#!/usr/bin/env bash
# The main job on a fresh clone: set up (Node 24 if needed, npm dependencies), then run the demo,
# which builds a vault in your user data folder and prints the register and the audit trail.
set -euo pipefail
cd "$(dirname "$0")/.."
QUIRE_SKIP_APT="${QUIRE_SKIP_APT:-1}" source scripts/setup.sh
npm start
