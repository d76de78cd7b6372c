#!/usr/bin/env bash
# Builds the Linux packages: a DEB, an RPM and a TGZ of the three programs with their desktop entry, AppStream
# metainfo, icons, man pages, bash completion and sample config.
#   scripts/package.sh              a Release build in build-package/, then the packages there
#   scripts/package.sh BUILD_DIR    the packages of a build that exists already (CI reuses its test build)
set -euo pipefail
cd "$(dirname "$0")/.."
# rpmbuild makes the RPM; dpkg-shlibdeps (dpkg-dev) computes the DEB's dependencies from the binaries.
if [ $# -ge 1 ]; then
  BUILD_DIR="$1"
  EXTRA_PACKAGES="rpm dpkg-dev ${EXTRA_PACKAGES:-}" BUILD_DIR="$BUILD_DIR" scripts/setup.sh
else
  BUILD_DIR=build-package
  EXTRA_PACKAGES="rpm dpkg-dev ${EXTRA_PACKAGES:-}" BUILD_DIR="$BUILD_DIR" scripts/setup.sh \
    -DCMAKE_BUILD_TYPE=Release -DSB_TESTS=OFF -DSB_BENCH=OFF
fi
(cd "$BUILD_DIR" && cpack -G "DEB;RPM;TGZ" >/dev/null)
ls -1 "$BUILD_DIR"/switchboard[-_]*.deb "$BUILD_DIR"/switchboard[-_]*.rpm "$BUILD_DIR"/switchboard[-_]*.tar.gz
