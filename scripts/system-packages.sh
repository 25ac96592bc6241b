#!/usr/bin/env bash
# Installs the Debian packages Qt's platform plugins and the letter fonts need, and the
# PostgreSQL server the test suite starts a throwaway cluster of (never left running), when missing.
set -euo pipefail
command -v dpkg >/dev/null 2>&1 || exit 0
wanted=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
        libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xkb1
        libxcb-shape0 libxcb-xinerama0 libxcb-randr0 postgresql)
missing=()
for p in "${wanted[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
elif command -v sudo >/dev/null 2>&1; then
  sudo apt-get update -q >/dev/null && sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Please install these Debian packages: ${missing[*]}" >&2
  exit 1
fi
