#!/usr/bin/env bash
# Installs what the test suite needs from Debian's packages when the machine lacks it:
# a PostgreSQL server (tests start their own cluster) and chromium for the browser tests.
set -euo pipefail
need=()
command -v pg_ctl >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test-setup: installing ${need[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "test-setup: missing ${need[*]}; the tests that need them will be skipped" >&2
  fi
fi
