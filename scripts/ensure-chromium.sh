#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the browser tests (tests/Concert.Tests/Browser).
# Playwright never downloads a browser here: the machines reach only the package registries, so the tests drive
# /usr/bin/chromium. The package index is refreshed only when the first install attempt fails, to keep reruns fast.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

if ((EUID != 0)); then
  echo "ensure-chromium.sh: /usr/bin/chromium is missing; run as root so that apt-get can install it" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y --no-install-recommends chromium; then
  apt-get update
  apt-get install -y --no-install-recommends chromium
fi
