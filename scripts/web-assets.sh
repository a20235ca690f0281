#!/usr/bin/env bash
# Installs the web workspace's npm assets (world-atlas: country outlines for the offline map)
# into src/communique/web/static/vendor/node_modules, from the versions pinned in
# static/vendor/package.json and package-lock.json. Nothing third-party is committed: npm
# installs it. Idempotent; skips when already installed or when npm is missing.
set -euo pipefail
cd "$(dirname "$0")/../src/communique/web/static/vendor"
if [ -f node_modules/world-atlas/countries-110m.json ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "web-assets: installing npm"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
  else
    echo "web-assets: npm is missing; the map page will show places without outlines" >&2
    exit 0
  fi
fi
echo "web-assets: npm ci (world-atlas)"
npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
