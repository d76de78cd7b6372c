#!/bin/sh
# Runs a test in a D-Bus session of its own with a fresh, unlocked gnome-keyring (the Secret Service) in a throw-away
# home, so that keychain tests never read or write the user's keyring. Where dbus or gnome-keyring is not installed
# the test runs without it and says so (SB_KEYRING_ABSENT); scripts/setup.sh installs both.
if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
  SB_KEYRING_ABSENT="dbus-run-session or gnome-keyring-daemon is missing (Debian packages dbus, gnome-keyring)"
  export SB_KEYRING_ABSENT
  exec "$@"
fi
home=$(mktemp -d)
mkdir -p "$home/data" "$home/config" "$home/run"
chmod 700 "$home/run"
HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run" \
  dbus-run-session -- sh -c '
    eval "$(printf sb-test | gnome-keyring-daemon --unlock --components=secrets)" || exit 1
    export GNOME_KEYRING_CONTROL
    "$@"' sh "$@"
status=$?
rm -rf "$home"
exit $status
