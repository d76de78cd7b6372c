#!/usr/bin/env bash
# First README command: install, build, and start Switchboard against its built-in emulators.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec build/app/switchboard-cli demo "$@"
