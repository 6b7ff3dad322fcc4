#!/usr/bin/env bash
# 督办 DUBAN for WPS 表格 on Linux (UOS, Kylin and other distributions): installs the add-in for
# the current user and MERGES its entry into WPS's publish.xml; the other add-ins listed there
# stay as they are (a copy of the old file is kept as publish.xml.bak).
#
#   bash install-wps.sh                  offline: copies the add-in folder next to publish.xml
#   bash install-wps.sh --online 地址    online: the add-in served on the intranet, e.g. http://server/duban/
#   bash install-wps.sh --uninstall      removes the entry and the folder
#
# DUBAN_JSADDONS overrides the folder (default ~/.local/share/Kingsoft/wps/jsaddons).
set -euo pipefail

NAME='@NAME@'
VERSION='@VERSION@'
HERE="$(cd "$(dirname "$0")" && pwd)"
JSADDONS="${DUBAN_JSADDONS:-$HOME/.local/share/Kingsoft/wps/jsaddons}"
PUBLISH="$JSADDONS/publish.xml"

mode=offline
url=''
case "${1:-}" in
  '') ;;
  --online)
    mode=online
    url="${2:-}"
    if [ -z "$url" ]; then echo '--online 后面要写加载项的地址，例如 http://内网服务器/duban/' >&2; exit 2; fi
    case "$url" in */) ;; *) url="$url/" ;; esac
    ;;
  --uninstall) mode=uninstall ;;
  *) echo '用法：bash install-wps.sh [--online 地址 | --uninstall]' >&2; exit 2 ;;
esac

mkdir -p "$JSADDONS"
if [ -f "$PUBLISH" ]; then
  cp "$PUBLISH" "$PUBLISH.bak"
  if ! grep -q '<jsplugins' "$PUBLISH"; then
    echo "无法识别 $PUBLISH（没有 <jsplugins> 元素），没有改动它。请把它发给管理员。" >&2
    exit 1
  fi
else
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n</jsplugins>\n' > "$PUBLISH"
fi

# This add-in's entries, offline or online, whatever version: removed, every other entry kept.
NAME="$NAME" perl -0777 -pi -e '
  my $n = quotemeta $ENV{NAME};
  s{[ \t]*<jsplugin(?:online)?\b[^>]*?\bname="$n"[^>]*?(?:/>|>.*?</jsplugin(?:online)?>)[ \t]*\r?\n?}{}gs;
  s{<jsplugins\s*/>}{<jsplugins>\n</jsplugins>};
' "$PUBLISH"
find "$JSADDONS" -mindepth 1 -maxdepth 1 -type d -name "${NAME}_*" -exec rm -rf {} +

case "$mode" in
  offline)
    cp -R "$HERE/jsaddons/${NAME}_${VERSION}" "$JSADDONS/"
    entry="<jsplugin name=\"$NAME\" type=\"et\" url=\"${NAME}_${VERSION}\" version=\"$VERSION\" enable=\"enable_dev\" install=\"null\" customDomain=\"\"/>"
    ;;
  online)
    entry="<jspluginonline name=\"$NAME\" type=\"et\" url=\"$url\" enable=\"enable_dev\" install=\"null\" customDomain=\"\"/>"
    ;;
  uninstall)
    entry=''
    ;;
esac
if [ -n "$entry" ]; then
  ENTRY="$entry" perl -0777 -pi -e 's{</jsplugins>}{  $ENV{ENTRY}\n</jsplugins>}' "$PUBLISH"
fi

if [ "$mode" = uninstall ]; then
  echo "已卸载督办 DUBAN。请完全退出 WPS 后重新打开。"
else
  echo "已安装督办 DUBAN（$mode）：$PUBLISH"
  echo "请完全退出 WPS 再打开 WPS 表格（WPS 会常驻后台：运行 quickstartoffice restart，或注销后重新登录）。"
  echo "首次打开时 WPS 会询问是否信任该加载项：选择信任后，要再重启一次 WPS 表格才会出现「督办」选项卡。"
fi
