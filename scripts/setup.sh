#!/usr/bin/env bash
# Installs what Switchboard needs from Debian's packages (with sudo only when not root), then configures and
# builds it. Used by the two README commands and by CI. BUILD_DIR and extra CMake arguments may be given:
#   scripts/setup.sh [cmake args...]
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-websockets-dev libqt6sql6-sqlite qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n qt6-charts-dev
  qt6-multimedia-dev
  qtkeychain-qt6-dev libgl-dev
  libssl-dev zlib1g-dev libdeflate-dev libsimdjson-dev libsqlite3-dev
  libnats-dev nats-server
  clang libclang-rt-14-dev clang-format
  xvfb xauth fonts-noto-core fonts-wqy-microhei
  dbus gnome-keyring
)

# Callers may ask for more (the packaging tools, for instance): EXTRA_PACKAGES="rpm dpkg-dev".
read -r -a extra <<< "${EXTRA_PACKAGES:-}"
PACKAGES+=("${extra[@]}")

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js (for the official npm test peers) often comes from another repository that bundles npm; Debian's npm
# package then conflicts with it, so only ask for Debian's when the commands are absent.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "setup: installing ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The official protocol peers (SignalR client, graphql-ws server, AWS SDK) that the interop tests run against.
if [ -f tests/interop/package-lock.json ] && { [ ! -d tests/interop/node_modules ] ||
  [ tests/interop/package-lock.json -nt tests/interop/node_modules/.package-lock.json ]; }; then
  npm ci --prefix tests/interop --no-audit --no-fund --loglevel=error >/dev/null
fi

echo "setup: Node.js $(node --version) with npm $(npm --version) for the interop peers" >&2

# ccache, when the machine has it, makes the second build (the sanitizer one, a clean clone) much cheaper; paths are
# hashed relative to the tree so another checkout of the same commit hits the same entries.
launcher=()
if command -v ccache >/dev/null 2>&1; then
  export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
  launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

BUILD_DIR="${BUILD_DIR:-build}"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" "$@" >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)"
