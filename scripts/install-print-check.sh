#!/usr/bin/env bash
# The print check (test/cli/printRender.test.ts) renders the generated sheets and the Word 通报 with
# Debian's LibreOffice and poppler, and needs a CJK font to draw the Chinese. Installs them when
# missing (needs root, as on CI); without them that test says so and checks nothing.
set -euo pipefail
if command -v soffice >/dev/null && command -v pdftoppm >/dev/null && fc-list :lang=zh | grep -q .; then
  # Calc and Writer are separate packages: soffice alone may lack the one a file needs.
  if dpkg -s libreoffice-calc-nogui libreoffice-writer-nogui >/dev/null 2>&1; then exit 0; fi
fi
if [[ $(id -u) -ne 0 ]]; then
  echo "打印效果检查需要 LibreOffice 和 poppler：请运行 sudo apt-get install -y libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils fonts-noto-cjk（不装时该检查只说明原因、不做检查）。" >&2
  exit 0
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils fonts-noto-cjk >/dev/null
