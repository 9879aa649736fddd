#!/usr/bin/env bash
# The main job on a fresh clone: set up (Node 24 if needed, npm dependencies), then `npm start`: the desktop
# app, or — where the Electron binary could not be downloaded — the same UI in your browser on the demo
# vault. `npm run demo` is the command-line demo.
set -euo pipefail
cd "$(dirname "$0")/.."
QUIRE_SKIP_APT="${QUIRE_SKIP_APT:-1}" source scripts/setup.sh
npm start
