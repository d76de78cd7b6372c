#!/usr/bin/env bash
# First README command: install, build, and start the Switchboard desk in demo mode against its built-in emulators.
# Without a display (an SSH session, a container) the headless CLI demo runs instead, printing live stories.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
  echo "run-demo: no display found; starting the headless demo (switchboard-cli demo) instead" >&2
  exec build/app/switchboard-cli demo "$@"
fi
exec build/app/gui/switchboard --demo "$@"
