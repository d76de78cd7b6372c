#!/usr/bin/env bash
# CI's package check: builds the DEB, RPM and TGZ from an existing build, installs the DEB on this machine, runs the
# installed programs from /usr/bin, validates the desktop entry and the AppStream metainfo as installed, checks the
# release workflow parses as YAML, and removes the package again.
#   scripts/check-packages.sh [BUILD_DIR]     (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${1:-build}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

python3 -c 'import sys, yaml; yaml.safe_load(open(sys.argv[1])); print("release workflow: valid YAML")' \
  .github/workflows/release.yml

EXTRA_PACKAGES="desktop-file-utils appstream python3-yaml" scripts/package.sh "$BUILD_DIR"
deb=$(ls "$BUILD_DIR"/switchboard_*.deb)
rpm=$(ls "$BUILD_DIR"/switchboard-*.rpm)
echo "packages: $(basename "$deb") ($(du -h "$deb" | cut -f1)), $(basename "$rpm") ($(du -h "$rpm" | cut -f1))"
dpkg-deb --field "$deb" Depends
rpm -qp --requires "$rpm" 2>/dev/null | grep -c . | sed 's/^/rpm requires: /'

if dpkg-query -W -f='${Status}' switchboard 2>/dev/null | grep -q "install ok installed"; then
  echo "switchboard is installed on this machine already; not touching it" >&2
  exit 1
fi
trap '$SUDO apt-get remove -y -qq switchboard >/dev/null 2>&1 || true' EXIT
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null

/usr/bin/switchboard-cli --version
/usr/bin/switchboard-sim --version
/usr/bin/switchboard-relay --version
lines=$(cd /tmp && timeout 120 /usr/bin/switchboard-cli demo --count 5 | wc -l)
[ "$lines" -eq 5 ] || { echo "installed switchboard-cli demo --count 5 printed $lines lines" >&2; exit 1; }
echo "installed switchboard-cli demo --count 5: 5 events"
desktop-file-validate /usr/share/applications/io.switchboard.Switchboard.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.switchboard.Switchboard.metainfo.xml
for f in /usr/share/icons/hicolor/256x256/apps/io.switchboard.Switchboard.png /usr/share/man/man1/switchboard-cli.1 \
  /usr/share/bash-completion/completions/switchboard-cli /usr/share/doc/switchboard/examples/switchboard.sample.json \
  /usr/lib/systemd/system/switchboard-relay.service /usr/share/doc/switchboard/examples/nats-server.conf \
  /usr/share/doc/switchboard/examples/nats-cluster.conf; do
  [ -f "$f" ] || { echo "missing from the package: $f" >&2; exit 1; }
done
if command -v systemd-analyze >/dev/null; then # the installed unit, its program in place
  out=$(systemd-analyze verify --man=no /usr/lib/systemd/system/switchboard-relay.service 2>&1)
  [ -z "$out" ] || { echo "systemd-analyze verify switchboard-relay.service: $out" >&2; exit 1; }
fi
man -l /usr/share/man/man1/switchboard-cli.1 >/dev/null 2>&1 || true

$SUDO apt-get remove -y -qq switchboard >/dev/null
trap - EXIT
[ ! -e /usr/bin/switchboard-cli ] || { echo "apt-get remove left /usr/bin/switchboard-cli" >&2; exit 1; }
echo "package installed, run, validated and removed"
