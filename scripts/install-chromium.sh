#!/usr/bin/env bash
# The browser test drives Debian's Chromium at /usr/bin/chromium; it never downloads a browser.
# Installs it when missing (needs root, as on CI and the development machines).
set -euo pipefail
if command -v chromium >/dev/null; then exit 0; fi
if [[ $(id -u) -ne 0 ]]; then
  echo "需要 Chromium：请运行 sudo apt-get install -y chromium（或设置 DUBAN_CHROMIUM 为浏览器路径）。" >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
